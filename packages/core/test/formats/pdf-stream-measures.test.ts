import { describe, expect, it } from 'vitest';
import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { findStreamTables } from '../../src/extract/formats/pdf-stream-tables.js';

// A borderless rectification ledger as a layout engine prints it (12 pt, every cell in the middle of its
// rows): each problem, numbered, spans the rows of its measures; each measure has its unit and its status.
const X = [72, 110, 200, 370, 470];
const run = (col: number, text: string, y: number): Positioned => {
  const width = [...text].reduce((w, ch) => w + (ch < '\u0080' ? 6 : 12), 0);
  return { text, x: X[col]!, right: X[col]! + width, y, size: 12 };
};
/** A measure's row centred at y: the measure on two lines, its unit and its status. */
const measure = (y: number, text: [string, string], unit: string, status: string): Positioned[] => [
  run(2, text[0], y + 8.5),
  run(2, text[1], y - 8.5),
  run(3, unit, y),
  run(4, status, y),
];
const LEDGER: Positioned[] = [
  ...['序号', '查出问题', '整改措施', '责任单位', '状态'].map((t, c) => run(c, t, 700)),
  // Problem 1 spans the rows at 650 and 610; problem 2 those at 570 and 530; problem 3 the row at 490.
  run(0, '1', 630),
  run(1, '资金拨付滞后', 630),
  ...measure(650, ['清理滞留资金', '一月内拨付'], '县财政局', '推进中'),
  ...measure(610, ['建立拨付进度', '月通报制度'], '县财政局', '已完成'),
  run(0, '2', 550),
  run(1, '未办竣工决算', 550),
  ...measure(570, ['建立未决算', '项目清单'], '县发改局', '推进中'),
  ...measure(530, ['纳入项目单位', '年度考核'], '县发改局', '未启动'),
  run(0, '3', 490),
  run(1, '重复参保', 490),
  ...measure(490, ['比对参保信息', '追回重复报销'], '县医保局', '推进中'),
];

describe('findStreamTables: numbers spanning the rows of their measures', () => {
  it('takes the rows from a column of one-line cells with more cells than the numbers', () => {
    const { tables } = findStreamTables(LEDGER);
    expect(tables).toHaveLength(1);
    const show = tables[0]!.rows.map((r) => r.map((c) => `${c.text.replace(/\s+/g, '')}${c.rowSpan > 1 ? `^${c.rowSpan}` : ''}`));
    expect(show).toEqual([
      ['序号', '查出问题', '整改措施', '责任单位', '状态'],
      ['1^2', '资金拨付滞后^2', '清理滞留资金一月内拨付', '县财政局', '推进中'],
      ['建立拨付进度月通报制度', '县财政局', '已完成'],
      ['2^2', '未办竣工决算^2', '建立未决算项目清单', '县发改局', '推进中'],
      ['纳入项目单位年度考核', '县发改局', '未启动'],
      ['3', '重复参保', '比对参保信息追回重复报销', '县医保局', '推进中'],
    ]);
  });
});
