import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

// Time growth at scale (n against 4n) is measured by `npm run bench:growth`; these check that documents of
// that size parse completely and correctly.
describe('parsePlan at scale', { timeout: 180_000 }, () => {
  it('parses 10,000 numbered lines into 10,000 tasks in order', async () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `${i + 1}.加强第${i + 1}项健康知识传播工作(市卫生健康委)`).join('\n');
    const plan = await parsePlan({ text });
    expect(plan.source.text.length).toBe(text.length);
    expect(plan.tasks).toHaveLength(10_000);
    expect(plan.tasks[9_999]!.text).toContain('第10000项');
    expect(plan.tasks[999]!.text).toContain('第1000项');
  });

  it('parses 10,000-deep nested parentheses', async () => {
    const text = `一、重点任务\n1.加强健康教育${'('.repeat(10_000)}市卫生健康委${')'.repeat(10_000)}。\n2.推进全民健身${'\uff08'.repeat(10_000)}。`;
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => t.text.slice(0, 6))).toEqual(['加强健康教育', '推进全民健身']);
  });

  it('parses 10,000-deep nested HTML markup', async () => {
    const html = `<html><body>${'<div><p>'.repeat(10_000)}1.加强健康教育(市卫生健康委)${'</p></div>'.repeat(10_000)}</body></html>`;
    const plan = await parsePlan({ text: html, fileName: 'deep.html' });
    expect(plan.source.text).toContain('加强健康教育');
  });
});
