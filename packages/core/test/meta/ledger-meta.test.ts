import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const meta = async (lines: string[]) => (await parsePlan({ text: lines.join('\n') })).meta;

describe('meta of ledgers and sheets', () => {
  it('reads the 填报单位 and 填报日期 filled in under a ledger title as issuer and date', async () => {
    const m = await meta([
      '某省农业农村厅2025年重点工作任务台账',
      '填报单位:某省农业农村厅办公室 填报日期:2025年7月8日',
      '序号\t重点任务\t牵头处室\t完成时限',
      '1\t新建高标准农田450万亩\t农田建设管理处\t2025年11月',
    ]);
    expect(m.issuer).toBe('某省农业农村厅办公室');
    expect(m.date).toBe('2025-07-08');
  });

  it('keeps the note of a 填报单位 written with one', async () => {
    const m = await meta([
      '某市2025年重点项目推进情况表',
      '填报单位:某市发展和改革委员会(市重点项目服务中心) 填报日期:2025年7月8日 单位:万元',
      '序号\t项目名称\t责任单位\t计划完成时间',
      '1\t市中医院门诊楼项目\t市中医院\t2025年12月',
    ]);
    expect(m.issuer).toBe('某市发展和改革委员会(市重点项目服务中心)');
  });

  it('leaves a blank 填报单位 / 填报时间 form line alone', async () => {
    const m = await meta([
      '某市2025年重点任务分工表',
      '填报单位:                    填报时间:2025年  月  日',
      '序号\t工作任务\t主体责任单位\t时间节点',
      '1\t建立健康教育体系\t市卫生健康委\t2025年12月',
    ]);
    expect(m.issuer).toBeNull();
    expect(m.date).toBeNull();
  });

  it('takes the office of a "X 制表" line (a 说明 sheet row) as the issuer', async () => {
    const m = await meta([
      '某市2025年重点任务分工表',
      '序号\t工作任务\t主体责任单位\t时间节点',
      '1\t建立健康教育体系\t市卫生健康委\t2025年12月',
      '填报说明',
      '1\t请各单位于每季度末月20日前报送完成情况。',
      '2\t某市健康城市建设推进委员会办公室 制表',
    ]);
    expect(m.issuer).toBe('某市健康城市建设推进委员会办公室');
  });

  it('takes the attached ledger title under a covering 通报, with its period note', async () => {
    const m = await meta([
      '关于2025年区政府重点工作一季度推进情况的通报',
      '某政督通〔2025〕3号',
      '各镇人民政府,区政府各委、局、办:',
      '现将有关情况通报如下。',
      '附件:2025年区政府重点工作推进情况台账(一季度)',
      '序号\t重点工作\t牵头单位\t完成时限\t一季度进展情况',
      '1\t新建养老服务设施4处\t区民政局\t2025年12月底\t已完成选址2处。',
      '某区人民政府办公室',
    ]);
    expect(m.title).toBe('2025年区政府重点工作推进情况台账(一季度)');
  });
});
