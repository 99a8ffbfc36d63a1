import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const row = (t: { text: string; lead: string[]; participants: string[]; due: string[]; ongoing: boolean }) => [
  t.text.split('\n')[0],
  t.lead,
  t.participants,
  t.due,
  t.ongoing,
];

describe('rectification records headed by a finding, with goal fields before the measures', () => {
  it('keeps "1.反馈问题:X" ⏎ "整改目标:…" ⏎ "整改措施:…" ⏎ unit and time fields as one item', async () => {
    const text = [
      '某县督察反馈意见整改方案',
      '二、整改任务',
      '(一)水生态环境方面',
      '1.反馈问题:县城污水处理厂进水浓度偏低,老城区管网雨污混接问题突出。',
      '整改目标:县城老城区完成雨污分流改造,城市生活污水集中收集率达到70%以上。',
      '整改措施:开展县城排水管网全面排查,分片区实施雨污分流改造。',
      '责任领导:县委常委、副县长 刘洪涛',
      '牵头单位:县住房和城乡建设局',
      '责任单位:县财政局、岫岩镇人民政府',
      '整改时限:2026年12月底前完成并长期坚持',
      '2.反馈问题:部分玉石加工企业粉尘治理设施不完善,无组织排放问题突出。',
      '整改目标:玉石加工企业粉尘收集处理设施全部配套。',
      '整改措施:对全县玉石加工企业逐户建档,督促配齐集尘设施。',
      '责任领导:副县长 孙立军',
      '责任单位:县工业和信息化局、县生态环境分局',
      '整改时限:立行立改、长期坚持',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map(row)).toEqual([
      [
        '反馈问题:县城污水处理厂进水浓度偏低,老城区管网雨污混接问题突出。',
        ['县住房和城乡建设局'],
        ['县财政局', '岫岩镇人民政府'],
        ['2026-12-31'],
        true,
      ],
      ['反馈问题:部分玉石加工企业粉尘治理设施不完善,无组织排放问题突出。', ['县工业和信息化局'], ['县生态环境分局'], [], true],
    ]);
    // The goal takes the record's labelled time limit.
    expect(plan.indicators.map((i) => [i.target, i.due])).toContainEqual([70, '2026-12-31']);
  });

  it('makes an unnumbered "问题N:" line the head and duty text of the record under it', async () => {
    const text = [
      '某厅党组巡视反馈意见整改落实方案',
      '一、贯彻落实决策部署方面',
      '问题1:贯彻落实“四水四定”要求不够有力,部分市县用水总量管控不严。',
      '整改目标:全省万元GDP用水量较2025年下降3%。',
      '整改措施:一是将用水总量指标分解到市县;二是对超载地区暂停新增取水许可。',
      '责任领导:厅党组成员、副厅长 马建军',
      '责任处室:水资源管理处',
      '配合处室:规划计划处',
      '整改时限:2026年12月底前完成并长期坚持',
      '',
      '问题2:引洮供水二期配套工程建设进度滞后。',
      '整改目标:剩余配套管网全部建成通水。',
      '整改措施:一是建立周调度工作机制;二是协调解决征地拆迁等制约因素。',
      '责任领导:厅党组成员、副厅长 王旭东',
      '责任处室:建设管理处、规划计划处',
      '整改时限:2026年10月底前',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.number, ...row(t)])).toEqual([
      ['1', '问题1:贯彻落实“四水四定”要求不够有力,部分市县用水总量管控不严。', ['水资源管理处'], ['规划计划处'], ['2026-12-31'], true],
      ['2', '问题2:引洮供水二期配套工程建设进度滞后。', ['建设管理处'], ['规划计划处'], ['2026-10-31'], false],
    ]);
    expect(plan.indicators.map((i) => [i.name, i.due])).toEqual([['全省万元GDP用水量', '2026-12-31']]);
  });
});
