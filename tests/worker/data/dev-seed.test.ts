import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { activeChannels, getPartner, isRegisteredOrigin, listNetworks, loadReferenceData } from '../../../worker/data';
import { applyDevSeed } from '../dev-seed';

beforeAll(async () => {
  await applyDevSeed();
  await applyDevSeed();
});

describe('the development seed', () => {
  it('can be applied again without changing anything', async () => {
    const channels = await env.DB.prepare('SELECT count(*) AS n FROM network_channels').first<{ n: number }>();
    const networks = await listNetworks(await loadReferenceData(env.DB));
    expect(channels?.n).toBe(networks.length);
  });

  it('adds the demo partner, which accepts only the local development origins', async () => {
    expect(await getPartner(await loadReferenceData(env.DB), 'demo')).toEqual({
      id: 'demo',
      name: 'Demo (lokale ontwikkeling)',
      allowedOrigins: ['http://127.0.0.1:8787', 'http://localhost:8787'],
      defaultNetworkId: null,
      turnstile: false,
    });
  });

  it('points every network at this worker\'s development inbox, signed per Standard Webhooks with the development key', async () => {
    for (const network of await listNetworks(await loadReferenceData(env.DB))) {
      expect(await activeChannels(env.DB, network.id)).toEqual([
        { kind: 'webhook', target: '/dev/inbox', secretRef: 'DEV_INBOX_SECRET', signatureFormat: 'standard', previousSecret: null },
      ]);
    }
  });

  it('creates the development inbox tables: received webhooks and e-mails kept instead of sent', async () => {
    const table = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'dev_inbox%' ORDER BY name").all();
    expect(table.results).toEqual([{ name: 'dev_inbox_mail' }, { name: 'dev_inbox_received' }]);
  });
});

describe('partners', () => {
  it('answers null for an unknown partner', async () => {
    expect(await getPartner(await loadReferenceData(env.DB), 'nobody')).toBeNull();
  });

  it('know whether any partner registered an origin, exactly as written', async () => {
    expect(await isRegisteredOrigin(await loadReferenceData(env.DB), 'http://127.0.0.1:8787')).toBe(true);
    expect(await isRegisteredOrigin(await loadReferenceData(env.DB), 'http://127.0.0.1:8788')).toBe(false);
    expect(await isRegisteredOrigin(await loadReferenceData(env.DB), 'http://127.0.0.1')).toBe(false);
  });
});

describe('delivery channels', () => {
  it('leave out switched-off channels', async () => {
    await env.DB.prepare("UPDATE network_channels SET active = 0 WHERE network_id = 'cyberwerf'").run();
    expect(await activeChannels(env.DB, 'cyberwerf')).toEqual([]);
  });

  it('refuse a webhook to another host without a signing secret, or over plain http', async () => {
    const add = (target: string, secretRef: string | null) =>
      env.DB.prepare("INSERT INTO network_channels (network_id, kind, target, secret_ref) VALUES ('cyberwerf', 'webhook', ?1, ?2)")
        .bind(target, secretRef)
        .run();
    await expect(add('https://crm.example.nl/hook', null)).rejects.toThrow(/CHECK constraint/);
    await expect(add('http://crm.example.nl/hook', 'CYBERWERF_HMAC')).rejects.toThrow(/CHECK constraint/);
    await add('https://crm.example.nl/hook', 'CYBERWERF_HMAC');
    expect(await activeChannels(env.DB, 'cyberwerf')).toEqual([
      { kind: 'webhook', target: 'https://crm.example.nl/hook', secretRef: 'CYBERWERF_HMAC', signatureFormat: 'standard', previousSecret: null },
    ]);
  });
});
