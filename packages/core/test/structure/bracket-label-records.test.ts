import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const roles = (plan: Awaited<ReturnType<typeof parsePlan>>) =>
  plan.tasks.map((t) => [t.text.slice(0, 6), t.lead, t.participants, t.due, t.ongoing]);

describe('labelled records written with 【】 labels', () => {
  it('reads 【label】value fields after the item, skipping leader, contact and phone fields', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年民生工程责任清单',
        '1.新建农贸市场2个，年内投入使用。【牵头县级领导】钱明【牵头单位】县商务局【协同单位】县市场监管局【责任人】孙亮【联系电话】0000-1234567【完成时限】2025年9月',
        '2.改造乡村道路60公里。【牵头县级领导】李红【牵头单位】县交通运输局【责任人】周平【完成时限】持续推进',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['新建农贸市场', ['县商务局'], ['县市场监管局'], ['2025-09-30'], false],
      ['改造乡村道路', ['县交通运输局'], [], [], true],
    ]);
  });

  it('reads 主要协作单位 as the participants beside 牵头责任单位', async () => {
    const plan = await parsePlan({
      text: [
        '某省2025年康养产业行动方案',
        '(一)壮大康养服务。建设康养示范社区30个。牵头责任单位:省民政厅;主要协作单位:省卫生健康委、省财政厅。',
        '(二)培育康养企业。培育骨干企业15家。牵头责任单位:省商务厅;主要协作单位:省市场监管局。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['省民政厅'], ['省卫生健康委', '省财政厅']],
      [['省商务厅'], ['省市场监管局']],
    ]);
  });

  it('reads a 【label】 that opens the fields right after the full stop as a label, not as a lead named 牵头单位', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年政务服务提升清单',
        '1.推行证照联办。新增联办事项8项。【牵头单位】市行政审批局【配合单位】市公安局、市税务局【完成时限】2025年6月底前',
        '2.清理中介服务。公布中介事项清单。〔责任单位〕市发展改革委、市财政局〔完成时限〕2025年8月底前',
        '3.优化水电报装。报装时间压减一半。[牵头部门]市住建局(市城管局)[协同部门]市水务集团',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.lead, t.participants, t.due])).toEqual([
      ['推行证照联办', ['市行政审批局'], ['市公安局', '市税务局'], ['2025-06-30']],
      ['清理中介服务', ['市发展改革委'], ['市财政局'], ['2025-08-31']],
      ['优化水电报装', ['市住建局(市城管局)'], ['市水务集团'], []],
    ]);
  });

  it('still reads a round (牵头) after a unit as its role marker', async () => {
    const plan = await parsePlan({
      text: ['某区2025年健康促进清单', '1.举办健康知识竞赛。(区卫健委(牵头)、区教育局)'].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([[['区卫健委'], ['区教育局']]]);
  });

  it('reads 【label】 fields wrapped over two lines: a label opening the next line, a value on the next line', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年乡村振兴重点工作责任清单',
        '一、推进乡村产业发展',
        '1.建设标准化种植基地2万亩，推动品牌进超市。',
        '【牵头单位】县农业农村局 【责任单位】城关镇、桥头镇人民政府',
        '【完成时限】2026年9月',
        '2.规范使用衔接补助资金，用于产业发展的比例不低于60%。',
        '【牵头单位】县财政局 【责任单位】县发展和改革局 【完成时限】',
        '2026年6月',
        '3.培育农民专业合作社示范社10家。',
        '【责任单位】县农业农村局',
        '【完成时限】长期',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['建设标准化种', ['县农业农村局'], ['城关镇人民政府', '桥头镇人民政府'], ['2026-09-30'], false],
      ['规范使用衔接', ['县财政局'], ['县发展和改革局'], ['2026-06-30'], false],
      ['培育农民专业', ['县农业农村局'], [], [], true],
    ]);
  });

  it('still drops a site metadata line in 【】 that names no field', async () => {
    const plan = await parsePlan({
      text: ['某县2026年重点工作清单', '【发布机构】县政府办', '1.改造农村户厕1500座。【牵头单位】县农业农村局【完成时限】2026年10月'].join(
        '\n',
      ),
    });
    expect(roles(plan)).toEqual([['改造农村户厕', ['县农业农村局'], [], ['2026-10-31'], false]]);
  });
});
