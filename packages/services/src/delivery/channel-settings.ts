import { z } from 'zod';

/** DingTalk robot: the webhook (with its access_token) and the optional 加签 secret. */
export const dingTalkSettings = z.object({ url: z.string().min(1), secret: z.string().optional() });
/** WeCom robot: the webhook (its key is the credential). */
export const weComSettings = z.object({ url: z.string().min(1) });
/** SMTP server. */
export const smtpSettings = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean(),
  user: z.string().optional(),
  password: z.string().optional(),
  from: z.string().min(3),
});

/** The settings fields that are secrets: stored, used, never shown back in full. */
export const SECRET_FIELDS: Record<string, string[]> = { dingtalk: ['url', 'secret'], wecom: ['url'], email: ['password'] };

/** Parses a stored channel configuration for its kind (throws on a configuration that cannot be used). */
export function parseSettings(kind: string, config: unknown) {
  if (kind === 'dingtalk') return { kind, ...dingTalkSettings.parse(config) } as const;
  if (kind === 'wecom') return { kind, ...weComSettings.parse(config) } as const;
  if (kind === 'email') return { kind, ...smtpSettings.parse(config) } as const;
  throw new Error(`unknown channel kind ${kind}`);
}

/**
 * A secret as shown back: webhooks keep scheme, host and path but lose the query (where the token lives);
 * other secrets become "••••" plus their last two characters.
 */
export function maskSecret(field: string, value: string): string {
  if (field === 'url') {
    try {
      const u = new URL(value);
      return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?••••' : ''}`;
    } catch {
      return '••••';
    }
  }
  return value.length > 6 ? `••••${value.slice(-2)}` : '••••';
}

/** Removes every secret value of `config` from a text (error messages must not carry tokens into logs or the UI). */
export function scrubSecrets(text: string, kind: string, config: Record<string, unknown>): string {
  let out = text;
  for (const f of SECRET_FIELDS[kind] ?? []) {
    const v = config[f];
    if (typeof v !== 'string' || v.length < 4) continue;
    out = out.split(v).join(maskSecret(f, v));
    if (f === 'url') {
      try {
        const q = new URL(v).search.slice(1);
        if (q) out = out.split(q).join('••••');
      } catch {
        /* not a URL: nothing more to hide */
      }
    }
  }
  return out;
}
