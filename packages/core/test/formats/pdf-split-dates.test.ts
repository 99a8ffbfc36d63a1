import { describe, expect, it } from 'vitest';
import { cleanPdfLines, type PdfLine } from '../../src/extract/formats/index.js';

const line = (text: string, extra: Partial<PdfLine> = {}): PdfLine => ({ text, page: 1, full: true, ...extra });
const header = line('编号    事项    牵头单位    配合单位    时限    进展', { full: false });

describe('a date broken at the margin inside a row of columns set apart by spaces', () => {
  it('joins the day back onto its month although a number follows Chinese', () => {
    const out = cleanPdfLines([
      header,
      line('1    整治道路秩序    区城管局    甲街道、乙街道    2025年3月'),
      line('20日    推进中', { full: false }),
    ]);
    expect(out).toEqual([header.text, '1    整治道路秩序    区城管局    甲街道、乙街道    2025年3月20日    推进中']);
  });

  it('joins the month back onto its number although the line stopped a character short', () => {
    const out = cleanPdfLines([
      header,
      line('2    清理卫生死角    区卫健委    丙社区    2025年6', { endsShort: true }),
      line('月30日', { full: false }),
    ]);
    expect(out).toEqual([header.text, '2    清理卫生死角    区卫健委    丙社区    2025年6月30日']);
  });

  it('joins a year in full-width digits back onto its 年 although the line stopped short', () => {
    const out = cleanPdfLines([
      header,
      line('3    推广营养膳食    州卫健委    州教育局    ２０２７', { endsShort: true }),
      line('年底', { full: false }),
    ]);
    expect(out).toEqual([header.text, '3    推广营养膳食    州卫健委    州教育局    ２０２７年底']);
  });

  it('still reads a number after a label at the margin as the next column', () => {
    const out = cleanPdfLines([line('序号  重点任务  完成时限', { endsShort: false }), line('1—6月', { full: false })]);
    expect(out).toEqual(['序号  重点任务  完成时限  1—6月']);
  });
});
