import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';
import { parsePlan } from '../../src/index.js';

const ctx = { planYear: 2026, annual: true, line: 1 };
const read = (s: string) => extractIndicators(s, 0, ctx).map((i) => [i.target, i.unit, i.comparator]);

describe('counts that the older rules took for scope or status', () => {
  it('reads a national count after 覆盖', () => {
    expect(read('组织开展饮用水卫生监测,覆盖全国150个监测点。')).toEqual([[150, '个', '=']]);
  });
  it('reads work done to what was built before ("完成已建…")', () => {
    expect(read('新建灌溉渠道12公里,完成已建渠道防渗改造3.5公里。')).toEqual([
      [12, '公里', '='],
      [3.5, '公里', '='],
    ]);
    expect(read('已建成灌溉渠道12公里。')).toEqual([]);
  });
  it('reads batches as a measure word', () => {
    expect(read('全年开展药品集中采购不少于4批。')).toEqual([[4, '批', '>=']]);
  });
});

describe('a rate to move, stated in the paragraph before the first item', () => {
  it('is a goal', async () => {
    const plan = await parsePlan({
      text: [
        '某省2026年精神卫生工作要点',
        '2026年,全省精神卫生工作要以提升服务能力为重点,焦虑障碍识别率提高3个百分点,其他指标见附件。',
        '一、完善服务体系',
        '1.推动县级医院开设心理门诊。(省卫生健康委负责)',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.target, i.unit, i.comparator])).toEqual([[3, '个百分点', 'increase_by']]);
  });
  it('reads a rate held below a level in the covering notice of a one-table plan', async () => {
    const plan = await parsePlan({
      text: [
        '某市卫生健康委员会关于印发《某市2026年妇幼健康工作重点任务清单》的通知',
        '现将《某市2026年妇幼健康工作重点任务清单》印发给你们。2026年全市新生儿死亡率控制在3‰以下。请抓好落实。',
        '序号\t工作任务\t责任单位\t完成时限',
        '1\t落实母婴安全五项制度\t市妇幼保健院\t长期',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.target, i.unit, i.comparator])).toEqual([[3, '‰', '<=']]);
  });
});

describe('numbers in a progress field of a record', () => {
  it('are where the work stands, not targets', () => {
    expect(
      read('【序号】2【督办事项】新建社区食堂20家【责任单位】市民政局【办结时限】2026年12月底【进展情况】已建成13家,完成65%【评价】黄'),
    ).toEqual([[20, '家', '=']]);
    expect(read('[督办事项]新增停车泊位800个[整改情况]新增泊位320个')).toEqual([[800, '个', '=']]);
  });
});
