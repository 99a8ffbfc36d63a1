import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_LIMITS, parsePlan } from '../../src/index.js';
import { hasShared, sharedDir } from '../support/shared-seeds.js';

// Growth is checked by comparing n with 4n in the same run (a ratio, not a wall-clock limit): linear code
// takes about 4×; the bound of 12× leaves room for a busy machine but catches quadratic work (16×).
const RATIO_LIMIT = 12;

// The parser's own growth is measured here, past the import limits that would refuse such inputs.
const UNLIMITED = { ...DEFAULT_DOCUMENT_LIMITS, maxTextChars: Infinity, maxTasks: Infinity };

async function timeParse(text: string): Promise<number> {
  const t0 = performance.now();
  const plan = await parsePlan({ text }, { limits: UNLIMITED });
  const elapsed = performance.now() - t0;
  expect(plan.source.text.length).toBe(text.length);
  return elapsed;
}

/** Best of two runs of the small input (the first also warms up), one run of the large. */
async function growth(make: (n: number) => string, n: number): Promise<{ small: number; large: number; ratio: number }> {
  const smallText = make(n);
  const largeText = make(4 * n);
  let best = { small: 0, large: 0, ratio: Infinity };
  // A load spike can inflate one measurement; quadratic code exceeds the limit on every attempt.
  for (let attempt = 0; attempt < 3 && best.ratio >= RATIO_LIMIT; attempt++) {
    const small = Math.max(1, Math.min(await timeParse(smallText), await timeParse(smallText)));
    const large = await timeParse(largeText);
    if (large / small < best.ratio) best = { small, large, ratio: large / small };
  }
  return best;
}

function seedText(): string {
  if (hasShared) {
    const dir = join(sharedDir, 'seeds');
    return readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  }
  return synthetic(400);
}

/** A synthetic plan: headings, numbered items with attributions, deadlines and targets, a flattened table. */
function synthetic(items: number): string {
  const out = ['关于印发健康城市建设工作方案的通知', '一、重点任务'];
  for (let i = 1; i <= items; i++) {
    out.push(`${i}.加强第${i}项工作。到2025年覆盖率达到90%以上,2022年底前完成(市卫生健康委牵头,市教育局、市体育局配合)`);
    if (i % 50 === 0) out.push(`${['二', '三', '四', '五'][(i / 50) % 4]}、保障措施`, '序号', '任务', '牵头单位', '完成时限', String(i), '推进工作', '市卫健委', '持续推进');
  }
  return out.join('\n');
}

const repeatTo = (text: string, chars: number) => text.repeat(Math.ceil(chars / text.length)).slice(0, chars);

describe('parsePlan at scale', { timeout: 180_000 }, () => {
  it('parses a 10 MB document, in time linear in its size', async () => {
    const base = seedText();
    // 10 MB of UTF-8 is about 3.4 million Chinese characters.
    const { ratio } = await growth((n) => repeatTo(base, n), 850_000);
    expect(ratio).toBeLessThan(RATIO_LIMIT);
  });

  it('parses 100,000 numbered lines in linear time', async () => {
    const make = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}.加强健康知识传播,组织制作科普作品(市卫生健康委)`).join('\n');
    // A cheap probe first, so quadratic work fails in seconds rather than minutes.
    expect((await growth(make, 2_500)).ratio).toBeLessThan(RATIO_LIMIT);
    expect((await growth(make, 25_000)).ratio).toBeLessThan(RATIO_LIMIT);
  });

  it('parses 10,000-deep nested parentheses in linear time', async () => {
    const make = (n: number) => `一、重点任务\n1.加强健康教育${'('.repeat(n)}市卫生健康委${')'.repeat(n)}。\n2.推进全民健身${'\uff08'.repeat(n)}。`;
    const { ratio } = await growth(make, 2_500);
    expect(ratio).toBeLessThan(RATIO_LIMIT);
  });

  it('parses 10,000-deep nested HTML markup', async () => {
    const html = `<html><body>${'<div><p>'.repeat(10_000)}1.加强健康教育(市卫生健康委)${'</p></div>'.repeat(10_000)}</body></html>`;
    const plan = await parsePlan({ text: html, fileName: 'deep.html' });
    expect(plan.source.text).toContain('加强健康教育');
  });
});
