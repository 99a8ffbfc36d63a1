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

describe('a row typed with single spaces, wrapped at one before its date', () => {
  it('keeps the space between the last unit and the date', () => {
    const out = cleanPdfLines([
      line('1 推进皇城相府文旅康养项目二期建设,完成年度投资1.2亿元 王建军 经济发展办公室 皇城村、郭峪村'),
      line('2026年12月底', { full: false }),
    ]);
    expect(out).toEqual(['1 推进皇城相府文旅康养项目二期建设,完成年度投资1.2亿元 王建军 经济发展办公室 皇城村、郭峪村 2026年12月底']);
  });

  it('joins prose wrapped before a number without a space', () => {
    const out = cleanPdfLines([line('各单位要按照 要求 推进整改,于'), line('2026年6月底前报送进展。', { full: false })]);
    expect(out).toEqual(['各单位要按照 要求 推进整改,于2026年6月底前报送进展。']);
  });
});
