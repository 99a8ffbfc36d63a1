import { describe, expect, it } from 'vitest';
import { closingTimeFrame, findDeadlinePhrases, parseDeadlineCell, parseSignatureDate } from '../../src/extract/dates/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';
import { DocumentError, parsePlan, readDocument } from '../../src/index.js';

// Inputs that make backtracking regular expressions or repeated look-backs go quadratic: long runs of
// spaces after a date, thousands of dates, open brackets, numerals. Each function is timed on n and 4n
// characters; linear work takes about 4×. Runs that stay under a few milliseconds are not compared.
const CASES: Record<string, (n: number) => string> = {
  'spaces after a year': (n) => `2021${' '.repeat(n)}x`,
  'spaces after a month': (n) => `6月${' '.repeat(n)}x`,
  'spaces after a bracket group': (n) => `(市卫生健康委)${' '.repeat(n)}x`,
  'spaces before a label': (n) => `成文日期:${' '.repeat(n)}x`,
  'a run of dates': (n) => '2021年6月底前'.repeat(n / 8),
  'open brackets': (n) => '('.repeat(n),
  'book titles never closed': (n) => '《2021年'.repeat(n / 6),
  'numerals': (n) => '一二三'.repeat(n / 3),
  'digits': (n) => '1'.repeat(n),
};

const FUNCTIONS: Record<string, (text: string) => unknown> = {
  parseDeadlineCell: (t) => parseDeadlineCell(t, 2021),
  findDeadlinePhrases: (t) => findDeadlinePhrases(t, 2021),
  closingTimeFrame: (t) => closingTimeFrame(t),
  parseSignatureDate: (t) => parseSignatureDate(t),
};

async function best(run: () => unknown, times: number): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

async function expectLinear(run: (n: number) => unknown, n: number): Promise<void> {
  // A load spike on a shared machine can inflate one measurement; quadratic code fails every attempt, so the
  // best of three attempts is compared.
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 12; attempt++) {
    const small = await best(() => run(n), 2);
    const large = await best(() => run(4 * n), 1);
    // Quadratic work on these sizes takes seconds; below a tenth of one, timer noise on a busy machine dominates.
    if (large < 100) return;
    ratio = Math.min(ratio, large / Math.max(small, 1));
  }
  expect(ratio).toBeLessThan(12);
}

describe('no quadratic corners', { timeout: 120_000 }, () => {
  for (const [caseName, make] of Object.entries(CASES)) {
    for (const [fnName, fn] of Object.entries(FUNCTIONS)) {
      it(`${fnName}: ${caseName}`, () => expectLinear((n) => fn(make(n)), 20_000));
    }
    it(`extractMeta: ${caseName}`, async () => {
      const sources = new Map<number, Awaited<ReturnType<typeof readDocument>>>();
      for (const n of [20_000, 80_000]) sources.set(n, await readDocument({ text: `${make(n)}\n${make(n)}` }));
      await expectLinear((n) => {
        const source = sources.get(n);
        return source ? extractMeta(source) : null;
      }, 20_000);
    });
    it(`parsePlan: ${caseName}`, () =>
      expectLinear(async (n) => {
        try {
          return await parsePlan({ text: `一、重点任务\n1.${make(n)}\n2.${make(n)}` });
        } catch (error) {
          if (!(error instanceof DocumentError)) throw error;
          return null;
        }
      }, 4_000));
  }
});
