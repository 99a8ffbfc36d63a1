import { pruneAudit, type Db } from '@duban/storage';
import { retentionCutoff, type AuditConfig } from './audit-config.js';

const DAY_MS = 86_400_000;

/**
 * Prunes audit entries older than the retention period now and then once a day while the server runs. A failure
 * (a broken chain refuses pruning) is reported on stderr and retried the next day; it never stops the server.
 */
export function startAuditRetention(db: Db, config: AuditConfig): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const prune = () => {
    running = pruneAudit(db, retentionCutoff(config.retentionDays)).then(
      () => undefined,
      (e: unknown) => void process.stderr.write(`审计日志清理失败：${(e as Error).message}\n`),
    );
  };
  prune();
  const timer = setInterval(prune, DAY_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
