import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/extract/source-text.js';
import { DEFAULT_DOCUMENT_LIMITS, DocumentError, readDocument } from '../../src/extract/formats/index.js';

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const tables = (blocks: { kind: string }[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('readDocument: .xlsx', () => {
  it('turns a sheet into a title paragraph and a table with merged cells as spans', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('清单');
      ws.addRow(['重点任务清单']);
      ws.mergeCells('A1:D1');
      ws.addRow(['序号', '重点任务', '牵头单位', '完成时限']);
      ws.addRow(['一、健康环境']);
      ws.mergeCells('A3:D3');
      ws.addRow([1, '控烟宣传', '市卫生健康委', '2021年']);
      ws.addRow([2, '健身设施', null, '持续推进']);
      ws.mergeCells('C4:C5');
    });
    const source = await readDocument({ bytes, fileName: 'plan.xlsx' });
    expect(source.format).toBe('xlsx');
    expect(source.blocks[0]).toMatchObject({ kind: 'para', text: '重点任务清单' });
    const [table] = tables(source.blocks);
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['一、健康环境'],
      ['1', '控烟宣传', '市卫生健康委', '2021年'],
      ['2', '健身设施', '持续推进'],
    ]);
    expect(table?.rows[1]?.cells[0]?.colSpan).toBe(4);
    expect(table?.rows[2]?.cells[2]?.rowSpan).toBe(2);
    // Every cell's offsets point at its text.
    for (const row of table?.rows ?? []) for (const cell of row.cells) expect(source.text.slice(cell.start, cell.end)).toBe(cell.text);
  });

  it('shows date cells as dates, reads rich text, and skips hidden sheets', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('任务');
      ws.addRow(['任务', '牵头单位', '完成时限']);
      const row = ws.addRow([
        { richText: [{ text: '推进' }, { text: '健身设施', font: { bold: true } }] },
        '市体育局',
        new Date(Date.UTC(2026, 5, 30)),
      ]);
      row.getCell(3).numFmt = 'yyyy-mm-dd';
      const hidden = wb.addWorksheet('隐藏');
      hidden.state = 'hidden';
      hidden.addRow(['不应读取', '内容']);
    });
    const source = await readDocument({ bytes, fileName: 'plan.xlsx' });
    expect(tables(source.blocks).map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual([
      [
        ['任务', '牵头单位', '完成时限'],
        ['推进健身设施', '市体育局', '2026年6月30日'],
      ],
    ]);
    expect(source.text).not.toContain('不应读取');
  });

  it('refuses hostile and broken workbooks with a DocumentError', async () => {
    const bytes = await workbook((wb) => wb.addWorksheet('a').addRow(['x', 'y']));
    await expect(readDocument({ bytes, fileName: 'a.xlsx' }, { ...DEFAULT_DOCUMENT_LIMITS, maxZipEntries: 3 })).rejects.toMatchObject({
      code: 'document.too_complex',
    });
    await expect(readDocument({ bytes, fileName: 'a.xlsx' }, { ...DEFAULT_DOCUMENT_LIMITS, maxInflatedBytes: 1000 })).rejects.toMatchObject(
      { code: 'document.too_large' },
    );
    await expect(readDocument({ bytes: strToU8('not a workbook'), fileName: 'a.xlsx' })).rejects.toMatchObject({
      code: 'document.unreadable',
    });
    const noWorkbook = zipSync({ '[Content_Types].xml': strToU8('<Types/>') });
    await expect(readDocument({ bytes: noWorkbook, fileName: 'a.xlsx' })).rejects.toBeInstanceOf(DocumentError);
  });
});
