import http from 'node:http';
import https from 'node:https';
import { checkWebhookUrl, guardedLookup, type TargetPolicy } from './address-guard.js';

/** How long one webhook call may take. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** A delivery that failed; `permanent` failures are not retried (the target refused the message itself). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/**
 * POSTs `payload` as JSON to a robot webhook and checks its answer: HTTP 2xx with a JSON body whose `errcode` is 0
 * (DingTalk and WeCom both answer HTTP 200 with a non-zero errcode when they refuse a message). The address is
 * checked again here (see checkWebhookUrl), no redirect is followed, and `deliveryId` goes in the
 * X-Duban-Delivery-Id header so a receiver can drop a repeat of a message it already has.
 */
export async function postToRobot(
  target: string,
  payload: unknown,
  policy: TargetPolicy,
  deliveryId: string,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<void> {
  const url = await checkWebhookUrl(target, policy);
  const body = Buffer.from(JSON.stringify(payload));
  const lib = url.protocol === 'https:' ? https : http;
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, 'x-duban-delivery-id': deliveryId },
        lookup: guardedLookup(policy) as never,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= 64 * 1024) chunks.push(c);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`超时（${timeoutMs} 毫秒无应答）`)));
    req.on('error', reject);
    req.end(body);
  }).catch((e: NodeJS.ErrnoException) => {
    throw new DeliveryError(`连接失败：${e.code ?? e.message}`);
  });
  if (status < 200 || status >= 300)
    throw new DeliveryError(`HTTP ${status}：${text.slice(0, 200)}`, status >= 400 && status < 500 && status !== 429 && status !== 408);
  let answer: { errcode?: unknown; errmsg?: unknown };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new DeliveryError(`应答不是 JSON：${text.slice(0, 200)}`);
  }
  if (answer.errcode !== 0) throw new DeliveryError(`机器人拒绝：errcode ${String(answer.errcode)} ${String(answer.errmsg ?? '')}`.trim());
}
