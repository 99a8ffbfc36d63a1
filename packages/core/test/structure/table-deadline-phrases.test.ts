import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const dues = (plan: Awaited<ReturnType<typeof parsePlan>>) => plan.tasks.map((t) => [t.number, t.due, t.ongoing]);

describe('deadlines of table rows without a deadline cell', () => {
  it('takes an explicit deadline phrase written in a goal cell of the row', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年重点建设项目推进表',
        ['序号', '项目名称', '建设规模', '年度建设目标', '牵头单位', '责任单位'].join('\t'),
        ['1', '城东污水处理厂扩建项目', '新增处理能力5万吨/日', '2025年9月底前通水运行', '市水务局', '城东区人民政府'].join('\t'),
        ['2', '北环路改造工程', '改造道路6.2公里', '2025年11月底前主线通车', '市住建局', '城北区人民政府'].join('\t'),
        ['3', '市民文化中心项目', '建设剧场和展馆', '持续推进', '市文旅局', '市城投公司'].join('\t'),
        ['4', '智慧停车平台项目', '接入泊位1.2万个', '完成平台上线', '市城管局', '市数据局'].join('\t'),
      ].join('\n'),
    });
    expect(dues(plan)).toEqual([
      ['1', ['2025-09-30'], false],
      ['2', ['2025-11-30'], false],
      ['3', [], true],
      ['4', [], false],
    ]);
  });

  it('reads the plan of a ledger for the coming months as a note, leaving the closing time limit to every row', async () => {
    const plan = await parsePlan({
      text: [
        '某县民政局重点工作进展台账(第二季度)',
        ['序号', '重点工作任务', '责任单位', '4-6月进展情况', '7-9月份进度安排'].join('\t'),
        ['1', '建成县级养老服务指导中心', '县民政局', '完成主体施工', '9月底前投入运营'].join('\t'),
        ['2', '开展困难群众动态排查', '县民政局', '排查1.2万户', '持续开展排查'].join('\t'),
        '备注:以上任务完成时限均为2025年12月底。',
      ].join('\n'),
    });
    expect(dues(plan)).toEqual([
      ['1', ['2025-12-31'], false],
      ['2', ['2025-12-31'], false],
    ]);
  });
});
