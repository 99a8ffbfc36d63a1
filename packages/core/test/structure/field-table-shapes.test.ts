import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const rows = (plan: Awaited<ReturnType<typeof parsePlan>>) => plan.tasks.map((t) => [t.text.slice(0, 8), t.lead, t.participants, t.due]);

describe('table shapes seen on field pages', () => {
  it('reads a tab-separated table: empty cells keep their column, progress columns are not units', () => {
    return parsePlan({
      text: [
        '某县2025年便民服务项目推进表',
        '序号\t服务项目\t年度目标\t牵头单位\t配合单位\t上半年进展\t备注',
        '1\t社区食堂建设\t新建社区食堂8个\t县民政局\t县商务局\t已选址\t',
        '2\t街巷照明改造\t更换路灯300盏\t县城管局\t\t完成招标\t',
        '3\t校园安全提升\t改造校门岗亭12处\t县教育局\t县公安局、县财政局\t\t',
      ].join('\n'),
    }).then((plan) =>
      expect(rows(plan)).toEqual([
        [expect.any(String), ['县民政局'], ['县商务局'], []],
        [expect.any(String), ['县城管局'], [], []],
        [expect.any(String), ['县教育局'], ['县公安局', '县财政局'], []],
      ]),
    );
  });

  it('reads a tab table whose second header row splits the unit column into lead and participants', async () => {
    const plan = await parsePlan({
      text: [
        '某局2025年政务公开任务台账',
        '序号\t工作任务\t具体措施\t责任科室\t\t完成时间',
        '\t\t\t牵头\t配合\t',
        '1\t公开抽检结果\t按月公布抽检名单\t检测科\t办公室\t每月',
        '2\t编制年度报告\t按时发布年度报告\t办公室\t\t2025年1月',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['检测科'], ['办公室']],
      [['办公室'], []],
    ]);
  });

  it('keeps names in a leader column (header split over two lines) out of the units', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年重点工作任务分解表',
        '序号',
        '重点任务',
        '分管',
        '领导',
        '牵头单位',
        '配合单位',
        '完成时限',
        '1',
        '新建城市公园5个',
        '赵建国',
        '市园林局',
        '市财政局',
        '2025年10月',
        '2',
        '改造燃气管道80公里',
        '钱志远',
        '市住建局',
        '2025年12月',
      ].join('\n'),
    });
    expect(rows(plan)).toEqual([
      ['新建城市公园5个', ['市园林局'], ['市财政局'], ['2025-10-31']],
      ['改造燃气管道80', ['市住建局'], [], ['2025-12-31']],
    ]);
  });
});
