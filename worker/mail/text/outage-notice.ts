/** @module The words of the e-mail telling a network and the operators that its referrals do not arrive: Dutch only. */
import type { MailTexts, Paragraphs } from './types';

/** Placeholders: `{networkId}` in `subject`; `{network}` (its name), `{since}`, `{detail}` and `{days}` in `body`. */
export interface OutageNoticeText {
  readonly subject: string;
  readonly body: Paragraphs;
  /** `{detail}` once a referral has run out of retries, after `{days}`. */
  readonly allTriesFailed: string;
}

export const outageNoticeText: MailTexts<OutageNoticeText, 'nl'> = {
  nl: {
    subject: 'CyberScan: aanvragen voor {networkId} komen niet aan',
    body: [
      'Aanvragen van CyberScan voor {network} komen niet aan.',
      'Sinds {since} UTC mislukt het afleveren op elk kanaal van dit netwerk.\nLaatste fout: {detail}',
      'CyberScan bewaart de aanvragen en probeert het ruim {days} dagen opnieuw. Lukt het dan nog niet,\n' +
        'dan staan ze in de console als "mislukt", en kunnen ze daar opnieuw worden verstuurd.\n' +
        'Controleer of het webhook-adres of de mailbox van het netwerk bereikbaar is.',
      'Dit bericht komt één keer per storing, niet per aanvraag.',
    ],
    allTriesFailed: 'alle pogingen in ruim {days} dagen zijn mislukt',
  },
};
