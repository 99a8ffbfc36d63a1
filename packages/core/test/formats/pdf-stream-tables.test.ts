import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';
import { displayWidth } from '../../src/extract/display-width.js';
import { readDocument } from '../../src/extract/formats/index.js';
import { joinRuns, type Positioned, type Segment } from '../../src/extract/formats/pdf-geometry.js';
import { findTables } from '../../src/extract/formats/pdf-tables.js';
import { realignGapJoins } from '../../src/extract/formats/pdf-wrapped-columns.js';
import { findStreamTables } from '../../src/extract/formats/pdf-stream-tables.js';
import { BORDERLESS_TABLE, cell } from '../support/borderless-table.js';
import { tinyPdf, typedRuns, type TinyRun } from '../support/tiny-pdf.js';

const LAID_OUT: TinyRun[][] = [
  [{ x: 72, text: '关于印发重点任务分工的通知' }],
  [{ x: 72, text: '各有关单位：现将重点任务分工印发给你们。' }],
  ...BORDERLESS_TABLE,
  [],
  [{ x: 72, text: '县人民政府办公室' }],
];

/** The runs of a page of lines as the PDF reader places them (12 pt, 18 pt apart, one em a character). */
function runsOf(lines: TinyRun[][]): Positioned[] {
  return lines.flatMap((line, i) =>
    line.map((r) => {
      const width = [...r.text].reduce((w, ch) => w + (ch < '\u0080' ? 6 : 12), 0);
      return { text: r.text, x: r.x, right: r.x + width, y: 780 - i * 18 - (r.dy ?? 0), size: 12 };
    }),
  );
}

const cellsOf = (rows: { text: string; colSpan: number }[][]) => rows.map((r) => r.map((c) => c.text));

describe('findStreamTables', () => {
  it('rebuilds a borderless table: columns from the gutters, rows from the gaps, wrapped cells joined', () => {
    const { tables, rest } = findStreamTables(runsOf(LAID_OUT));
    expect(tables).toHaveLength(1);
    expect(cellsOf(tables[0]!.rows)).toEqual([
      ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '新建社区食堂8个并投入使用', '县民政局', '县财政局、县商务局', '2025年6月'],
      ['2', '开放学校体育场地20所', '县教育局', '县体育局', '2025年9月'],
      ['3', '改造老旧小区12个', '县住建局', '各街道', '2025年12月'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['关于印发重点任务分工的通知', '各有关单位：现将重点任务分工印发给你们。', '县人民政府办公室']);
  });

  it('reads a lone line across the columns as a row spanning the table', () => {
    const lines = [...LAID_OUT.slice(2, 7), [{ x: 72, text: '二、城乡环境改善工程' }], [], ...LAID_OUT.slice(7, 11)];
    const { tables } = findStreamTables(runsOf(lines));
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.rows;
    expect(rows.map((r) => r.length)).toEqual([5, 5, 1, 5, 5]);
    expect(rows[2]![0]).toMatchObject({ text: '二、城乡环境改善工程', colSpan: 5 });
  });

  it('leaves prose, and a table typed with spaces on the line grid, to the line reader', () => {
    const prose = [[{ x: 72, text: '一、加强组织领导。各单位要高度重视。' }], [{ x: 72, text: '二、强化督促检查。' }]];
    expect(findStreamTables(runsOf(prose)).tables).toEqual([]);
    // Every line on the 18 pt grid, no cell set off it: typed, not laid out.
    const typed = [LAID_OUT[2]!, LAID_OUT[10]!, LAID_OUT[10]!.map((r) => ({ ...r, text: r.text.replace('3', '4') })), LAID_OUT[10]!];
    const items = runsOf(typed);
    const found = findStreamTables(items);
    expect(found.tables).toEqual([]);
    expect(found.rest).toBe(items);
  });

  it('never throws and always ends on random word layouts, every run kept or tabled', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round++) {
      const n = Math.floor(rand() * 120);
      const items: Positioned[] = Array.from({ length: n }, () => {
        const x = rand() * 500;
        const size = 6 + rand() * 14;
        return { text: rand() < 0.1 ? ' ' : '字'.repeat(1 + Math.floor(rand() * 6)), x, right: x + rand() * 120, y: rand() * 800, size };
      });
      const { tables, rest } = findStreamTables(items);
      const kept = new Set(rest);
      expect(rest.every((r) => items.includes(r))).toBe(true);
      for (const t of tables) {
        expect(t.rows.length).toBeGreaterThan(0);
        expect(t.xs.length).toBeGreaterThanOrEqual(3);
      }
      if (tables.length === 0) expect(kept.size).toBe(new Set(items).size);
    }
  });
});

