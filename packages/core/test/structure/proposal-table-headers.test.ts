import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { headerRole } from '../../src/extract/structure/table-columns.js';

describe("a deputies' proposal table handed out as work (建议交办分解表)", () => {
  it('names its columns: the proposal title is the duty, its number a reference, the deputy a person', () => {
    expect(['建议号', '建议名称', '领衔代表', '提案标题'].map(headerRole)).toEqual(['other', 'task', 'person', 'task']);
  });

  it('reads each flattened row, with a "/" 协办 cell as none', async () => {
    const plan = await parsePlan({
      text: [
        '某县人大代表建议交办分解表',
        ...['序号', '建议号', '建议名称', '领衔代表', '主办单位', '协办单位', '办结时限'],
        ...['1', '第5号', '关于改善城东片区供水的建议', '王某', '县水利局', '县住建局', '2025年7月31日前'],
        ...['2', '第9号', '关于增设农村客运班线的建议', '李某', '县交通运输局', '/', '2025年9月30日前'],
        ...['3', '第14号', '关于加强校园周边食品安全的建议', '赵某', '县市场监管局', '县教育局', '2025年6月30日前'],
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due])).toEqual([
      ['1', ['县水利局'], ['县住建局'], ['2025-07-31']],
      ['2', ['县交通运输局'], [], ['2025-09-30']],
      ['3', ['县市场监管局'], ['县教育局'], ['2025-06-30']],
    ]);
  });
});
