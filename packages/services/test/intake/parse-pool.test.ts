import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_LIMITS } from '@duban/core';
import { createParsePool } from '../../src/index.js';
import { docxBomb, longText } from '../../../core/test/support/hostile-documents.js';

const PLAN = '一、重点任务\n1. 加强全民健康素养促进行动。（牵头单位：市卫生健康委）\n2. 推进控烟宣传。（牵头单位：市爱卫办）\n';

async function failure(p: Promise<unknown>): Promise<{ id?: string; message?: string }> {
  const e = await p.then(
    () => null,
    (err: unknown) => err as { id?: string; message?: string },
  );
  expect(e, 'the parse succeeded').not.toBeNull();
  return e ?? {};
}

describe('parse pool (worker threads)', () => {
  const pool = createParsePool({ size: 1 });
  afterAll(() => pool.close());

  it('parses in a worker and reports document errors with their ids', async () => {
    const plan = await pool.parse({ text: PLAN, fileName: 'a.txt' });
    expect(plan.tasks.map((t) => t.title ?? t.text)).toHaveLength(2);
    const bomb = await failure(pool.parse({ bytes: docxBomb(60), fileName: 'bomb.docx' }));
    expect(bomb.id).toBe('document.too_large');
  });

  it('cancels a queued and a running parse, and keeps working', async () => {
    const running = new AbortController();
    const queued = new AbortController();
    const first = pool.parse({ bytes: longText(1.5), fileName: 'long.txt' }, running.signal);
    const second = pool.parse({ text: PLAN, fileName: 'b.txt' }, queued.signal);
    queued.abort();
    running.abort();
    expect((await failure(first)).id).toBe('import.cancelled');
    expect((await failure(second)).id).toBe('import.cancelled');
    expect((await pool.parse({ text: PLAN, fileName: 'c.txt' })).tasks).toHaveLength(2);
  });

  it('stops a parse over its time budget with document.too_complex, then parses the next', async () => {
    const slow = createParsePool({ size: 1, timeoutMs: 1 });
    try {
      const e = await failure(slow.parse({ bytes: longText(1.5), fileName: 'long.txt' }));
      expect([e.id, e.message]).toEqual(['document.too_complex', expect.stringMatching(/过于复杂/)]);
    } finally {
      await slow.close();
    }
  });

  it('stops a parse over its heap cap with document.too_complex', async () => {
    const small = createParsePool({
      size: 1,
      heapMb: 24,
      limits: { ...DEFAULT_DOCUMENT_LIMITS, maxTextChars: Infinity, maxTasks: Infinity },
    });
    try {
      expect((await failure(small.parse({ bytes: longText(15), fileName: 'long.txt' }))).id).toBe('document.too_complex');
    } finally {
      await small.close();
    }
  });
});
