import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { tinyPdf, type TinyRun } from '../support/tiny-pdf.js';

// A borderless table (cells wrapped inside their columns, set in the middle of their rows) under a heading
// 9 pt above the header, less than a font size, across the room between two columns (as a layout engine
// sets a cell spanning columns in a two-level header).
const COLS = [72, 110, 270, 370, 470];
const cell = (col: number, text: string, dy = 0): TinyRun => ({ x: COLS[col]!, text, dy });
const PAGE: TinyRun[][] = [
  [{ x: 72, text: '关于印发重点任务分工的通知' }],
  [{ x: 200, text: '责任分工及安排说明', dy: 9 }],
  [cell(0, '序号'), cell(1, '重点任务'), cell(2, '牵头单位'), cell(3, '配合单位'), cell(4, '完成时限')],
  [],
  [cell(0, '1', 9), cell(1, '新建社区食堂8个'), cell(2, '县民政局', 9), cell(3, '县财政局、'), cell(4, '2025年6月', 9)],
  [cell(1, '并投入使用'), cell(3, '县商务局')],
  [],
  [cell(0, '2', 9), cell(1, '开放学校体育场地'), cell(2, '县教育局', 9), cell(3, '县体育局', 9), cell(4, '2025年9月', 9)],
  [cell(1, '20所')],
  [],
  [cell(0, '3'), cell(1, '改造老旧小区12个'), cell(2, '县住建局'), cell(3, '各街道'), cell(4, '2025年12月')],
];

describe('PDF: a line set just above a borderless table', () => {
  it('comes before the table, not after it', async () => {
    const source = await readDocument({ bytes: tinyPdf([PAGE]), fileName: 'plan.pdf' });
    const kinds = source.blocks.map((b) => (b.kind === 'table' ? 'table' : b.text.trim()));
    const table = kinds.indexOf('table');
    expect(table).toBeGreaterThan(0);
    expect(kinds).toContain('责任分工及安排说明');
    expect(kinds.indexOf('责任分工及安排说明')).toBeLessThan(table);
  });
});
