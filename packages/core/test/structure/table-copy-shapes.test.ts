import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

const parse = async (lines: string[]) => parsePlan({ bytes: new TextEncoder().encode(lines.join('\n')), fileName: 'plan.txt' });
const rows = (plan: Awaited<ReturnType<typeof parse>>) => plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due, t.ongoing]);

describe('tables as copied from web pages', () => {
  it('reads a table copied one cell per line with a lone | between cells, and a group cell before each group', async () => {
    const plan = await parse([
      '青川县2025年便民服务提升任务清单',
      '工作领域',
      '|',
      '序号',
      '|',
      '工作任务',
      '|',
      '牵头单位',
      '|',
      '配合单位',
      '|',
      '完成时限',
      '|',
      '窗口服务',
      '|',
      '1',
      '|',
      '在县政务大厅设置老年人绿色通道,配备导办人员。',
      '|',
      '县政务服务局',
      '|',
      '县民政局、县残联',
      '|',
      '2025年3月底前',
      '|',
      '2',
      '|',
      '推行证明事项告知承诺制,公布承诺事项清单。',
      '|',
      '县司法局',
      '|',
      '|',
      '持续推进',
      '|',
      '基层服务',
      '|',
      '3',
      '|',
      '在各乡镇便民服务中心开通医保报销代办服务。',
      '|',
      '县医保局',
      '|',
      '各乡镇人民政府',
      '|',
      '2025年6月底前',
      '|',
      '4',
      '|',
      '建立村级代办员队伍,每村至少明确1名代办员。',
      '|',
      '县农业农村局',
      '|',
      '县财政局',
      '|',
      '2025年9月底前',
      '|',
    ]);
    expect(rows(plan)).toEqual([
      ['1', ['县政务服务局'], ['县民政局', '县残联'], ['2025-03-31'], false],
      ['2', ['县司法局'], [], [], true],
      ['3', ['县医保局'], ['各乡镇人民政府'], ['2025-06-30'], false],
      ['4', ['县农业农村局'], ['县财政局'], ['2025-09-30'], false],
    ]);
    // The group cells are headings of their rows, not tasks or units.
    expect(plan.tasks[2]?.path).toEqual(['基层服务']);
  });

  it('splits header labels a single space apart in a space-aligned table, so the columns stay in place', async () => {
    const plan = await parse([
      '平远县2025年重点项目推进台账',
      '',
      '序号 项目名称                  牵头     主体          配合          完成',
      '                              县领导   责任单位      责任单位      时限',
      '1    建成县中医院康复大楼      王建国   县卫生健康局  县住建局      10月底',
      '2    改造城区供水管网12公里    李晓东   县水务局      县财政局、县  12月底',
      '                                                     自然资源局',
    ]);
    expect(rows(plan)).toEqual([
      ['1', ['县卫生健康局'], ['县住建局'], ['2025-10-31'], false],
      ['2', ['县水务局'], ['县财政局', '县自然资源局'], ['2025-12-31'], false],
    ]);
  });

  it('reads a target table whose year columns are labelled 完成值 and 目标 as indicators, not tasks', async () => {
    const plan = await parse([
      '2025年区政府工作报告主要目标任务分解',
      '一、主要预期目标',
      '序号',
      '指标名称',
      '单位',
      '2024年完成值',
      '2025年目标',
      '责任单位',
      '1',
      '地区生产总值增长',
      '%',
      '5.1',
      '6',
      '区发展改革局',
      '2',
      '城镇新增就业',
      '人',
      '5200',
      '5000',
      '区人社局',
      '二、重点工作任务',
      '1.新建社区养老服务站10个。(区民政局牵头,区财政局配合)',
      '2.改造农村公路40公里。(区交通运输局负责,9月底前)',
    ]);
    expect(plan.tasks.map((t) => t.text)).toEqual([
      '新建社区养老服务站10个。(区民政局牵头,区财政局配合)',
      '改造农村公路40公里。(区交通运输局负责,9月底前)',
    ]);
    expect(plan.indicators.map((i) => [i.name, i.target])).toEqual(
      expect.arrayContaining([
        ['地区生产总值增长', 6],
        ['城镇新增就业', 5000],
      ]),
    );
  });
});

describe('numbered headings written with a comma', () => {
  it('keeps the first item under each heading, numbered afresh or going on', async () => {
    const plan = await parse([
      '一、稳住经济大盘,推动高质量发展',
      '1.新建标准厂房20万平方米。',
      '牵头单位:县工信局',
      '2.新增市场主体3000户。',
      '牵头单位:县市场监管局',
      '二、办好民生实事,增进群众福祉',
      '3.新增城镇就业1200人。',
      '牵头单位:县人社局',
      '三、守住安全底线,维护社会稳定',
      '1.开展燃气安全专项整治。',
      '牵头单位:县住建局',
    ]);
    expect(plan.tasks.map((t) => [t.number, t.lead])).toEqual([
      ['1', ['县工信局']],
      ['2', ['县市场监管局']],
      ['3', ['县人社局']],
      ['1', ['县住建局']],
    ]);
  });
});

describe('page metadata and duty headings', () => {
  it('drops a metadata table whose labels sit in square brackets, and reads the items under a 夯实…基础 heading', async () => {
    const html = [
      '<table><tr><td>[索引号]</td><td>000014349/2025-00031</td><td>[发文字号]</td><td>X政办发〔2025〕7号</td></tr>',
      '<tr><td>[发文机构]</td><td>某区人民政府办公室</td><td>[成文日期]</td><td>2025-04-01</td></tr></table>',
      '<p>一、推进决策公开</p>',
      '<p>(一)公开重大行政决策事项目录。(区司法局负责)</p>',
      '<p>二、夯实公开工作基础</p>',
      '<p>(二)规范依申请公开办理。(区政府办公室牵头,区政府各部门配合)</p>',
      '<p>(三)加强政务新媒体管理。(区委网信办负责)</p>',
    ].join('');
    const plan = await parsePlan({ bytes: new TextEncoder().encode(html), fileName: 'page.html' });
    expect(plan.tasks.map((t) => [t.number, t.kind, t.lead])).toEqual([
      ['(一)', 'task', ['区司法局']],
      ['(二)', 'task', ['区政府办公室']],
      ['(三)', 'task', ['区委网信办']],
    ]);
  });
});
