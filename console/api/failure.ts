/**
 * @module Why a console request failed, in words for the network's staff. The API's own messages
 * are English and meant for developers; the console shows Dutch ones, chosen by error code.
 */

/** A request that did not succeed; `status` 0 when the server was not reached at all. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const BY_CODE: Readonly<Record<string, string>> = {
  unauthorized: 'Je bent afgemeld: je sessie is verlopen of beëindigd, of je toegangscode is ingetrokken.',
  csrf_failed: 'De wijziging werd geweigerd als mogelijk niet afkomstig uit de console. Laad de pagina opnieuw.',
  reopen_expired: 'Heropenen kan alleen binnen 14 dagen na het afsluiten.',
  forbidden: 'Deze toegangscode geeft alleen toegang tot je eigen netwerk.',
  referral_not_found: 'Deze aanvraag bestaat niet, of hoort bij een ander netwerk.',
  invalid_transition: 'Deze stap kan niet: de status is intussen veranderd. Laad de aanvraag opnieuw.',
  conflict: 'Iemand anders heeft deze aanvraag net gewijzigd. Laad de aanvraag opnieuw en probeer het nog eens.',
  invitation_already_sent: 'Voor deze aanvraag is al een uitnodiging voor de hercheck verstuurd; die gaat maar één keer. Laad de aanvraag opnieuw.',
  not_scan_done: 'Een uitnodiging voor de hercheck kan pas als de scan gedaan is. Laad de aanvraag opnieuw.',
  referral_erased: 'De gegevens van deze aanvraag zijn gewist; er kan niets meer aan veranderen.',
  invalid_query: 'De filters kloppen niet. Controleer de periode en probeer het opnieuw.',
  invalid_body: 'De wijziging werd niet geaccepteerd. Controleer de velden en probeer het opnieuw.',
};

/** The failure for a response that is not ok, from its JSON error body when it has one. */
export async function failureOf(response: Response): Promise<ApiFailure> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
  const code = body?.error?.code ?? 'unknown';
  const known = BY_CODE[code];
  if (known) return new ApiFailure(response.status, code, known);
  if (response.status >= 500) {
    return new ApiFailure(response.status, code, 'Er ging iets mis op de server. Probeer het over een minuut opnieuw.');
  }
  return new ApiFailure(response.status, code, `Het verzoek werd geweigerd (${response.status} ${code}).`);
}

/** When fetch itself throws: offline, DNS, a dropped connection. */
export const unreachable = () =>
  new ApiFailure(0, 'network', 'Geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw.');
