import { beforeAll, describe, expect, it } from 'vitest';
import type { UnregisteredSitesResponse } from '../../core/unregistered-sites';
import { getWith, issueToken, NETWORK_A } from './access-fixtures';
import { registerPartners, resultBody } from './api-fixtures';
import { post } from './fetch';

let admin: string;
let network: string;

beforeAll(async () => {
  await registerPartners();
  admin = await issueToken({ kind: 'admin' });
  network = await issueToken({ kind: 'network', networkId: NETWORK_A });
  await post('/api/v1/results', resultBody(), { Origin: 'https://www.vereniging.example' });
  await post('/api/v1/results', resultBody(), { Origin: 'https://www.vereniging.example' });
});

describe('the console\'s list of unregistered sites', () => {
  it('shows admins each host name with its counts and last day, and never a registered site', async () => {
    const res = await getWith(admin, '/api/v1/console/unregistered-sites');
    expect(res.status).toBe(200);
    const { sites } = (await res.json()) as UnregisteredSitesResponse;
    expect(sites).toEqual([{ host: 'www.vereniging.example', results: 2, referrals: 0, lastDay: new Date().toISOString().slice(0, 10) }]);
  });

  it('is for admins only: a network token gets 403', async () => {
    expect((await getWith(network, '/api/v1/console/unregistered-sites')).status).toBe(403);
  });
});
