import { describe, expect, it } from 'vitest';
import { cleanPdfBlocks, type PdfLine } from '../../src/extract/formats/pdf-lines.js';
import { completeRowAbove } from '../../src/extract/formats/pdf-typed-rows.js';

/** A line of a page 595 wide with margins at 56.8, 10 pt text. */
const at = (text: string, x = 56.8, right = x + 400) => ({ line: { text, page: 1, x, right, size: 10, pageRight: 595.3, firstWord: 10 } });
const LEFT = 56.8;

// A table typed with spaces (full-width numbers), as a plain-text original prints: a cell's continuation
// sits indented under its column, and a row may end right at the margin.
const TABLE = [
  at('序号  重点任务                  牵头单位      配合单位                完成时限', LEFT, 526.8),
  at('１     建立州级健康科普专家库    州卫生健康委  州委宣传部、州科协      每年', LEFT, 511.8),
  at('健康科普进乡村活动不少于１００场', 92.8, 292.8),
  at('５     加强严重精神障碍患者服务  州卫生健康委  州委政法委、州公安局、  持续推进', LEFT, 531.8),
  at('保持在９０%以上                州民政局、州残联', 92.8, 463.8),
];

describe('completeRowAbove', () => {
  it('holds a row with every column of the header above, before an indented line, as ended', () => {
    expect(completeRowAbove(TABLE, 1, LEFT)).toBe(true);
    expect(completeRowAbove(TABLE, 3, LEFT)).toBe(true);
  });

  it('does not hold the header itself, a row short of columns, or a row before a line at the margin', () => {
    expect(completeRowAbove(TABLE, 0, LEFT)).toBe(false);
    const short = [TABLE[0]!, at('２     推广营养膳食        州卫生健康委  州教育体育局', LEFT, 531.8), at('年底前', 92.8, 122.8)];
    expect(completeRowAbove(short, 1, LEFT)).toBe(false);
    const wrapped = [TABLE[0]!, TABLE[3]!, at('年底前', LEFT, 86.8)];
    expect(completeRowAbove(wrapped, 1, LEFT)).toBe(false);
  });
});

describe('a row of columns before a numbered row in full-width digits', () => {
  it('does not run on into it', () => {
    const line = (text: string, extra: Partial<PdfLine> = {}): PdfLine => ({ text, page: 1, full: true, endsShort: false, ...extra });
    const out = cleanPdfBlocks([
      line('序号  重点任务  牵头单位  完成时限'),
      line('１     建立专家库  州卫生健康委  每年', { full: false }),
    ]);
    expect(out).toEqual(['序号  重点任务  牵头单位  完成时限', '１     建立专家库  州卫生健康委  每年']);
  });
});
