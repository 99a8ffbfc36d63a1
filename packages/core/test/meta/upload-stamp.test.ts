import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

describe('meta: a document-sharing site file card', () => {
  it('does not take the upload date for the plan date', async () => {
    const text = ['社区全民健身活动实施方案', '会员专享', '2025-03-18', '26.10KB', '5 页', '一、工作任务', '1.组织健步走活动。'].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.meta.date ?? null).toBeNull();
  });

  it('keeps a date line signed under the issuer', async () => {
    const text = ['社区全民健身活动实施方案', '一、工作任务', '1.组织健步走活动。', '某街道办事处', '2025年3月18日'].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.meta.date).toBe('2025-03-18');
  });
});
