import nodemailer from 'nodemailer';
import { assertPublicAddresses, resolveHost, type TargetPolicy } from './address-guard.js';
import type { OutboundMessage } from './robot-messages.js';
import { DeliveryError } from './webhook-post.js';

/** The settings of an SMTP channel (`password` is a secret). */
export interface SmtpSettings {
  host: string;
  port: number;
  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
  secure: boolean;
  user?: string | undefined;
  password?: string | undefined;
  from: string;
}

/**
 * Sends one e-mail through the channel's SMTP server with nodemailer. The Message-ID is derived from the outbox
 * row (`<deliveryId@duban>`), so a repeat after a crash carries the same id and mail systems can drop it. The
 * server's address gets the same private-address check as webhooks.
 */
export async function sendEmail(
  smtp: SmtpSettings,
  to: string,
  m: OutboundMessage,
  policy: TargetPolicy,
  deliveryId: string,
): Promise<void> {
  const addresses = await resolveHost(smtp.host);
  assertPublicAddresses(smtp.host, addresses, policy);
  const transport = nodemailer.createTransport({
    // Connect to the address just checked; the name is kept for TLS certificate checks.
    host: addresses[0]!,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    tls: { servername: smtp.host },
    name: 'duban',
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    await transport.sendMail({ from: smtp.from, to, subject: `【督办】${m.title}`, text: m.body, messageId: `<${deliveryId}@duban>` });
  } catch (e) {
    const err = e as { responseCode?: number; code?: string; message: string };
    // 5xx answers (unknown mailbox, refused sender) will not change on retry.
    throw new DeliveryError(`SMTP ${err.responseCode ?? err.code ?? ''}：${err.message}`.slice(0, 500), (err.responseCode ?? 0) >= 500);
  } finally {
    transport.close();
  }
}
