import { describe, expect, it } from 'vitest';
import { cleanPdfBlocks, type PdfLine } from '../../src/extract/formats/pdf-lines.js';
import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { tabsBefore, tabStops } from '../../src/extract/formats/pdf-spacing.js';

const run = (text: string, x: number, y: number, width = text.length * 10): Positioned => ({ text, x, right: x + width, y, size: 10 });
/** A producer's stops: 1.25 cm from the margin at 56.8, as it rounds them (35.45 apart, not 35.43). */
const STEP = 35.45;
const stop = (k: number) => 56.8 + k * STEP;

/** A row typed with tabs: each cell at the stop given (its text ends well before the next). */
const tabRow = (y: number, cells: [string, number][]): Positioned[] => cells.map(([text, k]) => run(text, k === 0 ? 56.8 : stop(k), y));

describe('tabStops', () => {
  const table = [
    tabRow(700, [
      ['序号', 0],
      ['建议编号', 1],
      ['领衔代表', 8],
      ['办结时限', 13],
    ]),
    tabRow(685, [
      ['11', 0],
      ['第0115号', 1],
      ['李新民', 8],
      ['2026年10月', 12],
    ]),
    tabRow(670, [
      ['12', 0],
      ['第0128号', 1],
      ['董玉兰', 8],
      ['持续推进', 13],
    ]),
    tabRow(655, [
      ['13', 0],
      ['第0133号', 1],
      ['吴志强', 9],
      ['每季度', 13],
    ]),
  ];
  // Footer lines typed with two spaces between their parts: no gap of theirs ends at a stop.
  const footer = [
    [run('相关链接:州人大常委会', 56.8, 600), run('州政协', 172.8, 600), run('云南省人民政府', 212.8, 600)],
    [run('主办:州人民政府办公室', 56.8, 585), run('承办:州数据局', 232.8, 585)],
  ];

  it('finds the stops of a table typed with tabs above a footer typed with spaces', () => {
    const tabs = tabStops([...table, ...footer]);
    expect(tabs).not.toBeNull();
    // Fitted to the stops seen: the far ones (13 steps out) land within a tenth of a point.
    expect(Math.abs(tabs!.left + 13 * tabs!.step - stop(13))).toBeLessThan(0.1);
  });

  it('finds none on a page of lines typed with spaces', () => {
    const spaced = [0, 1, 2, 3, 4].map((k) => [
      run('重点任务', 56.8, 700 - k * 15),
      run('牵头单位', 172.8 + k * 3, 700 - k * 15),
      run('完成时限', 300.1, 700 - k * 15),
    ]);
    expect(tabStops(spaced)).toBeNull();
  });
});

describe('tabsBefore: Chinese split into runs near a stop', () => {
  const tabs = { left: 56.8, step: STEP };

  it('reads no tab where the text runs on across a stop, half a character off it', () => {
    // "督促|校车使用单位": a line of Chinese cut into runs anywhere; 校车 lands 0.55 past stop 1.
    const row = [run('查,督促', 56.8, 300, 36), run('校车使用单位', 92.8, 300)];
    expect(tabsBefore(row, tabs).size).toBe(0);
  });

  it('reads a tab where a run starts on the stop itself right after Chinese', () => {
    const row = [run('州林业和草原局', 163.2, 300, 70), run('苍山保护管理局', stop(5), 300)];
    expect([...tabsBefore(row, tabs).values()]).toEqual([1]);
  });
});

describe('a row on tab stops wrapped at the margin before a number', () => {
  const line = (text: string, extra: Partial<PdfLine> = {}): PdfLine => ({ text, page: 1, full: false, ...extra });

  it('goes on in the same cell on the line at the left margin', () => {
    const out = cleanPdfBlocks([
      line('6\t第0063号\t罗永红\t州卫生健康委\t州医疗保障局、州数据局\t2026年9月', { full: true, endsShort: false, stopsToMargin: 0 }),
      line('30日前'),
    ]);
    expect(out).toEqual(['6\t第0063号\t罗永红\t州卫生健康委\t州医疗保障局、州数据局\t2026年9月30日前']);
  });

  it('still breaks at a column gap in a row set apart by spaces', () => {
    const out = cleanPdfBlocks([line('序号  重点任务  完成时限', { full: true, endsShort: false }), line('1—6月')]);
    expect(out).toEqual(['序号  重点任务  完成时限  1—6月']);
  });
});
