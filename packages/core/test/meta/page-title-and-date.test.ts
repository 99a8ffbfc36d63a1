import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a department page carrying a plan', () => {
  it("takes the plan's own heading over the page's 关于 title that names the same plan", async () => {
    const plan = await parsePlan({
      text: [
        '某县人民政府网',
        '县文化旅游局关于2025年全民阅读推广工作要点',
        '文章来源:某县文化旅游局  发表时间:2025-03-02 10:20',
        '某县2025年全民阅读推广工作要点',
        '一、阅读设施',
        '1.新建城市书房5个。(县文化旅游局)',
      ].join('\n'),
    });
    expect(plan.meta.title).toBe('某县2025年全民阅读推广工作要点');
  });

  it('dates the document by its signature rather than by the day the page posted it', async () => {
    const plan = await parsePlan({
      text: [
        '发布机构:某市生态环境局  发文日期:2025-06-12',
        '某市2025年大气污染防治工作方案',
        '一、重点任务',
        '1.淘汰燃煤小锅炉20台。(市生态环境局)',
        '某市生态环境局',
        '2025年6月10日',
      ].join('\n'),
    });
    expect(plan.meta.date).toBe('2025-06-10');
  });
});
