import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { closingTimeFrame } from '../../src/extract/dates/index.js';

describe('a section heading that points to its task table', () => {
  it('reads no duty from "重点任务" whose body sends the reader to a table or an attachment', async () => {
    for (const pointer of [
      '重点任务及责任分工见下表。',
      '围绕养老服务三个方面推进改革,具体任务见附表《某县养老服务任务分工表》。',
      '各项任务按照《某县创建任务分解表》(附件)落实,表中“责任单位”为牵头单位。',
      '重点任务按附件《某县健康乡村建设任务分工表》组织实施。',
      '重点任务分工见附件。各牵头单位每年12月10日前报送年度进展。',
    ]) {
      const plan = await parsePlan({
        text: [
          '某县2026年健康乡村建设实施方案',
          '一、重点任务',
          pointer,
          '二、工作要求',
          '(一)加强组织领导。各乡镇要定期研究推进工作。',
        ].join('\n'),
      });
      expect(
        plan.tasks.map((t) => t.number),
        pointer,
      ).toEqual(['(一)']);
    }
  });

  it('keeps a heading whose duty only mentions an attachment later on', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年健康乡村建设实施方案',
        '一、建设村卫生室',
        '新建标准化村卫生室12所,建设标准见附件。(县卫健局负责)',
        '二、培训乡村医生',
        '年内培训乡村医生300人次。(县卫健局负责)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.number)).toEqual(['一', '二']);
  });
});

describe('open-ended time frames', () => {
  it('reads a time frame closing the attribution bracket after its units', () => {
    expect(closingTimeFrame('开展收费专项检查。(主责单位:市发改委、市市场监管局,按职责分工负责;长期坚持)')).toBe(true);
    expect(closingTimeFrame('开展收费专项检查。(牵头单位:市发改委;配合单位:市市场监管局)')).toBe(false);
  });

  it('reads a table row without a deadline column whose duty closes on its time frame as ongoing', async () => {
    const plan = await parsePlan({
      fileName: 'plan.html',
      text: [
        '<html><body><p>某区2026年爱国卫生工作任务分工</p><table>',
        '<tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>',
        '<tr><td>1</td><td>利用宣传日节点开展健康科普宣传,全年持续推进。</td><td>区委宣传部</td></tr>',
        '<tr><td>2</td><td>持续推进健康社区建设,组织健康家庭评选。</td><td>区卫健委</td></tr>',
        '</table></body></html>',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.ongoing])).toEqual([
      ['1', true],
      ['2', false],
    ]);
  });
});

describe('a default-deadline note', () => {
  it('is no duty when it is written as a numbered note item, and still fills the duties without a date', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年控烟工作方案',
        '一、重点任务',
        '1.开展无烟机关建设。(市直机关工委负责)',
        '2.开展控烟执法检查,7月底前完成。(市卫健委负责)',
        '注:1.带“*”的为考核指标。',
        '2.上述任务未注明完成时间的,均于2026年11月底前完成。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.due])).toEqual([
      ['1', ['2026-11-30']],
      ['2', ['2026-07-31']],
    ]);
  });
});

describe('a list of liaison officers', () => {
  it('reads no duty from a 联络员 table after the task table', async () => {
    const plan = await parsePlan({
      fileName: 'plan.html',
      text: [
        '<html><body><p>某县2026年为民办实事项目清单</p><table>',
        '<tr><td>序号</td><td>项目名称</td><td>责任单位</td><td>完成时限</td></tr>',
        '<tr><td>1</td><td>新建城西学校</td><td>县教育局</td><td>2026年8月31日前</td></tr>',
        '</table><p>为民办实事项目联络员名单</p><table>',
        '<tr><td>序号</td><td>责任单位</td><td>联络员</td><td>联系电话</td></tr>',
        '<tr><td>1</td><td>县教育局</td><td>张明</td><td>0734-5220001</td></tr>',
        '<tr><td>2</td><td>县民政局</td><td>李华</td><td>0734-5220002</td></tr>',
        '</table></body></html>',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead])).toEqual([['1', ['县教育局']]]);
  });
});

describe('a legend naming the 责任单位 slot the lead', () => {
  const plan = (legend: string) =>
    parsePlan({
      text: [
        '某市2026年卫生健康民生项目实施方案',
        legend,
        '一、项目内容',
        '(一)开展基层巡诊,覆盖全市行政村。',
        '责任单位:市卫健委、各区人民政府',
        '完成时限:2026年12月底前',
      ].join('\n'),
    });

  it('makes every unit of a 责任单位 list a lead under "所列“责任单位”为项目牵头单位"', async () => {
    const p = await plan('方案所列“责任单位”为项目牵头单位,“配合单位”协助推进。');
    expect(p.tasks.map((t) => [t.lead, t.participants])).toEqual([[['市卫健委', '各区人民政府'], []]]);
  });

  it('keeps the first unit alone as lead under "第一责任单位为牵头单位"', async () => {
    const p = await plan('表中第一责任单位为牵头单位,请牵头单位会同其他责任单位抓好落实。');
    expect(p.tasks.map((t) => [t.lead, t.participants])).toEqual([[['市卫健委'], ['各区人民政府']]]);
  });
});

describe('first-unit rules written with 排名 / 排序', () => {
  it('reads "排名第一的为牵头单位,下同" after a bracketed list', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年健康行动工作要点',
        '一、健康知识普及',
        '1.组建健康科普专家库,开展巡讲活动不少于50场次。(市卫健委、市委宣传部、市教育局,排名第一的为牵头单位,下同)',
        '2.开展健康素养监测。(市卫健委、市统计局)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['市卫健委'], ['市委宣传部', '市教育局']],
      [['市卫健委'], ['市统计局']],
    ]);
  });
});

describe('an item number before an age range', () => {
  it('reads "2.30—70岁人群…" after item 1 as item 2, not the decimal 2.30', async () => {
    const plan = await parsePlan({
      text: [
        '某省2026年慢性病防治工作要点',
        '一、慢性病防治',
        '1.老年人健康管理率达到62%。(省卫健委负责)',
        '2.30—70岁人群重大慢性病过早死亡率较上年下降2%。(省卫健委牵头)',
        '3.高血压患者规范管理率达到65%以上。(省卫健委牵头,省医保局配合)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
  });
});
