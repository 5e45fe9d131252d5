/**
 * @module Resending referrals whose delivery failed (after about three days of retries): one from
 * its page, or all of them from the inbox. They go back onto the delivery queue as if new.
 */
import { useState } from 'preact/hooks';
import type { ConsoleApi } from '../api/client';
import type { ReferralDetail } from '../../core/inbox';
import type { ResendResponse } from '../../core/delivery-api';
import { formatNumber } from '../text';
import { ConfirmAction } from '../components/ConfirmAction';

interface ResendReferralProps {
  readonly api: ConsoleApi;
  readonly referral: ReferralDetail;
  /** Gets the referral as it is after resending, so its new delivery status shows. */
  readonly onChanged: (referral: ReferralDetail) => void;
}

/** On a referral's page, while its delivery is failed, and after resending it (so the outcome stays in view). */
export function ResendReferral({ api, referral, onChanged }: ResendReferralProps) {
  const { reference } = referral;
  const [used, setUsed] = useState(false);
  if (referral.delivery.status !== 'failed' && !used) return null;
  return (
    <ConfirmAction
      label="Opnieuw versturen"
      question={`Aanvraag ${reference} opnieuw naar de systemen van het netwerk sturen? Controleer eerst of het webhook-adres of de mailbox weer werkt.`}
      confirmLabel="Ja, opnieuw versturen"
      action={async () => {
        await api.post<ResendResponse>(`/referrals/${reference}/resend`, {});
        setUsed(true);
        onChanged((await api.get<{ referral: ReferralDetail }>(`/referrals/${reference}`)).referral);
        return `Aanvraag ${reference} staat weer in de wachtrij om bezorgd te worden.`;
      }}
    />
  );
}

/** In the inbox: every failed referral this token may see; `onResent` reloads the list. */
export function ResendAllFailed({ api, onResent }: { api: ConsoleApi; onResent: () => void }) {
  return (
    <ConfirmAction
      label="Alle mislukte opnieuw versturen"
      question="Alle aanvragen waarvan de bezorging is mislukt opnieuw versturen? Controleer eerst of het webhook-adres of de mailbox weer werkt."
      confirmLabel="Ja, alle mislukte opnieuw versturen"
      action={async () => {
        const { resent } = await api.post<ResendResponse>('/referrals/resend-failed', {});
        onResent();
        return resent === 0
          ? 'Er waren geen aanvragen met een mislukte bezorging.'
          : `${formatNumber(resent)} ${resent === 1 ? 'aanvraag staat' : 'aanvragen staan'} weer in de wachtrij om bezorgd te worden.`;
      }}
    />
  );
}
