import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const rows = (plan: Awaited<ReturnType<typeof parsePlan>>) =>
  plan.tasks.map((t) => [t.text.slice(0, 8), t.lead, t.participants, t.due, t.ongoing]);

describe('tables typed as text', () => {
  it('reads a | table with uneven rows, lone | lines and a header ending in |', async () => {
    const plan = await parsePlan({
      text: [
        '某县2024年农村供水保障重点任务分工',
        '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |',
        '|',
        '| 1 | 改造农村供水管网45公里 | 县水利局 | 县财政局、各乡镇 | 2024年10月 |',
        '| 2 | 建设水质检测中心1个 | 县水利局 | 2024年12月 |',
        '|',
        '| 3 | 开展饮用水源地巡查 | 县生态环境局 |  | 持续推进 |',
      ].join('\n'),
    });
    expect(rows(plan)).toEqual([
      ['改造农村供水管网', ['县水利局'], ['县财政局', '各乡镇'], ['2024-10-31'], false],
      ['建设水质检测中心', ['县水利局'], [], ['2024-12-31'], false],
      ['开展饮用水源地巡', ['县生态环境局'], [], [], true],
    ]);
  });

  it('moves the rows under a merged category cell back under their columns', async () => {
    const plan = await parsePlan({
      text: [
        '某州2025年康复服务重点任务分工',
        '重点领域 | 具体任务 | 责任单位 | 完成时限 |',
        '(一)完善服务网络 | 1.建设州级康复医院1所。 | 州卫健委牵头,州发改委配合 | 2025年底前 |',
        '2.县级医院全部设置康复科。 | 各县人民政府牵头,州卫健委配合 | 持续推进 | |',
        '3.社区康复站点全覆盖。 | 州民政局、州残联按职责分工落实 | 2025年9月底前 | |',
        '(二)培养康复人才 | 4.培训康复治疗师200名。 | 州人社局牵头 | 2025年 |',
        '5.建设康复实训基地2个。 | 州教育局牵头,州人社局配合 | 持续推进 | |',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.due, t.ongoing, t.separateLeads]).slice(1)).toEqual([
      [['各县人民政府'], ['州卫健委'], [], true, false],
      [['州民政局', '州残联'], [], ['2025-09-30'], false, true],
      [['州人社局'], [], ['2025-12-31'], false, false],
      [['州教育局'], ['州人社局'], [], true, false],
    ]);
  });

  it('keeps reading past a category row in its own borders with lone | lines around it', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年农机安全重点任务',
        '| 序号 | 重点任务 | 牵头部门 | 协同部门 | 完成时限 |',
        '|',
        '| 一、隐患排查 |',
        '|',
        '| 1 | 排查拖拉机安全隐患300台 | 市农业农村局 | 市公安局 | 2025年6月 |',
        '|',
        '| 二、宣传培训 |',
        '|',
        '| 2 | 培训农机手500人 | 市农机中心 | 2025年9月 |',
        '|',
      ].join('\n'),
    });
    expect(rows(plan)).toEqual([
      ['排查拖拉机安全隐', ['市农业农村局'], ['市公安局'], ['2025-06-30'], false],
      ['培训农机手500', ['市农机中心'], [], ['2025-09-30'], false],
    ]);
    expect(plan.indicators.map((i) => i.target)).toEqual([300, 500]);
  });

  it('reads a ledger aligned with spaces: a two-line header, person and progress columns, rows that wrap', async () => {
    const plan = await parsePlan({
      text: [
        '某区2024年为民办实事项目推进台账',
        '序号  项目名称                          分管      主体          协同          完成时限      进展情况',
        '                                        领导      责任单位      责任单位',
        '1     新建口袋公园6个，改造街心绿地     周强      区园林局      区住建局、    2024年8月     已完成选址',
        '      3处                                                       各街道',
        '2     改造老旧电梯40部                  陈敏      区市场监管局                2024年11月    完成招标',
      ].join('\n'),
    });
    expect(rows(plan)).toEqual([
      ['新建口袋公园6个', ['区园林局'], ['区住建局', '各街道'], ['2024-08-31'], false],
      ['改造老旧电梯40', ['区市场监管局'], [], ['2024-11-30'], false],
    ]);
    expect(plan.tasks[0]!.text).toContain('3处');
    expect(plan.tasks.flatMap((t) => [...t.lead, ...t.participants])).not.toContain('周强');
  });
});

describe('a sheet export whose merged cells are written in their first row only', () => {
  it('gives an empty cell the value above it when the page says so', async () => {
    const { parsePlan } = await import('../../src/index.js');
    const rows = [
      '序号\t类别\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t教育\t新建幼儿园3所\t区教育局\t区财政局\t2025年8月',
      '2\t\t改造校舍12栋\t\t区住建局\t',
    ];
    const merged = await parsePlan({ text: ['某区2025年实事分解表', '注:合并单元格只在首行显示。', ...rows].join('\n') });
    expect(merged.tasks.map((t) => [t.lead, t.participants, t.due])).toEqual([
      [['区教育局'], ['区财政局'], ['2025-08-31']],
      [['区教育局'], ['区住建局'], ['2025-08-31']],
    ]);
    // Without that note an empty cell is simply empty.
    const plain = await parsePlan({ text: ['某区2025年实事分解表', ...rows].join('\n') });
    expect(plain.tasks.map((t) => [t.lead, t.due])).toEqual([
      [['区教育局'], ['2025-08-31']],
      [[], []],
    ]);
  });
});

describe('tables of rows typed with runs of spaces, not aligned under the header', () => {
  it('reads a double run as an empty cell and puts a wrapped line on the last cell', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年重点工作推进情况表',
        '序号   重点工作   目标任务   牵头单位   责任单位   时间节点   进展情况',
        '1   建设智慧停车平台   新增泊位2000个   市城管局   市公安局   10月底   已完成选址。',
        '2   推进数字化转型   完成项目300个   市工信局      持续推进   已完成120个,',
        '      另有40个在建。',
        '3   扩建中小学校   新增学位3000个   市教育局      8月底   主体完工。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due, t.ongoing])).toEqual([
      ['1', ['市城管局'], ['市公安局'], ['2025-10-31'], false],
      ['2', ['市工信局'], [], [], true],
      ['3', ['市教育局'], [], ['2025-08-31'], false],
    ]);
    expect(plan.indicators.find((i) => i.target === 3000)?.due).toBe('2025-08-31');
  });
});

describe('a note on a row saying its leads answer each for their part', () => {
  it('makes the leads separate, from a note column or a bracket closing the duty', async () => {
    const plan = await parsePlan({
      text: [
        '某市安全生产整治任务',
        '| 序号 | 整治内容 | 牵头部门 | 完成时限 | 备注 |',
        '| 1 | 开展危化品企业老旧装置改造 | 市应急管理局、市工信局 | 2025年底前 | 两部门按职责分工负责 |',
        '| 2 | 对商场燃气使用开展检查(按职责分工负责) | 市住建局、市市场监管局 | 2025年6月底前 |  |',
        '| 3 | 开展矿山隐患排查 | 市应急管理局 | 2025年9月底前 | 汛期重点 |',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead.length, t.separateLeads])).toEqual([
      ['1', 2, true],
      ['2', 2, true],
      ['3', 1, false],
    ]);
  });
});
