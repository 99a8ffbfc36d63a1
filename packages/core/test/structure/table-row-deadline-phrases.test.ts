import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a duty table without a deadline column', () => {
  it('takes the deadline phrase written in a row and gives it to the row targets', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年重点项目推进表',
        '序号\t项目名称\t建设内容\t年度目标\t牵头单位\t责任单位',
        '1\t城东污水处理厂扩建项目\t新增污水处理能力5万吨\t2026年10月底前完工投运\t市水务局\t城东区人民政府',
        '2\t滨河公园项目\t建设滨河绿道12公里\t持续推进\t市园林局\t城西区人民政府',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.due, t.ongoing])).toEqual([
      [['2026-10-31'], false],
      [[], false],
    ]);
    expect(plan.indicators.find((i) => i.target === 5)?.due).toBe('2026-10-31');
  });
  it('reads the next period schedule of a ledger as a note, not as a deadline', async () => {
    const plan = await parsePlan({
      text: [
        '某县卫生健康局重点工作进展情况',
        '序号\t重点工作任务\t责任单位\t4-6月份进展情况\t7-9月份进度安排',
        '1\t建设县域医学影像中心\t县卫生健康局\t完成设备招标\t9月底前投入使用',
        '2\t推进家庭医生签约服务\t县卫生健康局\t签约率76%\t持续开展签约',
        '备注:以上任务完成时限均为2024年12月底。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.text, t.due, t.ongoing])).toEqual([
      ['建设县域医学影像中心', ['2024-12-31'], false],
      ['推进家庭医生签约服务', ['2024-12-31'], false],
    ]);
  });
});
