/**
 * @module One referral: its workflow first (what the network does next), then who asked, the
 * outcome of their scan, how it was delivered and what happened to it since.
 */
import type { ConsoleApi } from '../api/client';
import type { ReferralDetail } from '../../core/inbox';
import { routeHash } from '../route';
import { STATUS_LABEL } from '../text';
import { useFocusHeading } from '../use-focus-heading';
import { useResource } from '../use-resource';
import { AssessmentOutcome } from './AssessmentOutcome';
import { CompanyContact } from './CompanyContact';
import { DeliveryLog } from './DeliveryLog';
import { LoadFailed, Loading } from '../components/LoadState';
import { RecheckInvitation } from './RecheckInvitation';
import { ResendReferral } from './ResendFailed';
import { StatusWorkflow } from './StatusWorkflow';

export function ReferralPage({ api, reference }: { api: ConsoleApi; reference: string }) {
  const heading = useFocusHeading(reference);
  const { resource, retry, replace } = useResource(
    `referral:${reference}`,
    () => api.get<{ referral: ReferralDetail }>(`/referrals/${reference}`).then((body) => body.referral),
    (referral) => `Aanvraag ${referral.reference} geladen; status ${STATUS_LABEL[referral.status]}.`,
  );
  return (
    <>
      <p>
        <a href={routeHash({ view: 'inbox' })}>Terug naar alle aanvragen</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        Aanvraag {reference}
      </h1>
      {resource.state === 'loading' && <Loading />}
      {resource.state === 'failed' && <LoadFailed failure={resource.failure} onRetry={retry} />}
      {resource.state === 'loaded' && (
        <div class="referral">
          <StatusWorkflow api={api} referral={resource.value} onChanged={replace} onReload={retry} />
          <RecheckInvitation api={api} referral={resource.value} onChanged={replace} />
          <CompanyContact referral={resource.value} />
          <AssessmentOutcome assessment={resource.value.assessment} />
          <DeliveryLog referral={resource.value} />
          <ResendReferral api={api} referral={resource.value} onChanged={replace} />
        </div>
      )}
    </>
  );
}
