import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const doc = (intro: string) =>
  [
    '某区2024年健康城市建设工作要点',
    '一、重点任务',
    '(一)营造健康环境',
    '1.推进城市生活垃圾分类,回收利用率达到36%以上。',
    '牵头单位:区城市管理局 配合单位:区住建局',
    '(二)构建健康社会',
    intro,
    '2.深化食品安全示范城市创建,全年完成食品安全抽检3500批次。',
    '牵头单位:区市场监管局',
  ].join('\n');

describe('an inline list in the body of a heading that also has numbered items', () => {
  it('gives one task per list item under the list attribution', async () => {
    const plan = await parsePlan({
      text: doc(
        '要着力抓好以下工作:(1)健全养老保险参保扩面机制,实现应保尽保;(2)建成社区养老服务站8个;(3)开展托育服务能力提升行动。责任单位:区民政局、区卫生健康局。',
      ),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([
      ['1', ['区城市管理局'], ['区住建局']],
      ['(1)', ['区民政局'], ['区卫生健康局']],
      ['(2)', ['区民政局'], ['区卫生健康局']],
      ['(3)', ['区民政局'], ['区卫生健康局']],
      ['2', ['区市场监管局'], []],
    ]);
  });

  it('leaves an unattributed intro list alone', async () => {
    const plan = await parsePlan({
      text: doc('主要包括:(1)健全养老保险参保扩面机制;(2)建成社区养老服务站网络;(3)提升托育服务能力水平。'),
    });
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
  });
});
