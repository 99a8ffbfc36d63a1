import { afterEach, describe, expect, it } from 'vitest';
import { listDeliveries } from '@duban/storage';
import { createDeliveryWorker } from '../../src/index.js';
import { deliveryFixture } from './fixture.js';
import { smtpReceiver } from './receivers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('e-mail delivery to a local SMTP server', () => {
  it('sends one mail per liaison address of the unit, with the outbox id as Message-ID', async () => {
    const f = await deliveryFixture();
    const smtp = await smtpReceiver({ user: 'duban', password: 'mail-pass-1' });
    cleanups.push(smtp.close, () => f.open.close());
    await f.channel({
      kind: 'email',
      config: { host: '127.0.0.1', port: smtp.port, secure: false, user: 'duban', password: 'mail-pass-1', from: 'duban@gov.example' },
    });
    // Two units notified; only the first has a liaison with an address, and the second is in another jurisdiction.
    await f.notify([f.unit.id, f.elsewhere.id], '督办单 DB-2026-001 已送达，请于 12 月 20 日前回复', 'notice_received');
    const worker = createDeliveryWorker(f.db, { baseDelayMs: 5 });
    await worker.drain();
    const rows = (await listDeliveries(f.db, {}, { page: 1, pageSize: 10 })).items;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'sent', recipient: 'liaison@jt.example', attempts: 1 });
    expect(smtp.logins).toEqual(['duban']);
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.from).toBe('duban@gov.example');
    expect(mail.to).toEqual(['liaison@jt.example']);
    expect(mail.raw).toContain(`Message-ID: <${rows[0]!.id}@duban>`);
    // Subject and body are encoded (non-ASCII): decode the body part and check the text arrived.
    const decoded = decodeMailBody(mail.raw);
    expect(decoded).toContain('督办单 DB-2026-001 已送达');
    expect(mail.raw).toMatch(/Subject: =\?UTF-8\?/);
  });

  it('marks a refused login (SMTP 535) failed at once, without the password in the error', async () => {
    const f = await deliveryFixture();
    const smtp = await smtpReceiver({ user: 'duban', password: 'right' });
    cleanups.push(smtp.close, () => f.open.close());
    await f.channel({
      kind: 'email',
      config: { host: '127.0.0.1', port: smtp.port, secure: false, user: 'duban', password: 'wrong-password', from: 'duban@gov.example' },
    });
    await f.notify([f.unit.id]);
    await createDeliveryWorker(f.db, { baseDelayMs: 60_000 }).runOnce();
    const [row] = (await listDeliveries(f.db, {}, { page: 1, pageSize: 10 })).items;
    expect(row!.status).toBe('failed');
    expect(row!.lastError).toMatch(/SMTP/);
    expect(row!.lastError).not.toContain('wrong-password');
    expect(smtp.mails).toHaveLength(0);
  });
});

/** The text part of a simple nodemailer message (quoted-printable or base64). */
function decodeMailBody(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding: base64/i.test(head!)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  const qp = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < qp.length; i++) {
    const hex = qp.slice(i + 1, i + 3);
    if (qp[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(qp.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}
