// Growth benchmark: every parser entry point on inputs that make backtracking expressions or repeated look-backs
// go quadratic (long runs of spaces, thousands of dates, open brackets, numerals), and whole documents at scale.
// Each is timed on n and 4n characters in the same run: linear work takes about 4×, quadratic 16×. Prints every
// ratio and exits 1 when one exceeds the limit on all three attempts. Usage: npm run bench:growth [-- --quick]
// (These were wall-clock checks inside the unit suite, where a busy machine made them either flaky or vacuous.)
import { parseArgs } from 'node:util';
import { closingTimeFrame, findDeadlinePhrases, parseDeadlineCell, parseSignatureDate } from '../packages/core/src/extract/dates/index.js';
import { extractMeta } from '../packages/core/src/extract/meta/extract-meta.js';
import { DEFAULT_DOCUMENT_LIMITS, DocumentError, parsePlan, readDocument } from '../packages/core/src/index.js';

const UNLIMITED = { ...DEFAULT_DOCUMENT_LIMITS, maxTextChars: Infinity, maxTasks: Infinity };

const RATIO_LIMIT = 12;
const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });

const CASES: Record<string, (n: number) => string> = {
  'spaces after a year': (n) => `2021${' '.repeat(n)}x`,
  'spaces after a month': (n) => `6月${' '.repeat(n)}x`,
  'spaces after a bracket group': (n) => `(市卫生健康委)${' '.repeat(n)}x`,
  'spaces before a label': (n) => `成文日期:${' '.repeat(n)}x`,
  'a run of dates': (n) => '2021年6月底前'.repeat(n / 8),
  'open brackets': (n) => '('.repeat(n),
  'book titles never closed': (n) => '《2021年'.repeat(n / 6),
  numerals: (n) => '一二三'.repeat(n / 3),
  digits: (n) => '1'.repeat(n),
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

interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/** n against 4n, best of up to three attempts (a load spike inflates one; quadratic code fails them all). */
async function growth(run: (n: number) => unknown, n: number): Promise<Growth> {
  let out: Growth = { small: 0, large: 0, ratio: Infinity };
  for (let attempt = 0; attempt < 3 && out.ratio >= RATIO_LIMIT; attempt++) {
    const small = Math.max(1, await best(() => run(n), 2));
    const large = await best(() => run(4 * n), 1);
    if (large / small < out.ratio) out = { small, large, ratio: large / small };
  }
  return out;
}

async function parseOrReject(text: string): Promise<unknown> {
  try {
    return await parsePlan({ text });
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return null;
  }
}

const repeatTo = (text: string, chars: number) => text.repeat(Math.ceil(chars / text.length)).slice(0, chars);
const numbered = (n: number): string =>
  Array.from({ length: n }, (_, i) => `${i + 1}.加强健康知识传播,组织制作科普作品(市卫生健康委)`).join('\n');
const nested = (n: number) =>
  `一、重点任务\n1.加强健康教育${'('.repeat(n)}市卫生健康委${')'.repeat(n)}。\n2.推进全民健身${'\uff08'.repeat(n)}。`;
const plan = `一、重点任务\n${Array.from({ length: 400 }, (_, i) => `${i + 1}.加强第${i + 1}项工作。到2025年覆盖率达到90%以上,2022年底前完成(市卫生健康委牵头,市教育局配合)`).join('\n')}`;

const rows: [string, () => Promise<Growth>][] = [];
for (const [caseName, make] of Object.entries(CASES)) {
  for (const [fnName, fn] of Object.entries(FUNCTIONS)) rows.push([`${fnName}: ${caseName}`, () => growth((n) => fn(make(n)), 20_000)]);
  rows.push([
    `extractMeta: ${caseName}`,
    async () => {
      const sources = new Map<number, Awaited<ReturnType<typeof readDocument>>>();
      for (const n of [20_000, 80_000]) sources.set(n, await readDocument({ text: `${make(n)}\n${make(n)}` }));
      return growth((n) => extractMeta(sources.get(n)!), 20_000);
    },
  ]);
  rows.push([`parsePlan: ${caseName}`, () => growth((n) => parseOrReject(`一、重点任务\n1.${make(n)}\n2.${make(n)}`), 4_000)]);
}
rows.push([
  'parsePlan: numbered lines',
  () => growth((n) => parsePlan({ text: numbered(n) }, { limits: UNLIMITED }), args.quick ? 2_500 : 25_000),
]);
rows.push(['parsePlan: nested parentheses', () => growth((n) => parsePlan({ text: nested(n) }), 2_500)]);
rows.push([
  'parsePlan: a plan repeated to ~3.4 M characters',
  () => growth((n) => parsePlan({ text: repeatTo(plan, n) }, { limits: UNLIMITED }), args.quick ? 85_000 : 850_000),
]);

let failed = 0;
console.log(`growth of parse time from n to 4n (linear ≈ 4×, limit ${RATIO_LIMIT}×)`);
for (const [name, measure] of rows) {
  const g = await measure();
  const ok = g.ratio < RATIO_LIMIT || g.large < 100; // under 0.1 s timer noise dominates and nothing is quadratic
  if (!ok) failed++;
  console.log(
    `${ok ? '✔' : '✘'} ${name.padEnd(58)} ${g.small.toFixed(1).padStart(8)} ms → ${g.large.toFixed(1).padStart(8)} ms  ${g.ratio.toFixed(1)}×`,
  );
}
console.log(failed === 0 ? 'growth: all linear' : `growth: ${failed} case(s) above ${RATIO_LIMIT}×`);
process.exit(failed === 0 ? 0 : 1);
