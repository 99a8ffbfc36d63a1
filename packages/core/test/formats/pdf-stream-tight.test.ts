import { describe, expect, it } from 'vitest';
import { findStreamTables } from '../../src/extract/formats/pdf-stream-tables.js';
import { cellsOf, streamTable, type StreamLayout } from '../support/stream-table-layout.js';

// A borderless table printed from an HTML table with narrow cell padding: a cell filled to its edge leaves
// only 3 pt before the next column's text, rows are 3 pt further apart than a cell's lines, and every cell
// sits in the middle of its row (a two-line header cell starts above the header's other cells).
const SIZE = 10;
const LAYOUT: StreamLayout = { size: SIZE, step: 15, pad: 3, cols: [60, 86, 169, 202, 285] };
const table = (rows: string[][][]) => streamTable(LAYOUT, rows);

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
