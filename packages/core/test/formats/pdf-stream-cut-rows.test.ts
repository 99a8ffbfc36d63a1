import { describe, expect, it } from 'vitest';
import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { findStreamTables } from '../../src/extract/formats/pdf-stream-tables.js';

// A borderless table as a layout engine prints an HTML table without borders (12 pt): every cell in the
// middle of its row, a task on two lines 8.5 pt either side of the row's centre, rows 40 pt apart. Between
// Chinese and a number the engine sets a fifth of an em (2.4 pt); cell padding leaves 2.8 pt between a cell
// filled to its edge and the next column.
const SIZE = 12;
const X = [72, 110, 250, 340];
const width = (text: string) => [...text].reduce((w, ch) => w + (ch < '\u0080' ? SIZE / 2 : SIZE), 0);
const run = (col: number, text: string, y: number): Positioned => ({ text, x: X[col]!, right: X[col]! + width(text), y, size: SIZE });
/** A run placed at x, for pieces of one line. */
const at = (x: number, text: string, y: number): Positioned => ({ text, x, right: x + width(text), y, size: SIZE });
/** A row centred at y: its number, a task on two lines, a lead unit and a date. */
const row = (y: number, n: string, task: [string, string], lead: string, due: string): Positioned[] => [
  run(0, n, y),
  run(1, task[0], y + 8.5),
  run(1, task[1], y - 8.5),
  run(2, lead, y),
  run(3, due, y),
];
const HEADER = (y: number, task = '重点任务') => [run(0, '序号', y), run(1, task, y), run(2, '牵头单位', y), run(3, '完成时限', y)];
const texts = (rows: { text: string }[][]) => rows.map((r) => r.map((c) => c.text.replace(/\s+/g, '')));

describe('findStreamTables: a number ending a cell next to the next column', () => {
  // Row 2's task ends its second line with a number 2.8 pt short of the lead column, whose cell is on two
  // lines too, the second on the number's baseline.
  const y = 610;
  const numberLine = [at(110, '完成改造路段共', y - 8.5), at(110 + 84 + 2.4, '12', y - 8.5)];
  const edge = numberLine[1]!.right;
  const shifted = numberLine.map((r) => ({ ...r, x: r.x + (X[2]! - 2.8 - edge), right: r.right + (X[2]! - 2.8 - edge) }));
  const runs = [
    ...HEADER(700),
    ...row(650, '1', ['新建社区食堂', '并投入使用'], '县民政局', '六月底前'),
    run(0, '2', y),
    run(1, '农村公路提质改造', y + 8.5),
    ...shifted,
    run(2, '县交通运输局', y + 8.5),
    run(2, '各乡镇', y - 8.5),
    run(3, '十月底前', y),
    ...row(570, '3', ['改造老旧小区', '十二个'], '县住建局', '年底前'),
  ];

  it('keeps the two cells apart at a gap wider than the space set between Chinese and a number', () => {
    const { tables } = findStreamTables(runs);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!.rows)).toEqual([
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['1', '新建社区食堂并投入使用', '县民政局', '六月底前'],
      ['2', '农村公路提质改造完成改造路段共12', '县交通运输局各乡镇', '十月底前'],
      ['3', '改造老旧小区十二个', '县住建局', '年底前'],
    ]);
  });
});

