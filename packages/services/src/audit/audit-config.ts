import { z } from 'zod';
import { AUDIT_HASH_ALGOS, MIN_AUDIT_RETENTION_DAYS, setAuditHashAlgo, type AuditHashAlgo, type Db } from '@duban/storage';

/** Audit settings from the environment: DUBAN_AUDIT_HASH (sha256 | sm3) and DUBAN_AUDIT_RETENTION_DAYS (≥ 180). */
export interface AuditConfig {
  /** The hash of new chain entries; undefined leaves the database's choice as it is (sha256 unless set before). */
  hash: AuditHashAlgo | undefined;
  retentionDays: number;
}

const schema = z.object({
  hash: z.enum(AUDIT_HASH_ALGOS as [AuditHashAlgo, ...AuditHashAlgo[]], 'DUBAN_AUDIT_HASH 只能是 sha256 或 sm3').optional(),
  retentionDays: z.coerce
    .number('DUBAN_AUDIT_RETENTION_DAYS 应为天数')
    .int('DUBAN_AUDIT_RETENTION_DAYS 应为整数天数')
    .min(
      MIN_AUDIT_RETENTION_DAYS,
      `DUBAN_AUDIT_RETENTION_DAYS 不能少于 ${MIN_AUDIT_RETENTION_DAYS} 天（等级保护要求审计记录至少保存六个月）`,
    )
    .default(MIN_AUDIT_RETENTION_DAYS),
});

/** Reads the audit settings; throws an Error listing every problem (in Chinese). */
export function loadAuditConfig(env: NodeJS.ProcessEnv = process.env): AuditConfig {
  const r = schema.safeParse({ hash: env.DUBAN_AUDIT_HASH || undefined, retentionDays: env.DUBAN_AUDIT_RETENTION_DAYS || undefined });
  if (!r.success) throw new Error(`配置有误：${r.error.issues.map((i) => i.message).join('；')}`);
  return { hash: r.data.hash, retentionDays: r.data.retentionDays };
}

/** Applies the configured chain hash to the database (recorded in the audit log when it changes). */
export async function applyAuditConfig(db: Db, config: AuditConfig): Promise<void> {
  if (config.hash) await setAuditHashAlgo(db, config.hash);
}

/** The oldest time kept under a retention of `days` days. */
export function retentionCutoff(days: number, now = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}
