import { describe, expect, it } from 'vitest';
import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { tabStops } from '../../src/extract/formats/pdf-spacing.js';

const run = (text: string, x: number, y: number, width = text.length * 10): Positioned => ({ text, x, right: x + width, y, size: 10 });
const STEP = 35.45;
const stop = (k: number) => 56.8 + k * STEP;
/** Three typed spaces of a Latin font (6 points each) after a tab. */
const AFTER_TAB = stop(1) + 18;

describe('tabStops: a column typed as a tab and a few spaces', () => {
  // `1<tab>   任务<tab>单位<tab>时限`: the task column starts three spaces past the first stop.
  const row = (y: number, n: string, task: string, unitStop: number, due: string) => [
    run(n, 56.8, y, 6),
    run(task, AFTER_TAB, y),
    run('区卫健委', stop(unitStop), y),
    run(due, stop(13), y),
  ];
  const table = [
    [run('序号', 56.8, 715), run('任务', stop(1), 715), run('单位', stop(3), 715), run('时限', stop(5), 715)],
    row(700, '1', '建设社区服务中心', 8, '2025年底'),
    row(685, '2', '改造老旧管网', 8, '持续推进'),
    row(670, '3', '开展健康讲座进社区活动', 10, '每季度'),
    row(655, '4', '完善应急预案', 8, '2025年6月'),
  ];

  it('finds the stops though the second column is off them', () => {
    const tabs = tabStops(table);
    expect(tabs).not.toBeNull();
    expect(Math.abs(tabs!.left + 13 * tabs!.step - stop(13))).toBeLessThan(0.1);
  });

  it('finds none on a page of lines typed with spaces whose columns sit a few spaces past stops', () => {
    const spaced = [0, 1, 2, 3, 4].map((k) => [
      run('重点任务', 56.8, 700 - k * 15),
      run('牵头单位', AFTER_TAB + 70, 700 - k * 15),
      run('完成时限', stop(7) + 12, 700 - k * 15),
    ]);
    expect(tabStops(spaced)).toBeNull();
  });
});
