import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isPrivateAddress } from '../../src/index.js';
import { guardedLookup } from '../../src/delivery/address-guard.js';

describe('webhook target checks', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '0.0.0.0',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a00:1',
    '::127.0.0.1',
    '0:0:0:0:0:0:0:1',
  ])('treats %s as private', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });

  it.each(['8.8.8.8', '203.119.0.1', '172.32.0.1', '100.128.0.1', '2400:3200::1', '::ffff:8.8.8.8', '64:ff9b::808:808'])(
    'treats %s as public',
    (ip) => {
      expect(isPrivateAddress(ip)).toBe(false);
    },
  );

  it.each([
    ['https://127.0.0.1/robot/send', '127.0.0.1'],
    ['https://[::1]/robot/send', '::1'],
    ['https://[::ffff:127.0.0.1]/x', '::ffff:7f00:1'],
    ['https://10.0.0.8:8443/x', '10.0.0.8'],
    ['https://169.254.169.254/latest/meta-data', '169.254.169.254'],
    ['https://localhost/robot/send', 'localhost'],
    ['https://0x7f000001/x', '127.0.0.1'],
  ])('refuses %s without the allow-private flag', async (url, shown) => {
    await expect(checkWebhookUrl(url, { allowPrivate: false })).rejects.toMatchObject({
      reason: 'private_address',
      message: expect.stringContaining(shown),
    });
  });

  it('refuses plain http, credentials in the URL and non-URLs', async () => {
    await expect(checkWebhookUrl('http://8.8.8.8/x', { allowPrivate: false })).rejects.toMatchObject({ reason: 'scheme' });
    await expect(checkWebhookUrl('ftp://8.8.8.8/x', { allowPrivate: true })).rejects.toMatchObject({ reason: 'scheme' });
    await expect(checkWebhookUrl('https://u:p@8.8.8.8/x', { allowPrivate: false })).rejects.toMatchObject({ reason: 'bad_url' });
    await expect(checkWebhookUrl('not a url', { allowPrivate: false })).rejects.toMatchObject({ reason: 'bad_url' });
  });

  it('accepts a public https address, and loopback over http once the administrator allowed private targets', async () => {
    await expect(checkWebhookUrl('https://8.8.8.8/robot/send?access_token=x', { allowPrivate: false })).resolves.toBeInstanceOf(URL);
    await expect(checkWebhookUrl('http://127.0.0.1:8080/robot/send', { allowPrivate: true })).resolves.toBeInstanceOf(URL);
  });

  it('refuses at connect time a name that resolves to a private address (the send-time re-check)', async () => {
    const look = (policy: { allowPrivate: boolean }, all: boolean) =>
      new Promise<{ err: NodeJS.ErrnoException | null; address: unknown }>((resolve) =>
        guardedLookup(policy)('localhost', { all }, (err, address) => resolve({ err, address })),
      );
    const refused = await look({ allowPrivate: false }, true);
    expect(refused.err).toMatchObject({ reason: 'private_address' });
    const allowed = await look({ allowPrivate: true }, false);
    expect(allowed.err).toBeNull();
    expect(['127.0.0.1', '::1']).toContain(allowed.address);
  });
});
