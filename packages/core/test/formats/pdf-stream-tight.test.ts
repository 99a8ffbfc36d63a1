import { describe, expect, it } from 'vitest';
import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { findStreamTables } from '../../src/extract/formats/pdf-stream-tables.js';

// A borderless table printed from an HTML table with narrow cell padding: a cell filled to its edge leaves
// only 3 pt before the next column's text, rows are 3 pt further apart than a cell's lines, and every cell
// sits in the middle of its row (a two-line header cell starts above the header's other cells).
const SIZE = 10;
const STEP = 15;
const PAD = 3;
const COLS = [60, 86, 169, 202, 285];

/** A cell's lines, centred on y, as runs one em a Chinese character. */
function cell(col: number, y: number, ...lines: string[]): Positioned[] {
  const top = y + ((lines.length - 1) * STEP) / 2;
  return lines.map((text, i) => {
    const width = [...text].reduce((w, ch) => w + (ch < '\u0080' ? SIZE * 0.5 : SIZE), 0);
    return { text, x: COLS[col]!, right: COLS[col]! + width, y: top - i * STEP, size: SIZE };
  });
}

/** Rows of [cells], each row as high as its tallest cell, PAD apart; returns all runs. */
function table(rows: string[][][]): Positioned[] {
  let top = 700;
  return rows.flatMap((row) => {
    const lines = Math.max(...row.map((c) => c.length));
    const centre = top - ((lines - 1) * STEP) / 2;
    top -= lines * STEP + PAD;
    return row.flatMap((texts, col) => (texts.length === 0 ? [] : cell(col, centre, ...texts)));
  });
}

const cellsOf = (rows: { text: string }[][]) => rows.map((r) => r.map((c) => c.text));

describe('findStreamTables on a tightly set table', () => {
  it('keeps columns apart at a 3 pt gap and rows apart at a 3 pt padding', () => {
    const runs = [
      { text: '各有关单位：现将任务分工印发给你们。', x: 60, right: 240, y: 740, size: SIZE },
      ...table([
        [['序号'], ['重点任务'], ['责任', '领导'], ['牵头单位'], ['完成时限']],
        [['1'], ['新建社区食堂八个', '并投入使用'], ['分管副', '县长'], ['县民政局'], ['六月底前']],
        [['2'], ['开放学校体育场地', '二十所'], ['常务副', '县长'], ['县住房和城乡建设'], ['九月底前']],
        [['3'], ['改造老旧小区'], ['县长'], ['县住建局'], ['年底前']],
      ]),
    ];
    const { tables } = findStreamTables(runs);
    expect(tables).toHaveLength(1);
    expect(cellsOf(tables[0]!.rows)).toEqual([
      ['序号', '重点任务', '责任领导', '牵头单位', '完成时限'],
      ['1', '新建社区食堂八个并投入使用', '分管副县长', '县民政局', '六月底前'],
      ['2', '开放学校体育场地二十所', '常务副县长', '县住房和城乡建设', '九月底前'],
      ['3', '改造老旧小区', '县长', '县住建局', '年底前'],
    ]);
  });
});
