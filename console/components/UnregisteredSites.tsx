/**
 * @module For admins: the sites that embed the check without being registered, by host name,
 * with how many checks and requests each sent and when last, so a network can invite them.
 */
import type { UnregisteredSitesResponse } from '../../core/unregistered-sites';
import type { ConsoleApi } from '../api/client';
import { useFocusHeading } from '../use-focus-heading';
import { useResource } from '../use-resource';
import { LoadFailed, Loading } from './LoadState';

/** `YYYY-MM-DD` as a Dutch date, `dd-mm-jjjj`. */
const dutchDay = (day: string) => day.split('-').reverse().join('-');

export function UnregisteredSites({ api }: { api: ConsoleApi }) {
  const heading = useFocusHeading('unregistered-sites');
  const { resource, retry } = useResource(
    'unregistered-sites',
    () => api.get<UnregisteredSitesResponse>('/unregistered-sites'),
    ({ sites }) => `${sites.length} niet-geregistreerde sites geladen.`,
  );
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>Niet-geregistreerde sites</h1>
      <p>
        Op deze sites staat de check zonder dat ze geregistreerd zijn. Hun checks en aanvragen tellen mee onder
        "niet-geregistreerde sites". Nodig ze uit zich te registreren.
      </p>
      {resource.state === 'loading' && <Loading />}
      {resource.state === 'failed' && <LoadFailed failure={resource.failure} onRetry={retry} />}
      {resource.state === 'loaded' &&
        (resource.value.sites.length === 0 ? (
          <p>Nog geen: de check draait alleen op geregistreerde sites.</p>
        ) : (
          <table>
            <caption>Sites, de laatst actieve eerst</caption>
            <thead>
              <tr>
                <th scope="col">Site</th>
                <th scope="col">Ingevulde checks</th>
                <th scope="col">Aanvragen</th>
                <th scope="col">Laatst</th>
              </tr>
            </thead>
            <tbody>
              {resource.value.sites.map((site) => (
                <tr key={site.host}>
                  <th scope="row">{site.host}</th>
                  <td>{site.results}</td>
                  <td>{site.referrals}</td>
                  <td>{dutchDay(site.lastDay)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </>
  );
}
