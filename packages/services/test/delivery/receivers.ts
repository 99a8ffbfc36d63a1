import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One request a robot receiver got. */
export interface ReceivedPost {
  path: string;
  query: URLSearchParams;
  deliveryId: string | undefined;
  body: unknown;
  /** For a DingTalk receiver with a secret: whether timestamp and sign matched (computed independently here). */
  signatureValid?: boolean;
}

/**
 * A robot webhook on 127.0.0.1. `answers` is the script of HTTP statuses to give, one per request (the last one
 * repeats); a 200 answers `{errcode:0, errmsg:'ok'}` like DingTalk and WeCom, other statuses an error text.
 * With `dingTalkSecret`, every request's signature is checked the way DingTalk documents it, and a bad one is
 * answered HTTP 200 with errcode 310000, as DingTalk does.
 */
export async function robotReceiver(opts: { answers: number[]; dingTalkSecret?: string; hold?: (n: number) => boolean }) {
  const received: ReceivedPost[] = [];
  /** Delivery ids in the order first seen: what an idempotent receiver acts on (a repeated id is dropped). */
  const accepted: string[] = [];
  const held: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://127.0.0.1');
      const post: ReceivedPost = {
        path: url.pathname,
        query: url.searchParams,
        deliveryId: req.headers['x-duban-delivery-id'] as string | undefined,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      };
      if (opts.dingTalkSecret !== undefined) {
        const ts = url.searchParams.get('timestamp') ?? '';
        // searchParams has already decoded the URL-encoding once: compare with the raw base64 HMAC.
        const expected = createHmac('sha256', opts.dingTalkSecret).update(`${ts}\n${opts.dingTalkSecret}`).digest('base64');
        post.signatureValid = url.searchParams.get('sign') === expected && Math.abs(Date.now() - Number(ts)) < 3600_000;
      }
      received.push(post);
      if (post.deliveryId && !accepted.includes(post.deliveryId)) accepted.push(post.deliveryId);
      if (opts.hold?.(received.length)) {
        held.push(res);
        return;
      }
      const status = opts.answers[Math.min(received.length - 1, opts.answers.length - 1)]!;
      res.setHeader('content-type', 'application/json');
      if (status !== 200) res.writeHead(status).end('{"error":"server error"}');
      else if (post.signatureValid === false) res.end('{"errcode":310000,"errmsg":"sign not match"}');
      else res.end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path = '/robot/send?access_token=tok123') => `http://127.0.0.1:${port}${path}`,
    received,
    accepted,
    held,
    close: () => {
      for (const r of held) r.destroy();
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** One mail the SMTP receiver accepted. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A local SMTP server (smtp-server) on 127.0.0.1 that keeps what it receives; no TLS, optional authentication. */
export async function smtpReceiver(opts: { user?: string; password?: string } = {}) {
  const mails: ReceivedMail[] = [];
  const logins: string[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: !opts.user,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, cb) {
      logins.push(auth.username ?? '');
      if (auth.username === opts.user && auth.password === opts.password) cb(null, { user: auth.username });
      else cb(new Error('bad credentials'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, logins, close: () => new Promise<void>((r) => server.close(() => r())) };
}
