import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

type Plan = Awaited<ReturnType<typeof parsePlan>>;
const roles = (plan: Plan) => plan.tasks.map((t) => [t.number, t.text.slice(0, 8), t.lead, t.participants, t.due, t.ongoing]);

describe('records written on one line', () => {
  it('reads 【序号】…【督办事项】…【责任单位】…【办结时限】… lines, skipping leaders, progress and ratings', async () => {
    const plan = await parsePlan({
      text: [
        '某市督查室关于重点督办事项推进情况的通报',
        '附件:重点督办事项进展情况表',
        '【序号】1【督办事项】推进某港区码头三期工程建设【牵头市领导】某某【责任单位】市交通运输局、某港集团【办结时限】2026年12月底【进展情况】完成78%【评价】绿',
        '【序号】2【督办事项】建成市医院东院区并投入使用【牵头市领导】某某【责任单位】市卫生健康委(牵头)、市城投集团【办结时限】持续推进【进展情况】装修中【评价】黄',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', '推进某港区码头三', ['市交通运输局'], ['某港集团'], ['2026-12-31'], false],
      ['2', '建成市医院东院区', ['市卫生健康委'], ['市城投集团'], [], true],
    ]);
  });

  it('reads fields side by side on a line and one duty per item of a measures field', async () => {
    const plan = await parsePlan({
      text: [
        '某局党组关于巡察整改进展情况的通报',
        '二、反馈问题整改台账',
        '问题一:项目资金拨付不规范。',
        '整改措施:(1)对项目资金逐笔核查;(2)建立项目资金拨付台账;(3)对违规拨付的资金限期追回。',
        '责任领导:某某(副局长)',
        '责任科室:计划财务科  配合单位:城建档案馆、市更新服务中心',
        '整改时限:2026年9月底前',
        '问题二:物业服务投诉办理不及时。',
        '整改措施:建立物业投诉“接诉即办”机制。 责任领导:某某 责任科室:物业管理科 配合单位:各街道办事处 整改时限:持续推进 整改情况:正在推进',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['(1)', '对项目资金逐笔核', ['计划财务科'], ['城建档案馆', '市更新服务中心'], ['2026-09-30'], false],
      ['(2)', '建立项目资金拨付', ['计划财务科'], ['城建档案馆', '市更新服务中心'], ['2026-09-30'], false],
      ['(3)', '对违规拨付的资金', ['计划财务科'], ['城建档案馆', '市更新服务中心'], ['2026-09-30'], false],
      [null, '建立物业投诉“接', ['物业管理科'], ['各街道办事处'], [], true],
    ]);
  });
});
