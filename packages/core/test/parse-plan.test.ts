import { describe, expect, it } from 'vitest';
import { parsePlan, extractedPlanSchema } from '@duban/core';

describe('parsePlan', () => {
  it('returns a plan that satisfies the output schema', async () => {
    const plan = await parsePlan({ text: '一、总体要求\n1.加强健康知识传播。(市卫生健康委)' });
    const { source: _source, ...out } = plan;
    expect(() => extractedPlanSchema.parse(out)).not.toThrow();
  });
});
