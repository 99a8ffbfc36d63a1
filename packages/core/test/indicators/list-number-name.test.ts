import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('an indicator listed under a number', () => {
  it('is named without its list number', async () => {
    const plan = await parsePlan({
      text: [
        '一、工作目标',
        '到2026年底,以下指标达到省级标准:',
        '1.孕产妇死亡率≤12/10万。',
        '2.儿童健康管理率≥90%。',
        '二、考核指标',
        '(1)新建母婴室15个。',
        '三、重点任务',
        '1.加强妇幼保健。(县卫健局)',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => i.name)).toEqual(['孕产妇死亡率', '儿童健康管理率', '新建母婴室']);
  });
});
