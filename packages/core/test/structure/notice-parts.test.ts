import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const numbers = async (lines: string[]) => (await parsePlan({ text: lines.join('\n') })).tasks.map((t) => t.number);

describe('parts of a page that are not the plan body', () => {
  it('reads no duties from a policy interpretation published after the plan', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年民生工作任务分解',
        '(一)办好教育实事',
        '1.新建公办幼儿园2所。【牵头单位:县教育局;完成时限:8月底前】',
        '2.落实困难学生资助政策,按时发放助学金。【牵头单位:县教育局;配合单位:县财政局;完成时限:每学期】',
        '《某县2025年民生工作任务分解》政策解读',
        '一、制定背景',
        '为推动民生工作落实,制定本方案。',
        '二、主要内容',
        '(一)明确分工。方案确定2项任务,逐项明确牵头单位。',
        '(二)强化考核。建立季度通报制度。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([
      ['1', ['县教育局'], []],
      ['2', ['县教育局'], ['县财政局']],
    ]);
  });
  it('skips a part headed 第一部分 通知', async () => {
    expect(
      await numbers([
        '第一部分 通知',
        '各科室:',
        '现将任务印发给你们。',
        '第二部分 任务',
        '某县2025年卫生重点工作任务',
        '1.新建村卫生室8所。(基层科负责)',
        '2.开展义诊20场。(医政科负责)',
      ]),
    ).toEqual(['1', '2']);
  });
  it('skips the requests of a notice whose title closes on its document number', async () => {
    expect(
      await numbers([
        '某市人民政府办公室关于印发2025年重点工作任务分解的通知(某府办〔2025〕8号)',
        '一、压实责任。各单位要主动对接。',
        '二、按月调度。每月25日前报送进展。',
        '2025年重点工作任务分解',
        '1.新建公园3个。(市林业局负责)',
      ]),
    ).toEqual(['1']);
  });
  it('reads 活动时间 and 活动主题 sections of an activity plan as no duties', async () => {
    expect(
      await numbers([
        '某镇卫生月活动方案',
        '一、活动时间',
        '5月1日至5月31日。',
        '二、活动主题',
        '“清洁家园”。',
        '三、活动内容',
        '1.清理垃圾不少于50吨。(镇环卫站负责)',
      ]),
    ).toEqual(['1']);
  });
});
