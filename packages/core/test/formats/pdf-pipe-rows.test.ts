import { describe, expect, it } from 'vitest';
import { cleanPdfLines, type PdfLine } from '../../src/extract/formats/index.js';

const line = (text: string, full = false): PdfLine => ({ text, page: 1, full });

describe('rows of a `|` table wrapped at the margin', () => {
  const header = line('任务 | 举措 | 牵头单位 | 时限 |');
  const row = line('1.建设社区食堂,每个街道至少建成一处。 | 区民政局牵头 | 2026年底 | |');

  it('joins the piece that starts with a pipe back onto a row that ended a sentence at the margin', () => {
    const lines = [
      header,
      row,
      line('2.推进老旧小区加装电梯,全年完成改造任务一百二十台以上。', true),
      line('| 区住房城乡建设局牵头,各街道配合 | 持续推进 | |'),
    ];
    expect(cleanPdfLines(lines)).toEqual([
      header.text,
      row.text,
      '2.推进老旧小区加装电梯,全年完成改造任务一百二十台以上。 | 区住房城乡建设局牵头,各街道配合 | 持续推进 | |',
    ]);
  });

  it('keeps the piece apart when the two would not make a row as wide as the table', () => {
    const lines = [header, row, line('2.推进老旧小区加装电梯,全年完成改造任务一百二十台以上。', true), line('| 区住房城乡建设局牵头 |')];
    expect(cleanPdfLines(lines)).toEqual([
      header.text,
      row.text,
      '2.推进老旧小区加装电梯,全年完成改造任务一百二十台以上。',
      '| 区住房城乡建设局牵头 |',
    ]);
  });

  it('keeps the piece apart when the line above stopped short of the margin', () => {
    const lines = [header, row, line('2.推进老旧小区加装电梯。'), line('| 区住房城乡建设局牵头,各街道配合 | 持续推进 | |')];
    expect(cleanPdfLines(lines)).toEqual([
      header.text,
      row.text,
      '2.推进老旧小区加装电梯。',
      '| 区住房城乡建设局牵头,各街道配合 | 持续推进 | |',
    ]);
  });
});
