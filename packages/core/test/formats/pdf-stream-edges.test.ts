import { describe, expect, it } from 'vitest';
import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { findStreamTables } from '../../src/extract/formats/pdf-stream-tables.js';
import { cellsOf, streamTable, type StreamLayout } from '../support/stream-table-layout.js';

// A web page's metadata table printed without borders (12 pt): label | value | label | value, a label filled
// to its edge leaving 3 pt (a quarter of an em, less than a word gap) before its value, a label of four
// characters wrapped onto two lines, every cell in the middle of its row. No line shows three cells.
const SIZE = 12;
const LAYOUT: StreamLayout = { size: SIZE, step: 17.2, pad: 17, cols: [58, 121, 400, 460] };
const META = [
  [['[索引号]'], ['11500223MB1H3512XR/2026-00058'], ['[发文字', '号]'], ['潼督改办〔2026〕3', '号']],
  [['[主题分类]'], ['环境监测、保护与治理'], ['[体裁分', '类]'], ['通知']],
  [['[发布机构]'], ['潼南区中央生态环境保护督察整改工作领导小组办公', '室'], ['[成文日', '期]'], ['2026-02-26']],
];

describe('findStreamTables on a tight table of labels and values side by side', () => {
  it('keeps a cell filled to its edge apart from the next column and reads every row', () => {
    const { tables } = findStreamTables(streamTable(LAYOUT, META));
    expect(tables).toHaveLength(1);
    expect(cellsOf(tables[0]!.rows)).toEqual([
      ['[索引号]', '11500223MB1H3512XR/2026-00058', '[发文字号]', '潼督改办〔2026〕3号'],
      ['[主题分类]', '环境监测、保护与治理', '[体裁分类]', '通知'],
      ['[发布机构]', '潼南区中央生态环境保护督察整改工作领导小组办公室', '[成文日期]', '2026-02-26'],
    ]);
  });

  it('does not split running text at a gap no column edge lines up with', () => {
    const text = (y: number, parts: [number, string][]): Positioned[] =>
      parts.map(([x, t]) => ({ text: t, x, right: x + [...t].length * SIZE, y, size: SIZE }));
    const runs = [
      ...text(700, [
        [58, '[主题分类]'],
        [121, '环境监测'],
      ]),
      ...text(683, [[58, '各有关单位']]),
      ...text(666, [[58, '现将方案印发']]),
    ];
    expect(findStreamTables(runs).tables).toHaveLength(0);
  });
});

