import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('an item written as a record of fields', () => {
  const plan = parsePlan({
    text: [
      '某区2025年重点项目推进台账(三季度)',
      '一、城建项目',
      '1.老城排水改造工程',
      '分管区领导:张明',
      '责任单位:区住建局',
      '配合单位:区城管局、东城街道办事处',
      '项目内容:改造雨污管网9公里',
      '完成时限:2025年11月',
      '三季度进展:已完成管网铺设6公里',
      '2.滨河绿道工程',
      '责任单位:区园林中心',
      '建设内容:新建绿道5公里',
      '完成时限:持续推进',
      '完成情况:已完成2公里',
    ].join('\n'),
  });

  it('reads role lines and the time limit around fields that name no role', async () => {
    expect((await plan).tasks.map((t) => [t.number, t.lead, t.participants, t.due, t.ongoing])).toEqual([
      ['1', ['区住建局'], ['区城管局', '东城街道办事处'], ['2025-11-30'], false],
      ['2', ['区园林中心'], [], [], true],
    ]);
  });

  it('keeps progress fields out of the duty and its targets', async () => {
    const p = await plan;
    expect(p.tasks.map((t) => t.text.includes('已完成'))).toEqual([false, false]);
    expect(p.indicators.map((i) => i.target).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([5, 9]);
  });
});
