import { describe, expect, it } from 'vitest';
import { labelDue } from '../../src/extract/indicators/indicator-due.js';
import { parsePlan } from '../../src/index.js';

const duesOf = async (lines: string[]) => (await parsePlan({ text: lines.join('\n') })).indicators.map((i) => [i.target, i.due]);

describe('a deadline that opens a later clause with its own quantity', () => {
  it('is that clause’s deadline, not the earlier target’s', async () => {
    expect(
      await duesOf(['某区2026年养老服务工作要点', '1.推进适老化改造,完成改造家庭500户,10月底前建成社区食堂4家。(区民政局负责)']),
    ).toEqual([
      [500, '2026-12-31'],
      [4, '2026-10-31'],
    ]);
  });
  it('still closes the target’s own work when it names no quantity', async () => {
    expect(await duesOf(['某区2026年健康工作要点', '1.组织老年人体检,体检率不低于70%,9月30日前完成体检任务。(区卫生健康委负责)'])).toEqual([
      [70, '2026-09-30'],
    ]);
  });
});

describe('a quota per year under an item deadline', () => {
  it('is due at the annual plan’s year end', async () => {
    expect(
      await duesOf([
        '某县2026年医防融合工作方案',
        '1、建立疾控机构与医院人员交流机制,每年互派人员不少于8人次。',
        '牵头单位:县卫生健康局 时间节点:2026年5月底前',
      ]),
    ).toEqual([[8, '2026-12-31']]);
  });
  it('but a rate per head and year keeps the item deadline', async () => {
    expect(
      await duesOf(['某县2026年民生实事', '1.医保财政补助标准提高到每人每年700元。', '牵头单位:县医保局 完成时限:2026年6月底前']),
    ).toEqual([[700, '2026-06-30']]);
  });
});

describe('a deadline label naming dates separated by ;', () => {
  it('gives the last of them', () => {
    expect(labelDue('完成时限:2026年9月;2026年12月', 2026)).toBe('2026-12-31');
  });
});

describe('a deadline after the target that delivers the work’s product', () => {
  it('governs the target (…前形成报告)', async () => {
    expect(
      await duesOf(['某市2026年控烟工作方案', '1.开展成人吸烟率监测,完成调查样本600人,9月底前形成监测报告。(市疾控中心负责)']),
    ).toEqual([[600, '2026-09-30']]);
  });
});