describe('findStreamTables: a row cut by the page', () => {
  // Page 1 ends inside row 2: its task's first line stayed above, its second line starts page 2, alone.
  // The task heading is the widest text of its column.
  const PAGE1 = [
    ...HEADER(700, '重点工作任务及要求'),
    ...row(650, '1', ['新建社区食堂八个', '并投入使用'], '县民政局', '六月底前'),
    run(0, '2', 610),
    run(1, '开放学校体育场地', 610),
    run(2, '县教育局', 610),
    run(3, '九月底前', 610),
  ];
  const carry = () => findStreamTables(PAGE1).carry;

  it('reads the tail alone at the next page top as a row with an empty first cell', () => {
    const page2 = [
      run(1, '及周边公共运动设施', 780),
      ...row(740, '3', ['改造老旧小区', '十二个'], '县住建局', '年底前'),
      ...row(700, '4', ['新建口袋公园', '五个'], '县城管局', '年底前'),
      ...row(660, '5', ['整治背街小巷', '二十条'], '县城管局', '年底前'),
      // A date spanning rows 4–5, set between them.
      run(3, '长期坚持', 680),
    ].filter((r) => !(r.text === '年底前' && r.y < 710));
    const { tables } = findStreamTables(page2, carry());
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!.rows)[0]).toEqual(['', '及周边公共运动设施', '', '']);
    expect(texts(tables[0]!.rows).map((r) => r[0])).toEqual(['', '3', '4', '5']);
  });

  it('reads a short tail when the line above it in its cell, at the foot of the page before, was full', () => {
    const page2 = [
      run(1, '及设施', 780),
      ...[3, 4, 5].flatMap((n, k) => [
        run(0, String(n), 740 - 30 * k),
        run(1, '改造老旧小区', 740 - 30 * k),
        run(2, '县住建局', 740 - 30 * k),
      ]),
      run(3, '年底前', 710),
    ];
    const { tables } = findStreamTables(page2, carry());
    expect(texts(tables[0]!.rows)[0]).toEqual(['', '及设施', '', '']);
  });

  it('does not take the first line of a header repeated at the page top for a tail', () => {
    // The repeated header sets its task heading on two lines, the first alone above the others and as wide
    // as its column.
    const page2 = [
      run(1, '重点工作任务及要', 788.5),
      run(0, '序号', 780),
      run(1, '求', 771.5),
      run(2, '牵头单位', 780),
      run(3, '完成时限', 780),
      ...[run(0, '3', 740), run(1, '改造老旧小区', 740), run(2, '县住建局', 740), run(3, '年底前', 740)],
      ...[run(0, '4', 710), run(1, '新建口袋公园', 710), run(2, '县城管局', 710), run(3, '年底前', 710)],
      ...[run(0, '5', 680), run(1, '整治背街小巷', 680), run(2, '县城管局', 680), run(3, '年底前', 680)],
    ];
    // The page goes on with the table, its repeated header left out (no row made of its lines); without the
    // table's header to compare with, the lone line would have passed for a cut cell's tail.
    const columns = carry()!;
    const { tables } = findStreamTables(page2, columns);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!.rows).map((r) => r[0])).toEqual(['3', '4', '5']);
    expect(texts(findStreamTables(page2, { ...columns, head: undefined }).tables[0]!.rows)[0]).toEqual(['', '重点工作任务及要', '', '']);
  });
});

describe('findStreamTables: a header repeated just above a cut row', () => {
  const PAGE1 = [
    ...HEADER(700, '重点工作任务及要求'),
    ...row(650, '1', ['新建社区食堂八个', '并投入使用'], '县民政局', '六月底前'),
    ...row(610, '2', ['开放学校体育场地', '及周边公共'], '县教育局', '九月底前'),
  ];

  it('leaves the header out instead of joining it to the tail set within a cell pitch below it', () => {
    const page2 = [
      run(1, '重点工作任务及要', 788.5),
      run(0, '序号', 780),
      run(1, '求', 771.5),
      run(2, '牵头单位', 780),
      run(3, '完成时限', 780),
      run(1, '运动设施', 758),
      ...row(720, '3', ['改造老旧小区', '十二个'], '县住建局', '年底前'),
      ...row(680, '4', ['新建口袋公园', '五个'], '县城管局', '年底前'),
    ];
    const { tables } = findStreamTables(page2, findStreamTables(PAGE1).carry);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!.rows)).toEqual([
      ['', '运动设施', '', ''],
      ['3', '改造老旧小区十二个', '县住建局', '年底前'],
      ['4', '新建口袋公园五个', '县城管局', '年底前'],
    ]);
  });
});

describe('findStreamTables: a section row in the rows a page carries on', () => {
  const PAGE1 = [
    ...HEADER(700),
    ...row(650, '1', ['新建社区食堂八个', '并投入使用'], '县民政局', '六月底前'),
    ...row(610, '2', ['开放学校体育场地', '二十所'], '县教育局', '九月底前'),
  ];

  it('keeps reading the table past a section heading across its columns', () => {
    const page2 = [
      ...row(780, '3', ['改造老旧小区', '十二个'], '县住建局', '年底前'),
      run(0, '二、城市管理', 745),
      ...row(710, '4', ['新建口袋公园', '五个'], '县城管局', '年底前'),
      ...row(670, '5', ['整治背街小巷', '二十条'], '县城管局', '年底前'),
      at(72, '抄送:县委办公室。', 600),
    ];
    const { tables, rest } = findStreamTables(page2, findStreamTables(PAGE1).carry);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!.rows)).toEqual([
      ['3', '改造老旧小区十二个', '县住建局', '年底前'],
      ['二、城市管理'],
      ['4', '新建口袋公园五个', '县城管局', '年底前'],
      ['5', '整治背街小巷二十条', '县城管局', '年底前'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['抄送:县委办公室。']);
  });
});
