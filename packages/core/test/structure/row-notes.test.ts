import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a note under a table about one numbered row', () => {
  it("makes that row's several leads separate, and no other row's", async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年民生实事责任分工',
        '| 序号 | 项目名称 | 牵头单位 | 完成时限 |',
        '| 1 | 为中小学生开展口腔检查 | 市教育局、市卫健委 | 2025年10月底前 |',
        '| 2 | 改造农贸市场5个 | 市商务局、市市场监管局 | 2025年11月底前 |',
        '注:1号项目由市教育局、市卫健委按职责分工,分别负责组织和检查。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.separateLeads])).toEqual([
      ['1', true],
      ['2', false],
    ]);
  });
});
