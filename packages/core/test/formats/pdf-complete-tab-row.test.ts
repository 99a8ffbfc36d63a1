import { describe, expect, it } from 'vitest';
import { completeTabRow } from '../../src/extract/formats/pdf-typed-rows.js';

/** A line of a page 595 wide with margins at 56.8, 10 pt text. */
const at = (text: string, x = 56.8, right = x + 400) => ({ line: { text, page: 1, x, right, size: 10, pageRight: 595.3, firstWord: 10 } });
const LEFT = 56.8;

// A table typed with tabs whose last row happens to end right at the margin, a signature under it.
const HEADER = at('编号\t分类\t事项\t主办部门\t协办部门\t办结时间', LEFT, 400);
const ROW = (last: string) => at(`3\t\t修缮城区排水管网八公里\t区住建局\t区水务局\t${last}`, LEFT, 538.2);

describe('completeTabRow', () => {
  it('holds a row with every column ending in a date, before a line at the margin, as ended', () => {
    expect(completeTabRow([HEADER, ROW('2025年9月'), at('某某区人民政府', LEFT, 126.8)], 1, LEFT)).toBe(true);
    expect(completeTabRow([HEADER, ROW('9月底前'), at('某某区人民政府', LEFT, 126.8)], 1, LEFT)).toBe(true);
  });

  it('lets a date broken at the margin, a row short of columns, or a cell not a date go on', () => {
    expect(completeTabRow([HEADER, ROW('2025年9月'), at('底前', LEFT, 76.8)], 1, LEFT)).toBe(false);
    expect(completeTabRow([HEADER, ROW('2025年'), at('9月', LEFT, 76.8)], 1, LEFT)).toBe(false);
    expect(completeTabRow([HEADER, ROW('完成排查'), at('整改', LEFT, 76.8)], 1, LEFT)).toBe(false);
    const short = at('3\t修缮城区排水管网\t区住建局\t2025年9月', LEFT, 538.2);
    expect(completeTabRow([HEADER, short, at('某某区人民政府', LEFT, 126.8)], 1, LEFT)).toBe(false);
    // Nor the header itself, with no row above it.
    expect(completeTabRow([ROW('2025年9月'), at('某某区人民政府', LEFT, 126.8)], 0, LEFT)).toBe(false);
  });
});
