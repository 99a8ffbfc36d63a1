import { describe, expect, it } from 'vitest';
import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { findStreamTables } from '../../src/extract/formats/pdf-stream-tables.js';

// A borderless table with section rows, as a layout engine prints it (12 pt, rows 40 apart, a task on two
// lines): a cell spanning two rows sits in the middle of them, on a band of its own between their lines.
const X = [72, 110, 270, 370, 470];
const run = (col: number, text: string, y: number): Positioned => {
  const width = [...text].reduce((w, ch) => w + (ch < '\u0080' ? 6 : 12), 0);
  return { text, x: X[col]!, right: X[col]! + width, y, size: 12 };
};
/** A row centred at y: its number, a task on two lines, and the other cells given (column → text). */
const row = (y: number, n: string, task: [string, string], cells: Record<number, string>): Positioned[] => [
  run(0, n, y),
  run(1, task[0], y + 8.5),
  run(1, task[1], y - 8.5),
  ...Object.entries(cells).map(([c, text]) => run(Number(c), text, y)),
];
const HEAD = [0, 1, 2, 3, 4].map((c) => run(c, ['序号', '工作内容', '牵头部门', '协作部门', '时间节点'][c]!, 700));
const show = (rows: { text: string; rowSpan: number }[][]) =>
  rows.map((r) => r.map((c) => `${c.text}${c.rowSpan > 1 ? `^${c.rowSpan}` : ''}`));

describe('findStreamTables: a cell spanning two rows in a table with section rows', () => {
  it('reads the band between two numbered rows as a cell spanning them', () => {
    const page: Positioned[] = [
      ...HEAD,
      run(0, '一、设施提升行动', 670),
      ...row(640, '1', ['新建乡镇污水站', '三座'], { 3: '镇政府', 4: '2026年5月' }),
      ...row(600, '2', ['铺设雨污管道', '八公里'], { 3: '县财政局', 4: '2026年8月' }),
      run(2, '县水务局', 620),
      ...row(560, '3', ['整治黑臭水塘', '十处'], { 2: '县环保局', 3: '各乡镇', 4: '2026年10月' }),
    ];
    const { tables } = findStreamTables(page);
    expect(show(tables[0]!.rows)).toEqual([
      ['序号', '工作内容', '牵头部门', '协作部门', '时间节点'],
      ['一、设施提升行动'],
      ['1', '新建乡镇污水站三座', '县水务局^2', '镇政府', '2026年5月'],
      ['2', '铺设雨污管道八公里', '县财政局', '2026年8月'],
      ['3', '整治黑臭水塘十处', '县环保局', '各乡镇', '2026年10月'],
    ]);
  });

  it('keeps a band as a row when a row beside it has a cell in its column', () => {
    const page: Positioned[] = [
      ...HEAD,
      run(0, '一、设施提升行动', 670),
      ...row(640, '1', ['新建乡镇污水站', '三座'], { 2: '县住建局', 3: '镇政府', 4: '2026年5月' }),
      ...row(600, '2', ['铺设雨污管道', '八公里'], { 3: '县财政局', 4: '2026年8月' }),
      run(2, '县水务局', 620),
      ...row(560, '3', ['整治黑臭水塘', '十处'], { 2: '县环保局', 3: '各乡镇', 4: '2026年10月' }),
    ];
    const { tables } = findStreamTables(page);
    expect(show(tables[0]!.rows)[3]).toEqual(['', '', '县水务局', '', '']);
  });
});
