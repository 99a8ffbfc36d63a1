import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

const ledger = (title: string) =>
  [
    title,
    '某区审计局',
    '2026年5月8日',
    '| 序号 | 审计查出问题 | 整改措施 | 整改责任单位 | 整改时限 |',
    '|---|---|---|---|---|',
    '| 1 | 公务用车管理不规范 | 清理超标配备车辆,完善用车登记制度 | 区机关事务中心 | 7月中旬 |',
    '| 2 | 工程结算滞后 | 完成3个项目竣工结算 | 区住房和城乡建设局 | 2026年11月底前 |',
  ].join('\n');

describe('bare dates of a findings document signed after the year it reviews', () => {
  it('fall in the year the document is signed, when its work is put right', async () => {
    const plan = await parsePlan({ text: ledger('某区2025年度预算执行审计查出问题整改台账') });
    expect(plan.tasks.map((t) => t.due)).toEqual([['2026-07-20'], ['2026-11-30']]);
  });

  it('stay in the title year for a plan that is not a findings document', async () => {
    const plan = await parsePlan({ text: ledger('某区2025年度预算执行重点工作清单') });
    expect(plan.tasks[0]?.due).toEqual(['2025-07-20']);
  });
});
