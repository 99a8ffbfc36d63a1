import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('负责 inside a person noun assigns no role', () => {
  it('reads no units from "X、Y主要负责同志要亲自部署"', async () => {
    const plan = await parsePlan({
      text: [
        '东城区2026年爱国卫生月活动方案',
        '一、活动内容',
        '(一)开展环境整治。区爱卫办牵头,各街道配合。',
        '二、工作要求',
        '(一)加强组织领导。各街道、乡和各成员单位主要负责同志要亲自部署。',
        '(二)压实工作责任。各街道负责人要靠前指挥。',
      ].join('\n'),
    });
    const lead = plan.tasks.find((t) => t.text.startsWith('加强组织领导'));
    expect(lead?.lead).toEqual([]);
    expect(lead?.participants).toEqual([]);
    expect(plan.tasks.find((t) => t.text.startsWith('压实'))?.lead).toEqual([]);
    expect(plan.tasks.find((t) => t.text.startsWith('开展环境整治'))?.lead).toEqual(['区爱卫办']);
  });
});
