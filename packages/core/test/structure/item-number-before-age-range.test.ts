import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('an item number glued to an age range', () => {
  it('opens the next item instead of reading as a decimal', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年慢病防控工作要点',
        '一、重点任务',
        '1.居民健康素养水平达到30%。(县卫健局牵头)',
        '2.18—64岁居民经常参加体育锻炼人数比例较上年提高1个百分点。(县体育局牵头)',
        '3.0~6岁儿童眼保健覆盖率达到90%以上。(县卫健局牵头)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(plan.indicators.map((i) => [i.target, i.unit, i.comparator])).toEqual([
      [30, '%', '='],
      [1, '个百分点', 'increase_by'],
      [90, '%', '>='],
    ]);
  });
});
