import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

// No year in the title: a year the body only refers back to must not become the plan's year.
const PLAN = [
  '城乡环境提升行动方案',
  '',
  '一、重点任务',
  '1.巩固整治成果。对2019年已验收的示范村开展复查,10月底前完成复查。',
  '2.推进公厕改造。9月底前改造公厕30座。',
].join('\n');

describe('fallback plan year', () => {
  it('skips a year that is only referred to', async () => {
    const plan = await parsePlan({ text: PLAN });
    expect(plan.meta.planYear ?? null).toBeNull();
    expect(plan.tasks.map((t) => t.due)).toEqual([[], []]);
    expect(plan.indicators.map((i) => [i.target, i.due])).toEqual([[30, null]]);
  });

  it('still takes a year the body sets work in', async () => {
    const plan = await parsePlan({ text: PLAN.replace('对2019年已验收的', '2021年对已验收的') });
    expect(plan.tasks.map((t) => t.due)).toEqual([['2021-10-31'], ['2021-09-30']]);
  });
});
