import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

// A labelled slot whose value runs on into a deadline or a standing phrase, inside one bracket.
describe('labelled slots that run on into a deadline', () => {
  it('reads the units before the deadline clause and the deadline itself', async () => {
    const plan = await parsePlan({
      text: [
        '一、重点工作',
        '1.改造老旧小区供水管网8公里。(牵头单位:县水利局;配合单位:县住建局、各乡镇,2024年11月底前完成)',
        '2.常态化开展食品安全抽检。(牵头单位:县市场监管局;持续推进)',
        '3.建成县域医学影像中心。(牵头单位:县卫生健康局;配合单位:县人民医院,2024年8月底前)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['县水利局'], ['县住建局', '各乡镇']],
      [['县市场监管局'], []],
      [['县卫生健康局'], ['县人民医院']],
    ]);
    expect(plan.tasks.map((t) => [t.due, t.ongoing])).toEqual([
      [['2024-11-30'], false],
      [[], true],
      [['2024-08-31'], false],
    ]);
  });
});
