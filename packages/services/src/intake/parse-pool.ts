import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentInput, DocumentLimits, ExtractedPlan, SourceText } from '@duban/core';
import { DomainError } from '../errors.js';

/** What a parse yields: the extracted plan with the source text it was read from. */
export type ParsedPlan = ExtractedPlan & { source: SourceText };

/** Options of {@link createParsePool}. */
export interface ParsePoolOptions {
  /** Worker threads parsing at once (more jobs wait in a queue). */
  size?: number;
  /** V8 old-generation cap of each worker, MB. */
  heapMb?: number;
  /** Wall-clock budget of one parse, from the moment a worker takes it. */
  timeoutMs?: number;
  /** Reading limits handed to the core parser (defaults: core's DEFAULT_DOCUMENT_LIMITS). */
  limits?: DocumentLimits;
}

/** Parses documents in worker threads; see {@link createParsePool}. */
export interface ParsePool {
  /** Parses one document; rejects with a DomainError (`document.*`, or `import.cancelled` when `signal` aborts). */
  parse(input: DocumentInput, signal?: AbortSignal): Promise<ParsedPlan>;
  /** Ends every worker; queued jobs are refused. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  input: DocumentInput;
  signal: AbortSignal | undefined;
  resolve: (plan: ParsedPlan) => void;
  reject: (e: Error) => void;
  onAbort: () => void;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

type Reply =
  { id: number; ok: true; plan: ParsedPlan } | { id: number; ok: false; error: { name: string; message: string; code?: unknown } };

const tooComplex = () =>
  new DomainError('unprocessable', 'document.too_complex', '文档过于复杂,解析超出了允许的时间或内存,已停止解析;请检查文件或拆分后再导入。');
const cancelled = () => new DomainError('validation', 'import.cancelled', '导入已取消');

/**
 * A small pool of worker threads for document parsing. Each worker runs with a heap cap (`resourceLimits`)
 * and each parse with a wall-clock budget; a worker that passes either is terminated (and replaced on the
 * next job) and the parse fails with `document.too_complex`. Aborting a job drops it from the queue or
 * terminates its worker. Idle workers are unref'd, so an idle pool never keeps the process alive.
 */
export function createParsePool(opts: ParsePoolOptions = {}): ParsePool {
  const size = Math.max(1, opts.size ?? 2);
  const heapMb = opts.heapMb ?? 256;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, job: null, timer: null }));
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(slot: Slot): Worker {
    const worker = startWorker(heapMb);
    // A terminated worker still reports; once replaced, it must not settle the job of its successor.
    const current = () => (slot.worker === worker ? slot.job : null);
    worker.on('message', (reply: Reply) => {
      const job = current();
      if (!job || reply.id !== job.id) return;
      if (reply.ok) finish(slot, () => job.resolve(reply.plan));
      else finish(slot, () => job.reject(fromWorkerError(reply.error)));
    });
    worker.on('error', (e: Error & { code?: string }) => {
      const job = current();
      if (slot.worker === worker) discard(slot);
      if (job) finish(slot, () => job.reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex() : e));
    });
    worker.on('exit', () => {
      const job = current();
      if (slot.worker !== worker) return;
      slot.worker = null;
      if (job) finish(slot, () => job.reject(tooComplex()));
    });
    return worker;
  }

  function discard(slot: Slot): void {
    const worker = slot.worker;
    slot.worker = null;
    if (worker) void worker.terminate();
  }

  function finish(slot: Slot, settle: () => void): void {
    const job = slot.job;
    if (!job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    job.signal?.removeEventListener('abort', job.onAbort);
    slot.worker?.unref();
    settle();
    dispatch();
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.job || queue.length === 0) continue;
      const job = queue.shift() as Job;
      const worker = slot.worker ?? (slot.worker = spawn(slot));
      slot.job = job;
      worker.ref();
      slot.timer = setTimeout(() => {
        discard(slot);
        finish(slot, () => job.reject(tooComplex()));
      }, timeoutMs);
      worker.postMessage({ id: job.id, input: job.input, limits: opts.limits });
    }
  }

  return {
    parse(input, signal) {
      if (closed) return Promise.reject(new Error('parse pool closed'));
      if (signal?.aborted) return Promise.reject(cancelled());
      return new Promise<ParsedPlan>((resolve, reject) => {
        const job: Job = {
          id: nextId++,
          input,
          signal,
          resolve,
          reject,
          onAbort: () => {
            const queued = queue.indexOf(job);
            if (queued >= 0) {
              queue.splice(queued, 1);
              return reject(cancelled());
            }
            const slot = slots.find((s) => s.job === job);
            if (!slot) return;
            discard(slot);
            finish(slot, () => reject(cancelled()));
          },
        };
        signal?.addEventListener('abort', job.onAbort, { once: true });
        queue.push(job);
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('parse pool closed'));
      await Promise.all(
        slots.map(async (slot) => {
          const worker = slot.worker;
          slot.worker = null;
          if (worker) await worker.terminate();
        }),
      );
    },
  };
}

/** A DocumentError from the worker as the DomainError the API maps to a status; anything else as an Error. */
function fromWorkerError(e: { name: string; message: string; code?: unknown }): Error {
  if (e.name === 'DocumentError' && typeof e.code === 'string') {
    return new DomainError(e.code === 'document.unsupported' ? 'unsupported_media' : 'unprocessable', e.code, e.message);
  }
  return Object.assign(new Error(e.message), { name: e.name });
}

/**
 * Starts one worker. Built code runs parse-worker.js; from sources (tests, `tsx`), the worker first
 * registers tsx and resolves workspace packages to their sources, as the host does.
 */
function startWorker(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', import.meta.url), { resourceLimits });
  // require.resolve finds the CommonJS build of tsx's API; the worker imports its ESM twin beside it.
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, execArgv: ['--conditions=source'], resourceLimits });
}

let shared: ParsePool | null = null;

/** The process-wide pool the plans service parses with (two workers, created on first use). */
export function sharedParsePool(): ParsePool {
  return (shared ??= createParsePool());
}
