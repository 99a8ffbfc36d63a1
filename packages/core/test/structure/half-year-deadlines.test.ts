import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

// 上半年 / 下半年 name a period, not a due date: the duty gets no date, yet the clause still ends the attribution.
describe('half-year time frames', () => {
  it('gives no date and keeps the units before a year-led half-year clause', async () => {
    const plan = await parsePlan({
      text: [
        '2025年全县水污染防治工作要点',
        '一、重点工作',
        '1.完成城区雨污分流改造一期工程。(县住建局牵头,各乡镇落实,2025年下半年)',
        '2.建立河湖巡查台账。(县水利局牵头,县生态环境分局配合,上半年)',
        '3.开展入河排污口排查。(县生态环境分局负责,2025年9月底前)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['县住建局'], ['各乡镇']],
      [['县水利局'], ['县生态环境分局']],
      [['县生态环境分局'], []],
    ]);
    expect(plan.tasks.map((t) => [t.due, t.ongoing])).toEqual([
      [[], false],
      [[], false],
      [['2025-09-30'], false],
    ]);
  });
});
