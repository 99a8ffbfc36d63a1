// Load and timing helpers for the API benchmark: autocannon runs that record every response time, and
// in-process timing of the bare SQL behind an endpoint.
import autocannon from 'autocannon';

/** Latency percentiles (ms) and throughput. */
export interface Figures {
  requests: number;
  ok: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean bytes per response on the wire (headers included), when recorded. */
  bytes?: number;
}

/** The q-quantile of sorted numbers. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

function summarise(times: number[], seconds: number, ok: number, errors: number): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    requests: times.length,
    ok,
    errors,
    rps: times.length / seconds,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
  };
}

/** One load scenario: requests produced by `next` (called per request; null stops the run). */
export interface Scenario {
  url: string;
  headers: Record<string, string>;
  connections: number;
  /** Seconds, unless `amount` bounds the run. */
  duration?: number;
  amount?: number;
  next(): { method: 'GET' | 'POST' | 'PATCH'; path: string; body?: string } | null;
}

/** Runs a scenario with autocannon against the loopback server, recording every response time. */
export async function load(s: Scenario): Promise<Figures> {
  const times: number[] = [];
  let ok = 0;
  let errors = 0;
  const started = process.hrtime.bigint();
  const instance = autocannon({
    url: s.url,
    connections: s.connections,
    ...(s.amount ? { amount: s.amount } : { duration: s.duration ?? 10 }),
    headers: s.headers,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const r = s.next();
          if (!r) return null;
          return { ...req, method: r.method, path: r.path, ...(r.body !== undefined ? { body: r.body } : {}) };
        },
      },
    ],
  } as never);
  let bytes = 0;
  instance.on('response', (_client: unknown, status: number, resBytes: number, ms: number) => {
    times.push(ms);
    bytes += resBytes;
    if (status >= 200 && status < 300) ok++;
    else errors++;
  });
  await instance;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ...summarise(times, seconds, ok, errors), bytes: times.length ? bytes / times.length : Number.NaN };
}

/** Times `fn` `iterations` times after a short warm-up, from `concurrency` callers at once (1: one after another). */
export async function timeSql(iterations: number, fn: (i: number) => Promise<unknown>, concurrency = 1): Promise<Figures> {
  for (let i = 0; i < Math.min(5, iterations); i++) await fn(i);
  const times: number[] = [];
  const started = process.hrtime.bigint();
  let next = 0;
  const caller = async () => {
    while (next < iterations) {
      const i = next++;
      const t = process.hrtime.bigint();
      await fn(i);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, caller));
  return summarise(times, Number(process.hrtime.bigint() - started) / 1e9, iterations, 0);
}