// A table typed with spaces (one line a row, a line's height apart), a heading, then a table set by a layout
// engine with a two-level header: the typed table reads the heading as a row spanning it and would take the
// lines after it too; those lines are the second table's.
describe('findStreamTables after a typed table and a heading', () => {
  const S = 9;
  const at = (x: number, t: string, y: number): Positioned => ({
    text: t,
    x,
    right: x + [...t].reduce((w, c) => w + (c < '\u0080' ? S / 2 : S), 0),
    y,
    size: S,
  });
  const typed = [492, 463, 433, 403].flatMap((y, k) =>
    k === 0
      ? [at(63, '序号', y), at(199, '指标名称', y), at(361, '2025年', y), at(438, '2026年', y), at(516, '指标性质', y)]
      : [at(58, String(k), y), at(89, '重点行业职业病危害', y), at(347, '90%', y), at(424, '95%', y), at(501, '约束性', y)],
  );
  const heading = [at(57, '二、重点任务', 370.6), at(422, '责任主体', 341.2)];
  const cols = [58, 84, 145, 364, 431, 517];
  const second = [
    at(61, '序号', 326.3),
    at(95, '重点任务', 326.3),
    at(235, '具体内容', 326.3),
    at(524, '完成时限', 326.3),
    at(378, '牵头单位', 311.3),
    at(455, '责任单位', 311.3),
    ...[281.4, 238.6, 195.7, 152.9].flatMap((y, k) => [
      at(cols[0]!, String(k + 1), y),
      at(cols[1]!, '强化源头治理', y),
      at(cols[2]!, '开展申报扩面行动，推动存在职业病危害的用人单位', y + 6.5),
      at(cols[2]!, '应报尽报', y - 6.5),
      at(cols[3]!, '省卫生健康委', y),
      at(cols[4]!, '省工业和信息化厅、', y + 6.5),
      at(cols[4]!, '省市场监管局', y - 6.5),
      at(cols[5]!, '年底前', y),
    ]),
  ];

  it('reads the second table with its header', () => {
    const { tables } = findStreamTables([...typed, ...heading, ...second]);
    expect(tables).toHaveLength(1);
    const rows = cellsOf(tables[0]!.rows);
    expect(rows[0]).toEqual(['序号', '重点任务', '具体内容', '牵头单位', '责任单位', '完成时限']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4']);
  });
});

// A cell's last line (a column before the last, filled to its edge on the page before), alone at the top of
// the next page: no line there has two cells.
describe('findStreamTables: a cell tail alone on its page', () => {
  const S = 9;
  const at = (x: number, t: string, y: number): Positioned => ({ text: t, x, right: x + [...t].length * S, y, size: S });
  const cols = [58, 84, 200, 300, 385];
  const page1 = [760, 730, 700, 670].flatMap((y, k) => [
    at(cols[0]!, String(k + 1), y),
    at(cols[1]!, '提升诊治能力', y + 6),
    at(cols[1]!, '建设', y - 6),
    at(cols[2]!, '省卫生健康委', y),
    at(cols[3]!, '省总工会、', y + 6),
    at(cols[3]!, k === 3 ? '各地级以上市人民政' : '省卫健委', y - 6),
    at(cols[4]!, '年底前', y),
  ]);

  it('goes on with the table the page before ended', () => {
    const { carry } = findStreamTables(page1);
    expect(carry).toBeDefined();
    const { tables, rest } = findStreamTables([at(cols[3]!, '府', 801.8)], carry);
    expect(rest).toHaveLength(0);
    expect(cellsOf(tables[0]!.rows)).toEqual([['', '', '', '府', '']]);
  });
});

// A table set in 11 pt, then a heading and body text in 16 pt: the heading is no row spanning the table, and
// the body text below it is no part of it.
describe('findStreamTables: text set larger after a table', () => {
  const S = 11;
  const at = (x: number, t: string, y: number, size = S): Positioned => ({ text: t, x, right: x + [...t].length * size, y, size });
  const cols = [58, 87, 314, 358, 500];
  const rows = [632, 580, 528].flatMap((y, k) => [
    at(cols[0]!, String(k + 7), y),
    ...(k === 2
      ? [at(cols[1]!, '推进托育机构卫生评价', y)]
      : [at(cols[1]!, '开展农村适龄妇女免费检查', y + 8), at(cols[1]!, '完成筛查', y - 8)]),
    at(cols[2]!, '妇幼', y + 8),
    at(cols[2]!, '健康', y - 8),
    at(cols[3]!, '县妇幼保健', y + 8),
    at(cols[3]!, '各乡镇', y - 8),
    at(cols[4]!, '2026年', y + 8),
    at(cols[4]!, '月底前', y - 8),
  ]);
  const after = [
    at(57, '四、工作要求', 481.5, 16),
    at(57, '各责任单位要明确专人负责于每季度末将工作进展报', 444.2, 16),
    at(57, '康股。', 421.1, 16),
  ];

  it('ends the table before them', () => {
    const { tables, rest } = findStreamTables([...rows, ...after]);
    expect(tables).toHaveLength(1);
    expect(cellsOf(tables[0]!.rows).map((r) => r[0])).toEqual(['7', '8', '9']);
    expect(rest.map((r) => r.text)).toEqual(after.map((r) => r.text));
  });
});
