import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

const doc = (preamble: string) =>
  [
    '长宁县2024年卫生健康工作要点',
    preamble,
    '一、重点工作',
    '1.推进县医院胸痛中心建设。年底前通过省级评审(县卫健局负责)。',
    '2.做好免疫规划工作。适龄儿童免疫规划疫苗接种率保持在95%以上(县疾控中心负责)。',
  ].join('\n');

describe('goals in an unnumbered preamble paragraph', () => {
  it('reads the targets of a 主要目标 paragraph between the title and 一、', async () => {
    const plan = await parsePlan({ text: doc('2024年全县卫生健康工作的主要目标是:人均预期寿命达到80.1岁,婴儿死亡率控制在3.5‰以下。') });
    const byName = plan.indicators.map((i) => [i.target, i.unit, i.comparator]);
    expect(byName).toContainEqual([80.1, '岁', '=']);
    expect(byName).toContainEqual([3.5, '‰', '<=']);
    // The item's own target is still read, once.
    expect(plan.indicators.filter((i) => i.target === 95)).toHaveLength(1);
    expect(plan.tasks).toHaveLength(2);
  });

  it('joins a goal sentence wrapped over several lines of a PDF copy', async () => {
    const plan = await parsePlan({ text: doc('全年工作的总体要求是:巩固创建成果,力争新增省级卫生村\n25个,农村卫生厕所普及率\n达到90%。') });
    const got = plan.indicators.map((i) => [i.target, i.unit]);
    expect(got).toContainEqual([25, '个']);
    expect(got).toContainEqual([90, '%']);
    expect(plan.indicators.find((i) => i.target === 90)?.text.replace(/\s/g, '')).toContain('农村卫生厕所普及率达到90%');
  });

  it('ignores background figures that state no goal', async () => {
    const plan = await parsePlan({ text: doc('2023年,全县人均预期寿命达到79.6岁,各项工作取得明显成效。') });
    expect(plan.indicators.map((i) => i.target)).toEqual([95]);
  });

  it('joins a goal wrapped over lines under a 主要目标 heading', async () => {
    const text = [
      '长宁县卫生健康事业发展行动方案(2024—2026年)',
      '一、主要目标',
      '到2026年,全县每千人口执业(助理)医师数达到3.2人,孕产妇系统管理率',
      '达到95%以上。',
      '二、重点任务',
      '1.推进县医院胸痛中心建设(县卫健局负责)。',
    ].join('\n');
    const plan = await parsePlan({ text });
    const got = plan.indicators.map((i) => [i.target, i.unit, i.text.replace(/\s/g, '')]);
    expect(got.find((g) => g[0] === 95)?.[2]).toContain('孕产妇系统管理率达到95%以上');
    expect(got.map((g) => g[0])).toContain(3.2);
  });

  it('reads a 全年 goal sentence, and the goals before a plan that is one table', async () => {
    const yearly = await parsePlan({ text: doc('全年农产品抽检合格率稳定在98%以上,各项工作安排如下。') });
    expect(yearly.indicators.map((i) => [i.target, i.comparator])).toContainEqual([98, '>=']);
    const table = await parsePlan({
      text: [
        '某县2025年全民健身工作任务',
        '2025年,全县经常参加体育锻炼人数比例力争达到40%,各项任务分工如下。',
        '| 序号 | 工作任务 | 牵头单位 | 完成时限 |',
        '| 1 | 举办群众性体育赛事不少于60项次 | 县文体局 | 2025年12月 |',
      ].join('\n'),
    });
    expect(table.indicators.map((i) => [i.target, i.unit])).toEqual([
      [40, '%'],
      [60, '项次'],
    ]);
  });
});
