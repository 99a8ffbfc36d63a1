import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

// A national notice lists ministries and people's organisations; every one of them is a unit of the bracket.
describe('national bodies in a verb attribution', () => {
  it('reads the Youth League centre among the participants', async () => {
    const plan = await parsePlan({
      text: [
        '一、重点工作',
        '(一)开展青少年近视防控宣传周活动。(国家疾控局牵头,教育部、共青团中央、全国妇联配合,各省级卫生健康委落实)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['国家疾控局'], ['教育部', '共青团中央', '全国妇联', '各省级卫生健康委']],
    ]);
  });
});
