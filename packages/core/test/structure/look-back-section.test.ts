import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { isFindingsHeading } from '../../src/extract/structure/headings.js';

// A plan in our own words that opens on a look back: its figures are past results, the targets come later.
const PLAN = [
  '青山市地方病防治规划(2026-2030年)',
  '一、我市地方病防治现状',
  '    “十四五”规划目标全面完成。病区儿童检出率从2021年的6.2%下降到2025年的2.4%;报告暴发事件3起,比上一周期分别减少40.5%、36.1%。',
  '二、主要目标',
  '    到2030年,病区儿童检出率控制在2%以下。',
  '三、重点任务',
  '    (一)加强监测。每年开展监测不少于2次。(责任单位:市卫生健康委)',
].join('\n');

describe('look-back sections', () => {
  it.each(['一、发展现状', '(一)我省职业健康现状', '发展基础', '(二)“十四五”时期取得的成绩', '一、主要成就'])(
    '%s heads a look back',
    (h) => {
      expect(isFindingsHeading(h)).toBe(true);
    },
  );
  it.each(['(三)夯实政务公开工作基础', '二、主要目标', '(一)筑牢基层发展基础'])('%s does not', (h) => {
    expect(isFindingsHeading(h)).toBe(false);
  });

  it('reads no target from the 现状 section', async () => {
    const plan = await parsePlan({ text: PLAN });
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([
      [2, '%'],
      [2, '次'],
    ]);
  });
});
