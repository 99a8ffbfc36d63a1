import { describe, expect, it } from 'vitest';
import { findStreamTables } from '../../src/extract/formats/pdf-stream-tables.js';
import { cellsOf, streamTable, type StreamLayout } from '../support/stream-table-layout.js';

// A borderless table of one-line rows set well apart (generous cell padding, as a landscape register
// printed from HTML), where only a couple of cells wrapped: their lines are a line's height apart, set in
// the middle of their row, above and below the row's one-line cells.
const SIZE = 10;
const LAYOUT: StreamLayout = { size: SIZE, step: 14, pad: 18, cols: [60, 90, 260, 330, 420] };
const table = (rows: string[][][]) => streamTable(LAYOUT, rows);

describe('findStreamTables on one-line rows set far apart with a few wrapped cells', () => {
  it('keeps a wrapped cell in its row though the row distance recurs most', () => {
    const runs = table([
      [['序号'], ['工作任务'], ['牵头单位'], ['配合单位'], ['完成时限']],
      [['1'], ['新建口袋公园六处'], ['区园林局'], ['各街道'], ['六月底']],
      [['2'], ['改造雨污管网十二公里'], ['区水务局'], ['区财政局'], ['二〇二六年十', '月底']],
      [['3'], ['建设托育机构两所'], ['区卫健委'], ['区教育局'], ['九月']],
      [['4'], ['落实困难群众救助机制，', '逐月开展排查'], ['区民政局'], ['各街道'], ['每月']],
      [['5'], ['更新公交车辆四十台'], ['区交通局'], ['区国资委'], ['十二月']],
      [['6'], ['整治背街小巷二十条'], ['区城管局'], ['各街道'], ['十月']],
    ]);
    const { tables } = findStreamTables(runs);
    expect(tables).toHaveLength(1);
    expect(cellsOf(tables[0]!.rows)).toEqual([
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '新建口袋公园六处', '区园林局', '各街道', '六月底'],
      ['2', '改造雨污管网十二公里', '区水务局', '区财政局', '二〇二六年十月底'],
      ['3', '建设托育机构两所', '区卫健委', '区教育局', '九月'],
      ['4', '落实困难群众救助机制，逐月开展排查', '区民政局', '各街道', '每月'],
      ['5', '更新公交车辆四十台', '区交通局', '区国资委', '十二月'],
      ['6', '整治背街小巷二十条', '区城管局', '各街道', '十月'],
    ]);
  });
});
