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
});