describe('PDF: a borderless table', () => {
  const pdf = () => tinyPdf([LAID_OUT], { latinWidth: 500 });

  it('reads as a table block, as the same table in .docx would', async () => {
    const source = await readDocument({ bytes: pdf(), fileName: 'plan.pdf' });
    const tables = source.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.kind === 'table' && tables[0]!.rows[1]!.cells.map((c) => c.text)).toEqual([
      '1',
      '新建社区食堂8个并投入使用',
      '县民政局',
      '县财政局、县商务局',
      '2025年6月',
    ]);
  });

  it('gives each task its lead, participants and deadline', async () => {
    const plan = await parsePlan({ bytes: pdf(), fileName: 'plan.pdf' });
    const first = plan.tasks.find((t) => t.text.includes('社区食堂'));
    expect(first).toMatchObject({ lead: ['县民政局'], participants: ['县财政局', '县商务局'], due: ['2025-06-30'] });
    expect(plan.tasks.find((t) => t.text.includes('体育场地'))).toMatchObject({ lead: ['县教育局'], participants: ['县体育局'] });
  });
});

describe('joinRuns', () => {
  it("closes up the typesetter's gap between Chinese and a Cyrillic letter, as between Chinese and Latin", () => {
    const run = (text: string, x: number, right: number): Positioned => ({ text, x, right, y: 700, size: 12 });
    expect(joinRuns([run('建设任务', 72, 120), run('Р', 122.4, 129.6)])).toBe('建设任务Р');
    expect(joinRuns([run('建设任务', 72, 120), run('2024', 122.4, 146.4)])).toBe('建设任务2024');
    expect(joinRuns([run('建设任务', 72, 120), run('Р', 130, 137.2)])).toBe('建设任务 Р');
  });
});

