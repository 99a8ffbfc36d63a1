import { createHmac } from 'node:crypto';

/** A message as every channel renders it. */
export interface OutboundMessage {
  title: string;
  body: string;
}

/**
 * DingTalk's signature for a robot with 加签: base64(HmacSHA256(key = secret, data = `${timestamp}\n${secret}`)),
 * URL-encoded, with the timestamp in milliseconds (DingTalk refuses one more than an hour off).
 */
export function dingTalkSign(secret: string, timestamp: number): string {
  return encodeURIComponent(createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64'));
}

/** The robot's webhook with `&timestamp=…&sign=…` appended when the robot has a secret. */
export function dingTalkUrl(webhook: string, secret: string | undefined, timestamp: number): string {
  if (!secret) return webhook;
  return `${webhook}${webhook.includes('?') ? '&' : '?'}timestamp=${timestamp}&sign=${dingTalkSign(secret, timestamp)}`;
}

/** DingTalk robot markdown message: `{msgtype:'markdown', markdown:{title, text}}`. */
export function dingTalkPayload(m: OutboundMessage): unknown {
  return { msgtype: 'markdown', markdown: { title: m.title, text: `### ${m.title}\n\n${markdownText(m.body)}` } };
}

/** WeCom's content limit for markdown messages, in UTF-8 bytes. */
export const WECOM_MAX_BYTES = 4096;

/** WeCom (企业微信) robot markdown message: `{msgtype:'markdown', markdown:{content}}`, cut to 4096 bytes. */
export function weComPayload(m: OutboundMessage): unknown {
  return { msgtype: 'markdown', markdown: { content: cutBytes(`### ${m.title}\n${markdownText(m.body)}`, WECOM_MAX_BYTES) } };
}

/** Plain text as markdown paragraphs (markdown needs a blank line, or two trailing spaces, to break a line). */
function markdownText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('  \n');
}

function cutBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) > max - 3) break;
    out += ch;
  }
  return `${out}…`;
}
