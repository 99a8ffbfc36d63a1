import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a duty table with a 工作目标 column', () => {
  it('reads a value-only goal cell as the target of the duty beside it, due when the note says', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年优化营商环境任务清单',
        '| 序号 | 具体任务 | 牵头单位 | 完成时限 | 工作目标 |',
        '| 1 | 压减不动产登记时间 | 市自然资源局 | 2025年6月 | ≤3个工作日 |',
        '| 2 | 推广“标准地”供地 | 市自然资源局 | 2025年9月 | 40% |',
        '| 3 | 降低企业融资成本 | 市财政局 | 2025年12月 | 融资费率≤1% |',
        '注:“工作目标”为2025年末应达到的目标值。',
      ].join('\n'),
    });
    const got = plan.indicators.map((i) => [i.target, i.unit, i.comparator, i.due]);
    expect(got).toEqual([
      [3, '个工作日', '<=', '2025-12-31'],
      [40, '%', '=', '2025-12-31'],
      [1, '%', '<=', '2025-12-31'],
    ]);
    expect(plan.indicators[1]?.text).toContain('推广“标准地”供地');
  });
});