describe('findTables: tables set right under one another', () => {
  const h = (at: number, a: number, b: number): Segment => ({ dir: 'h', at, a, b });
  const v = (at: number, a: number, b: number): Segment => ({ dir: 'v', at, a, b });
  const text = (t: string, x: number, y: number): Positioned => ({ text: t, x, right: x + t.length * 12, y, size: 12 });
  // Two label/value tables of other widths sharing the line at y = 660, and the label column's border.
  const segments = [
    ...[700, 680, 660].map((y) => h(y, 50, 300)),
    ...[660, 640, 620].map((y) => h(y, 50, 400)),
    v(50, 620, 700),
    v(120, 620, 700),
    v(300, 660, 700),
    v(400, 620, 660),
  ];
  const items = [
    text('项目名称', 55, 686),
    text('老旧小区改造', 125, 686),
    text('牵头单位', 55, 666),
    text('区住建委', 125, 666),
    text('项目名称', 55, 646),
    text('便民停车设施建设', 125, 646),
    text('牵头单位', 55, 626),
    text('区城管委', 125, 626),
  ];

  it('reads them apart, each with its own two columns', () => {
    const { tables } = findTables(segments, items);
    expect(tables.map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual([
      [
        ['项目名称', '老旧小区改造'],
        ['牵头单位', '区住建委'],
      ],
      [
        ['项目名称', '便民停车设施建设'],
        ['牵头单位', '区城管委'],
      ],
    ]);
  });

  it('keeps a table whose full-width row sits between its rows in one piece', () => {
    const one = [...[700, 680, 660, 640].map((y) => h(y, 50, 300)), v(50, 640, 700), v(300, 640, 700), v(120, 680, 700), v(120, 640, 660)];
    const { tables } = findTables(one, [
      text('一', 55, 686),
      text('二', 125, 686),
      text('分组标题', 55, 666),
      text('三', 55, 646),
      text('四', 125, 646),
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.length)).toEqual([2, 1, 2]);
  });
});

describe('PDF: a typed row too wide for the page', () => {
  // Each row's last cell did not fit after its run of spaces (a wide column, set by rows not shown) and went
  // alone to the next line, though the row itself ends far from the margin.
  const LINES = [
    '重点任务分工表',
    '序号  重点任务          牵头单位  配合单位',
    '完成时限',
    '1     新建社区食堂8个   县民政局  县财政局',
    '2025年6月',
    '2     开放体育场地20所  县教育局  县体育局',
    '2025年9月',
    '3     改造老旧小区12个  县住建局  各街道',
    '2025年12月',
    '县人民政府办公室',
  ];

  it('joins each row with its last cell, the cells lined up in one column', async () => {
    const source = await readDocument({ bytes: tinyPdf([LINES.map(typedRuns)], { latinWidth: 500 }), fileName: 'plan.pdf' });
    const lines = source.text.split('\n');
    expect(lines).toHaveLength(6);
    const at = (line: string, cell: string) => displayWidth(line.slice(0, line.indexOf(cell)));
    expect(
      new Set([at(lines[1]!, '完成时限'), at(lines[2]!, '2025年6月'), at(lines[3]!, '2025年9月'), at(lines[4]!, '2025年12月')]).size,
    ).toBe(1);
    const plan = await parsePlan({ bytes: tinyPdf([LINES.map(typedRuns)], { latinWidth: 500 }), fileName: 'plan.pdf' });
    expect(plan.tasks.find((t) => t.text.includes('社区食堂'))).toMatchObject({
      lead: ['县民政局'],
      participants: ['县财政局'],
      due: ['2025-06-30'],
    });
  });
});

describe('PDF: a signature under a typed table whose rows wrapped', () => {
  it('stays apart from the last row', async () => {
    const lines = [
      '序号  重点任务          牵头单位  配合单位',
      '完成时限',
      '1     新建社区食堂8个   县民政局  县财政局',
      '2025年6月',
      '2     改造老旧小区12个  县住建局  各街道',
      '县人民政府办公室',
    ];
    const source = await readDocument({ bytes: tinyPdf([lines.map(typedRuns)], { latinWidth: 500 }), fileName: 'plan.pdf' });
    expect(
      source.text
        .split('\n')
        .slice(-2)
        .map((l) => l.trim()),
    ).toEqual([expect.stringMatching(/^2 +改造老旧小区12个 +县住建局 +各街道$/), '县人民政府办公室']);
  });
});

describe('realignGapJoins: rows that all wrapped their last cells', () => {
  const joined = (head: string, tail: string) => ({ text: `${head}  ${tail}`, at: head.length + 2 });
  const rows = [
    joined('序号  重点任务      牵头单位', '协同单位    完成时限'),
    joined('1     新建食堂8个   县教育局', '县住建局    2024年8月'),
    joined('2     提标卫生院    县卫健局', '2024年10月'),
    joined('3     改造小区12个  县水务局', '各镇街道    2024年12月'),
    joined('4     新建步道      县城管局', '县交通局'),
  ];

  it('lines the continuations up together, a lone date under the dates and a lone name under the names', () => {
    const lines = rows.map((r) => r.text);
    realignGapJoins(
      lines,
      rows.map((r, index) => ({ index, at: r.at })),
    );
    const col = (i: number, cell: string) => displayWidth(lines[i]!.slice(0, lines[i]!.indexOf(cell)));
    expect(new Set([col(0, '协同单位'), col(1, '县住建局'), col(3, '各镇街道'), col(4, '县交通局')]).size).toBe(1);
    expect(new Set([col(0, '完成时限'), col(1, '2024年8月'), col(2, '2024年10月'), col(3, '2024年12月')]).size).toBe(1);
  });
});

describe('PDF: a borderless table broken by a page', () => {
  // The page breaks inside row 2: its cells' first lines end page 1, the rest start page 2.
  const PAGE1 = [...LAID_OUT.slice(0, 7), LAID_OUT[7]!.map((r) => ({ ...r, dy: 0 }))];
  const PAGE2: TinyRun[][] = [[cell(1, '20所'), cell(3, '县财政局')], [], LAID_OUT[10]!, [], [{ x: 72, text: '县人民政府办公室' }]];

  it('reads the rows at the next page top in the columns of the table above, the broken row joined again', async () => {
    const source = await readDocument({ bytes: tinyPdf([PAGE1, PAGE2], { latinWidth: 500 }), fileName: 'plan.pdf' });
    const tables = source.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '新建社区食堂8个并投入使用', '县民政局', '县财政局、县商务局', '2025年6月'],
      ['2', '开放学校体育场地20所', '县教育局', '县体育局县财政局', '2025年9月'],
      ['3', '改造老旧小区12个', '县住建局', '各街道', '2025年12月'],
    ]);
    expect(source.text).toContain('县人民政府办公室');
  });

  it('does not carry columns onto a page that starts with prose', () => {
    const first = findStreamTables(runsOf(PAGE1));
    expect(first.carry).toBeDefined();
    const prose = runsOf([[{ x: 72, text: '二、强化督促检查，各单位要按时报送进展。' }], ...PAGE2.slice(2)]);
    expect(findStreamTables(prose, first.carry).tables).toEqual([]);
  });
});
