import { describe, expect, it } from 'vitest';
import { cleanPdfBlocks, type PdfLine } from '../../src/extract/formats/pdf-lines.js';
import { isSubHeaderRow } from '../../src/extract/formats/pdf-sub-header.js';

const line = (text: string, extra: Partial<PdfLine> = {}): PdfLine => ({ text, page: 1, full: true, endsShort: true, ...extra });

describe('a header row of tab columns with a second line under a spanning cell', () => {
  it('keeps the labels under the spanning cell as their own header row', () => {
    const out = cleanPdfBlocks([
      line('编号\t事项\t责任部门\t\t办结时间\t备注', { stopsToMargin: 0 }),
      line('主责部门\t协办部门', { indent: '\t\t', full: false }),
      line('1\t修缮校舍\t区教育局\t区财政局\t2025年9月\t无', { full: false }),
    ]);
    expect(out).toEqual([
      '编号\t事项\t责任部门\t\t办结时间\t备注',
      '\t\t主责部门\t协办部门',
      '1\t修缮校舍\t区教育局\t区财政局\t2025年9月\t无',
    ]);
  });

  it('still runs a data row on into the cells it wrapped at a tab', () => {
    const out = cleanPdfBlocks([
      line('编号\t事项\t牵头部门\t协办部门\t办结时间', { full: false }),
      line('1\t修缮校舍\t区教育局\t区财政局', { stopsToMargin: 0 }),
      line('2025年9月', { indent: '\t', full: false }),
    ]);
    expect(out[1]).toBe('1\t修缮校舍\t区教育局\t区财政局\t2025年9月');
  });

  it('asks for labels only, under a row that names a label itself', () => {
    expect(isSubHeaderRow('编号\t事项\t责任部门\t\t办结时间', '主责部门\t协办部门')).toBe(true);
    expect(isSubHeaderRow('编号\t事项\t责任部门\t\t办结时间', '区教育局\t区财政局')).toBe(false);
    expect(isSubHeaderRow('1\t修缮校舍\t区教育局', '牵头单位\t配合单位')).toBe(false);
    expect(isSubHeaderRow('编号  事项  责任部门', '牵头单位\t配合单位')).toBe(false);
  });
});
