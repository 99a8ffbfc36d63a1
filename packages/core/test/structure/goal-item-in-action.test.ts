import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { classifyHeading } from '../../src/extract/structure/headings.js';

// Invented wording: an action area whose first numbered item states its goals, the next one its measures.
const PLAN = [
  '二、主要任务',
  '(一)实施全民健身行动。',
  '1.主要目标指标。',
  '经常参加体育锻炼人数比例达到40%以上,每千人拥有社会体育指导员3名。',
  '2.重点工作举措。',
  '(1)新建社区健身点30个,年底前全部投入使用。(县体育局牵头)',
].join('\n');

describe('a goal item numbered like its sibling tasks', () => {
  it.each(['主要目标指标', '年度指标', '预期指标'])('%s heads goals', (h) => {
    expect(classifyHeading(h)).toBe('preamble');
  });

  it('reads the goal item as targets, not as a task', async () => {
    const plan = await parsePlan({ text: PLAN });
    expect(plan.tasks.map((t) => t.number)).toEqual(['(1)']);
    expect(plan.indicators.map((i) => i.target)).toEqual(expect.arrayContaining([40, 3]));
  });
});
