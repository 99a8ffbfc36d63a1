import { pruneSentDeliveries } from '@duban/storage';
import type { ServiceContext } from '../context.js';
import { createDeliveryWorker } from '../delivery/worker.js';
import { runDeadlineSweep } from '../reminders/deadline-sweep.js';

/** Sent messages stay in the delivery log this long. */
const KEEP_SENT_DAYS = 90;

/** What runs beside the server for notifications. */
export interface NotificationJobsOptions {
  /** Send the outbox (DingTalk, WeCom, e-mail) in the background. */
  delivery: boolean;
  /** Run the reminder sweep at start and then every this many minutes; null: never. */
  sweepMinutes: number | null;
  /** "Report due in N days": N. */
  reminderDays: number;
}

/**
 * Starts the delivery worker and the reminder sweep. Neither runs inside a request: users' writes only put rows
 * in the outbox. Failures are reported on stderr and retried later; they never stop the server.
 */
export function startNotificationJobs(ctx: ServiceContext, o: NotificationJobsOptions): { stop(): Promise<void> } {
  const report = (line: string) => void process.stderr.write(`${line}\n`);
  const worker = o.delivery ? createDeliveryWorker(ctx.db, { log: report }) : null;
  worker?.start();
  let sweeping: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  if (o.sweepMinutes !== null) {
    const sweep = () => {
      sweeping = runDeadlineSweep(ctx, { dueWithinDays: o.reminderDays })
        .then(() => pruneSentDeliveries(ctx.db, new Date(Date.now() - KEEP_SENT_DAYS * 86_400_000).toISOString()))
        .catch((e: unknown) => report(`提醒扫描失败：${(e as Error).message}`));
    };
    sweep();
    timer = setInterval(sweep, o.sweepMinutes * 60_000);
    timer.unref();
  }
  return {
    stop: async () => {
      if (timer) clearInterval(timer);
      await Promise.all([worker?.stop(), sweeping]);
    },
  };
}
