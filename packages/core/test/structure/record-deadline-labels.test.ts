import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('time-limit labels of a rectification record', () => {
  const plan = parsePlan({
    text: [
      '某县水利局关于审计反馈问题整改工作方案',
      '一、整改清单',
      '1.问题:堤防巡查记录缺失。',
      '整改措施:建立巡查台账,每月抽查一次。',
      '责任单位:工程管理股',
      '配合单位:甲沟镇、乙城镇、丙山街道',
      '整改时限:2025年7月31日',
      '2.问题:水费收缴不及时。',
      '整改措施:清理欠费台账。',
      '责任单位:财务股',
      '整改期限:长期坚持',
      '3.问题:档案归档滞后。',
      '整改措施:补齐近三年项目档案。',
      '责任单位:办公室',
      '办结时限:2025年9月底前',
    ].join('\n'),
  });

  it('reads 整改时限 / 整改期限 / 办结时限 lines as the record’s deadline', async () => {
    expect((await plan).tasks.map((t) => [t.number, t.lead, t.due, t.ongoing])).toEqual([
      ['1', ['工程管理股'], ['2025-07-31'], false],
      ['2', ['财务股'], [], true],
      ['3', ['办公室'], ['2025-09-30'], false],
    ]);
  });

  it('keeps a town whose name holds 城 as a unit of the participant list', async () => {
    expect((await plan).tasks[0]?.participants).toEqual(['甲沟镇', '乙城镇', '丙山街道']);
  });

  it('reads a title of the form X关于Y工作方案 and a 党组 issuer', async () => {
    const p = await parsePlan({
      text: ['中共某县林业局党组关于专项检查反馈问题整改工作方案', '1.补种林木。(造林股负责)', '中共某县林业局党组', '2025年3月2日'].join(
        '\n',
      ),
    });
    expect([p.meta.title, p.meta.issuer]).toEqual(['中共某县林业局党组关于专项检查反馈问题整改工作方案', '中共某县林业局党组']);
  });
});

describe('a default time limit for rows whose 整改时限 is left blank', () => {
  it('fills the rows with no time limit from the note', async () => {
    const p = await parsePlan({
      text: [
        '某市环境问题整改清单',
        '整改时限未填写的,于2025年11月底前完成。',
        '序号\t问题\t整改措施\t责任单位\t整改时限',
        '1\t河道垃圾\t清运河道垃圾\t市城管局\t2025年6月底前',
        '2\t噪声扰民\t开展夜间施工检查\t市住建局\t',
      ].join('\n'),
    });
    expect(p.tasks.map((t) => t.due)).toEqual([['2025-06-30'], ['2025-11-30']]);
  });
});

describe('a time frame in the attribution beside a deadline in the duty', () => {
  it('keeps both the open-ended frame and the written deadline', async () => {
    const p = await parsePlan({
      text: ['某区2025年消防工作要点', '1.完善微型消防站建设,年底前实现社区全覆盖。(区消防救援大队负责,持续推进)'].join('\n'),
    });
    expect(p.tasks.map((t) => [t.due, t.ongoing])).toEqual([[['2025-12-31'], true]]);
  });
});
