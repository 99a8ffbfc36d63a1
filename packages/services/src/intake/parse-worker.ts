// Worker-thread entry of the parse pool: parses one document per message with the core extraction,
// so a slow or hostile document costs this thread's time and memory, never the server's event loop.
import { parentPort } from 'node:worker_threads';
import { parsePlan, type DocumentInput, type DocumentLimits } from '@duban/core';

/** A job as the pool posts it. */
export interface ParseJob {
  id: number;
  input: DocumentInput;
  limits?: DocumentLimits;
}

const port = parentPort;
if (!port) throw new Error('parse-worker runs only as a worker thread');

port.on('message', (job: ParseJob) => {
  parsePlan(job.input, job.limits ? { limits: job.limits } : {}).then(
    (plan) => port.postMessage({ id: job.id, ok: true, plan }),
    (e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      port.postMessage({ id: job.id, ok: false, error: { name: err.name, message: err.message, code: (err as { code?: unknown }).code } });
    },
  );
});
