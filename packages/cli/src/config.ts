import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Settings read once at start-up from the environment and command-line flags (flags win). */
export const configSchema = z.object({
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须是 postgres:// 地址')
    .optional(),
  dataDir: z.string().min(1).default('./data'),
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().min(1).default('127.0.0.1'),
  adminPassword: z.string().min(8, 'DUBAN_ADMIN_PASSWORD 至少 8 位').optional(),
  sessionSecret: z.string().min(16, 'DUBAN_SESSION_SECRET 至少 16 个字符').optional(),
  demo: z.boolean().default(false),
  secureCookies: z.boolean().default(false),
  /** Reverse proxies in front: how many (X-Forwarded-For hops trusted from the right; 0: none), or their addresses. */
  trustProxy: z
    .union([
      z.coerce.number().int().min(0).max(10),
      z.string().regex(/^[\d.:a-fA-F/, ]+$/, 'DUBAN_TRUST_PROXY 是前置代理的层数（0、1、2…）或其地址（如 10.0.0.1,10.1.0.0/16）'),
    ])
    .default(0),
  /** A session unused this many minutes ends (DUBAN_IDLE_MINUTES, default 30). */
  idleMinutes: z.coerce
    .number()
    .positive('DUBAN_IDLE_MINUTES 必须大于 0')
    .max(24 * 60)
    .default(30),
  /** Default lifetime of new API tokens in days (DUBAN_TOKEN_DAYS, default 90). */
  tokenDays: z.coerce.number().int().min(1).max(365, 'DUBAN_TOKEN_DAYS 为 1–365 天').default(90),
  /** Where new evidence uploads go; unset: 'disk' on SQLite, 'db' on PostgreSQL (see `openRuntime`). */
  evidenceStorage: z.enum(['disk', 'db'], 'DUBAN_EVIDENCE_STORAGE 只能是 disk（数据目录中的文件）或 db（数据库）').optional(),
  /** Send DingTalk/WeCom/e-mail notifications from the outbox (DUBAN_DELIVERY=off stops it, e.g. on a second server). */
  delivery: z.boolean().default(true),
  /** Reminder sweep interval in minutes (DUBAN_SWEEP_MINUTES, default 60; 0: off). */
  sweepMinutes: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60, 'DUBAN_SWEEP_MINUTES 为 0–1440 分钟')
    .default(60),
  /** "Report due in N days" reminders start N days ahead (DUBAN_REMINDER_DAYS, default 3). */
  reminderDays: z.coerce.number().int().min(0).max(30, 'DUBAN_REMINDER_DAYS 为 0–30 天').default(3),
});
export type Config = z.infer<typeof configSchema>;

/** Reads and validates the configuration; throws a readable error listing every problem. */
export function loadConfig(flags: Partial<Record<keyof Config, unknown>>, env: NodeJS.ProcessEnv = process.env): Config {
  const raw = {
    databaseUrl: flags.databaseUrl ?? (env.DATABASE_URL || undefined),
    dataDir: flags.dataDir ?? (env.DUBAN_DATA_DIR || undefined),
    port: flags.port ?? (env.DUBAN_PORT || undefined),
    host: flags.host ?? (env.DUBAN_HOST || undefined),
    adminPassword: flags.adminPassword ?? (env.DUBAN_ADMIN_PASSWORD || undefined),
    sessionSecret: flags.sessionSecret ?? (env.DUBAN_SESSION_SECRET || undefined),
    demo: flags.demo ?? false,
    secureCookies: flags.secureCookies ?? env.DUBAN_SECURE_COOKIES === '1',
    trustProxy:
      flags.trustProxy ??
      (env.DUBAN_TRUST_PROXY ? (/^\d+$/.test(env.DUBAN_TRUST_PROXY) ? Number(env.DUBAN_TRUST_PROXY) : env.DUBAN_TRUST_PROXY) : undefined),
    evidenceStorage: flags.evidenceStorage ?? (env.DUBAN_EVIDENCE_STORAGE || undefined),
    idleMinutes: flags.idleMinutes ?? (env.DUBAN_IDLE_MINUTES || undefined),
    tokenDays: flags.tokenDays ?? (env.DUBAN_TOKEN_DAYS || undefined),
    delivery: flags.delivery ?? env.DUBAN_DELIVERY !== 'off',
    sweepMinutes: flags.sweepMinutes ?? (env.DUBAN_SWEEP_MINUTES || undefined),
    reminderDays: flags.reminderDays ?? (env.DUBAN_REMINDER_DAYS || undefined),
  };
  const r = configSchema.safeParse(raw);
  if (!r.success) throw new Error(`配置有误：\n${r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return r.data;
}

/** The session secret: from config, else the one stored in the data directory, else a new one stored there. */
export function sessionSecret(config: Config): string {
  if (config.sessionSecret) return config.sessionSecret;
  const file = path.join(config.dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** `loadConfig` for commands: prints the problems and returns null instead of throwing. */
export function loadConfigOrReport(flags: Partial<Record<keyof Config, unknown>>, env: NodeJS.ProcessEnv = process.env): Config | null {
  try {
    return loadConfig(flags, env);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return null;
  }
}
