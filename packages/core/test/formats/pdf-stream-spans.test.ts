import { describe, expect, it } from 'vitest';
import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { findStreamTables } from '../../src/extract/formats/pdf-stream-tables.js';

// A borderless table with cells spanning rows, as a layout engine prints an HTML table whose borders are
// CSS: every cell in the middle of its row, a spanning cell in the middle of its rows (12 pt, rows 40 apart).
const X = [72, 110, 200, 370, 470];
const run = (col: number, text: string, y: number): Positioned => {
  const width = [...text].reduce((w, ch) => w + (ch < '\u0080' ? 6 : 12), 0);
  return { text, x: X[col]!, right: X[col]! + width, y, size: 12 };
};
/** A row centred at y: its number, a task on two lines, and the other cells given (column → text). */
const row = (y: number, n: string, task: [string, string], cells: Record<number, string>): Positioned[] => [
  run(0, n, y),
  run(2, task[0], y + 8.5),
  run(2, task[1], y - 8.5),
  ...Object.entries(cells).map(([c, text]) => run(Number(c), text, y)),
];
const TABLE: Positioned[] = [
  run(0, '关于印发重点任务分工的通知', 760),
  ...[0, 1, 2, 3, 4].map((c) => run(c, ['序号', '类别', '重点任务', '牵头单位', '完成时限'][c]!, 700)),
  ...row(650, '1', ['新建社区食堂8个', '并投入使用'], { 3: '县民政局', 4: '2025年6月' }),
  ...row(610, '2', ['开放学校体育场地', '20所'], { 3: '县教育局' }),
  ...row(570, '3', ['改造老旧小区', '12个'], { 3: '县住建局' }),
  ...row(530, '4', ['新建口袋公园', '5个'], { 1: '城乡环境', 3: '县城管局' }),
  // Spanning rows 1–2 and rows 3–4: centred between them.
  run(1, '民生保障', 630),
  run(4, '2025年9月', 610),
  run(4, '2025年底', 550),
];

describe('findStreamTables: cells spanning rows', () => {
  it('reads a cell centred between rows as spanning them, the rows given by the first column', () => {
    const { tables } = findStreamTables(TABLE);
    expect(tables).toHaveLength(1);
    const show = tables[0]!.rows.map((r) => r.map((c) => `${c.text}${c.rowSpan > 1 ? `^${c.rowSpan}` : ''}`));
    expect(show).toEqual([
      ['序号', '类别', '重点任务', '牵头单位', '完成时限'],
      ['1', '民生保障^2', '新建社区食堂8个并投入使用', '县民政局', '2025年6月'],
      ['2', '开放学校体育场地20所', '县教育局', '2025年9月'],
      ['3', '', '改造老旧小区12个', '县住建局', '2025年底^2'],
      ['4', '城乡环境', '新建口袋公园5个', '县城管局'],
    ]);
  });
});

describe('findStreamTables: the tail of a row broken by the page above', () => {
  it('keeps the cells of the first row when the tail sits between the repeated header and that row', () => {
    const page: Positioned[] = [
      ...[0, 1, 2, 3, 4].map((c) => run(c, ['序号', '类别', '重点任务', '牵头单位', '完成时限'][c]!, 700)),
      // What the previous page's last row left over: the end of its task and of its time limit.
      run(2, '并完成验收。', 684),
      run(4, '前', 684),
      ...row(650, '5', ['整治河道岸线', '6公里'], { 1: '生态环境', 3: '县水利局', 4: '2025年10月底' }),
      ...row(610, '6', ['建设污水管网', '9公里'], { 1: '生态环境', 3: '县住建局', 4: '2025年11月底' }),
      ...row(570, '7', ['开展入河排污口排查', '全覆盖'], { 1: '生态环境', 3: '县生态环境局', 4: '2025年12月底' }),
    ];
    const { tables } = findStreamTables(page);
    const rows = (tables[0]?.rows ?? []).map((r) => r.map((c) => c.text));
    expect(rows.slice(1)).toEqual([
      ['5', '生态环境', '整治河道岸线6公里', '县水利局', '2025年10月底'],
      ['6', '生态环境', '建设污水管网9公里', '县住建局', '2025年11月底'],
      ['7', '生态环境', '开展入河排污口排查全覆盖', '县生态环境局', '2025年12月底'],
    ]);
  });
});
