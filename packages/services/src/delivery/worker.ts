import { randomUUID } from 'node:crypto';
import {
  claimDueDeliveries,
  findDeliveryChannel,
  markDeliveryAttemptFailed,
  markDeliverySent,
  releaseDelivery,
  type Db,
  type OutboxRecord,
} from '@duban/storage';
import { DeliveryTargetError } from './address-guard.js';
import { scrubSecrets } from './channel-settings.js';
import { sendThroughChannel, type Sender } from './send-one.js';
import { DeliveryError } from './webhook-post.js';

/** How the worker paces itself. */
export interface DeliveryWorkerOptions {
  /** How long a claim holds its rows; a worker that dies frees them when it runs out. Default 5 minutes. */
  leaseMs?: number;
  /**
   * The longest one send may take (webhook timeout, SMTP connection and socket timeouts). A row whose lease has
   * less than this left is given back untried rather than sent when another worker may already take it. Default 60 s.
   */
  sendBudgetMs?: number;
  /** Rows claimed at a time (sent one after another). Default 5. */
  batchSize?: number;
  /** Pause between polls when nothing was due. Default 2 s. */
  pollMs?: number;
  /** First retry delay; each later one doubles, up to `maxDelayMs`, then jittered to 50–100 %. Default 30 s. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Replaceable sender (tests); the default sends for real. */
  send?: Sender;
  /** Where one-line reports go (never secrets). Default: nowhere. */
  log?: (line: string) => void;
  /** Called after each row is settled (tests use it to stop at a chosen moment). */
  onSettled?: (row: OutboxRecord, outcome: 'sent' | 'retry' | 'failed' | 'lost' | 'released') => void;
}

/** The delay before attempt `attempts + 1`, exponential with "equal jitter" so retries of many rows spread out. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const full = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(full / 2 + (random() * full) / 2);
}

/**
 * The background sender of the outbox: claims due rows under a lease, sends each through its channel, marks it
 * sent, or schedules a retry with exponential backoff and jitter, or marks it failed after its last attempt
 * (or at once when the target refused the message itself). Runs beside the server, never inside a request.
 */
export function createDeliveryWorker(db: Db, opts: DeliveryWorkerOptions = {}) {
  const leaseMs = opts.leaseMs ?? 300_000;
  const sendBudget = Math.min(opts.sendBudgetMs ?? 60_000, leaseMs / 2);
  const batchSize = opts.batchSize ?? 5;
  const pollMs = opts.pollMs ?? 2000;
  const baseDelay = opts.baseDelayMs ?? 30_000;
  const maxDelay = opts.maxDelayMs ?? 3_600_000;
  const send = opts.send ?? sendThroughChannel;
  const log = opts.log ?? (() => undefined);
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let loop: Promise<void> | null = null;

  async function settle(row: OutboxRecord): Promise<'sent' | 'retry' | 'failed' | 'lost'> {
    const channel = await findDeliveryChannel(db, row.channelId);
    let error: string;
    let permanent = false;
    if (!channel) {
      error = '通道已删除';
      permanent = true;
    } else if (!channel.enabled) {
      error = '通道已停用';
      permanent = true;
    } else {
      try {
        await send(channel, row);
        return (await markDeliverySent(db, row.id, row.leaseId!)) ? 'sent' : 'lost';
      } catch (e) {
        error = scrubSecrets((e as Error).message, channel.kind, channel.config);
        // A refused target stays refused; a name that did not resolve may resolve on the next try.
        permanent = (e instanceof DeliveryError && e.permanent) || (e instanceof DeliveryTargetError && e.reason !== 'unresolvable');
      }
    }
    const giveUp = permanent || row.attempts >= row.maxAttempts;
    const next = giveUp ? null : new Date(Date.now() + retryDelayMs(row.attempts, baseDelay, maxDelay)).toISOString();
    const held = await markDeliveryAttemptFailed(db, row.id, row.leaseId!, error, next);
    log(`delivery ${row.id} attempt ${row.attempts}/${row.maxAttempts} failed${giveUp ? ' (gave up)' : ''}: ${error}`);
    return !held ? 'lost' : giveUp ? 'failed' : 'retry';
  }

  /** Claims one batch and settles it; returns how many rows it claimed. */
  async function runOnce(): Promise<number> {
    const now = new Date();
    const rows = await claimDueDeliveries(db, {
      leaseId: randomUUID(),
      now: now.toISOString(),
      lockedUntil: new Date(now.getTime() + leaseMs).toISOString(),
      limit: batchSize,
    });
    for (const row of rows) {
      // A slow batch must not send a row after its lease ran out: another worker may be sending it by then.
      const late = Date.now() + sendBudget > Date.parse(row.lockedUntil!);
      const outcome = late ? ((await releaseDelivery(db, row.id, row.leaseId!)) ? 'released' : 'lost') : await settle(row);
      opts.onSettled?.(row, outcome);
    }
    return rows.length;
  }

  async function tick(): Promise<void> {
    let claimed = 0;
    try {
      claimed = await runOnce();
    } catch (e) {
      log(`delivery worker: ${(e as Error).message}`);
    }
    if (running) timer = setTimeout(() => (loop = tick()), claimed > 0 ? 0 : pollMs);
  }

  return {
    runOnce,
    /** Sends until nothing is due now; returns how many rows it claimed in all. */
    async drain(): Promise<number> {
      let total = 0;
      for (let n = await runOnce(); n > 0; n = await runOnce()) total += n;
      return total;
    },
    /** Starts polling in the background. */
    start(): void {
      if (running) return;
      running = true;
      loop = tick();
    },
    /** Stops polling and waits for the batch under way. */
    async stop(): Promise<void> {
      running = false;
      if (timer) clearTimeout(timer);
      await loop;
    },
  };
}

/** A running delivery worker. */
export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
