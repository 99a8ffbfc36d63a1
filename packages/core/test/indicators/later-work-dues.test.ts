import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const ctx = { planYear: 2026, annual: true, line: 1 };
const dues = (text: string) => extractIndicators(text, 0, ctx).map((i) => [i.target, i.due]);

describe('a deadline two clauses after a target', () => {
  it('closes its own work when another clause of other work stands between', () => {
    expect(dues('创建市级卫生村8个,组织各乡镇开展交叉检查,11月底前完成市级复审。')).toEqual([[8, '2026-12-31']]);
  });

  it('still closes the target when it closes the whole 任务', () => {
    expect(dues('改造农村户厕500座,同步建设粪污处理设施,10月底前完成年度任务。')).toEqual([[500, '2026-10-31']]);
  });

  it('still closes the target when the clause between states a quantity of the same work', () => {
    expect(dues('改造老旧小区30个,惠及居民5000户,9月底前全部完工。')).toEqual([
      [30, '2026-09-30'],
      [5000, '2026-09-30'],
    ]);
  });

  it('still closes the target when it names no work but its closing verb', () => {
    expect(dues('对城区2个菜市场实施改造,规范摊位设置,2026年8月底前完成(区商务局牵头,区城管局配合)。')).toEqual([[2, '2026-08-31']]);
  });

  it('still closes the target in the clause right before it', () => {
    expect(dues('适龄儿童体检率不低于90%,8月底前完成体检工作。')).toEqual([[90, '2026-08-31']]);
  });
});
