import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { cellText } from '../../src/extract/formats/pdf-tables.js';
import { tinyPdf } from '../support/tiny-pdf.js';

/** A line of a cell at 12 pt: Chinese one em a character, Latin half of it. */
function line(text: string, x: number, y: number): Positioned {
  const width = [...text].reduce((w, ch) => w + (ch < '\u0080' ? 6 : 12), 0);
  return { text, x, right: x + width, y, size: 12 };
}

/** The lines of a cell, 17 pt apart, every one starting at its left edge. */
const cell = (x: number, ...texts: string[]) => texts.map((t, i) => line(t, x, 700 - i * 17));

// A ruled cell from 100 to 196 with its text set 2 pt inside the border: a line holds seven characters.
const LEFT = 100;
const RIGHT = 196;
const X = 102;

describe('cellText: a line broken on purpose or wrapped at the border', () => {
  it('keeps apart units put on lines of their own, though the last line stops only a character short', () => {
    expect(cellText(cell(X, '区商务局', '区农业农村局', '相关镇(街道)'), RIGHT, LEFT)).toBe('区商务局 区农业农村局 相关镇(街道)');
  });

  it('runs a full line on into the next', () => {
    expect(cellText(cell(X, '区住房城乡建设', '局'), RIGHT, LEFT)).toBe('区住房城乡建设局');
  });

  it('runs on a line that stopped where the next piece could not be split', () => {
    // An opening mark goes with the character after it, a sign or a comma with the number after it, and a
    // number set after Chinese takes a little extra room.
    expect(cellText(cell(X, '开展健康科普', '“六进”活动'), RIGHT, LEFT)).toBe('开展健康科普“六进”活动');
    expect(cellText(cell(X, '职业健康检查', '≥90%'), RIGHT, LEFT)).toBe('职业健康检查≥90%');
    expect(cellText(cell(X, '立行立改立行', '改,2026年'), RIGHT, LEFT)).toBe('立行立改立行改,2026年');
    expect(cellText(cell(X, '2026年4', '月底前'), 160, LEFT)).toBe('2026年4月底前');
  });

  it('reads a cell whose text keeps wider room from its borders by that room', () => {
    // Set 8 pt inside: seven characters do not fit, so six make a full line.
    expect(cellText(cell(108, '区住房城乡建', '设局'), RIGHT, LEFT)).toBe('区住房城乡建设局');
  });

  it('takes a borderless column to end at its widest line', () => {
    expect(cellText(cell(X, '县自然资源', '威远镇人民政府'), 186)).toBe('县自然资源 威远镇人民政府');
    expect(cellText(cell(X, '县住房和城乡', '建设局'), 174)).toBe('县住房和城乡建设局');
  });
});

describe('PDF: a title set larger than the body', () => {
  it('keeps its wrapped second line, as far below as its size sets it, in the title', async () => {
    const title = { x: 72, size: 22, text: '某某区巩固国家卫生城市成果重点任务分解' };
    const pdf = tinyPdf([
      [
        title,
        [],
        { x: 72, size: 22, text: '表' },
        '为巩固创建成果,现将重点任务分解如下。',
        '各责任单位要按要求推进落实。',
        '某某区爱国卫生运动委员会办公室',
      ],
    ]);
    const source = await readDocument({ bytes: pdf, fileName: 'title.pdf' });
    expect(source.text.split('\n')[0]).toBe('某某区巩固国家卫生城市成果重点任务分解表');
  });
});
