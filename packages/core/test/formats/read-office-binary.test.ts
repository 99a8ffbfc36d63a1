import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { SourceText, TableBlock } from '../../src/extract/source-text.js';
import { DEFAULT_DOCUMENT_LIMITS, readDocument } from '../../src/extract/formats/index.js';

const fixture = (dir: string, file: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${dir}/${file}`, import.meta.url)));
const tables = (s: SourceText) => s.blocks.filter((b): b is TableBlock => b.kind === 'table');
/** Paragraphs as text, tables as rows of [text, rowSpan, colSpan]: what must match between twins. */
const shape = (s: SourceText) =>
  s.blocks.map((b) => (b.kind === 'para' ? b.text : b.rows.map((r) => r.cells.map((c) => [c.text.trim(), c.rowSpan, c.colSpan]))));

const CFB = XLSX.CFB as {
  read: (d: Uint8Array, o: { type: 'buffer' }) => unknown;
  find: (c: unknown, p: string) => { content: Uint8Array } | null;
  write: (c: unknown, o: { type: 'buffer' }) => Uint8Array;
  utils: { cfb_new: () => unknown; cfb_add: (c: unknown, p: string, d: Uint8Array) => void };
};

/** A BIFF8 workbook written by SheetJS from rows (SheetJS reads it back, so only for bounds, not for reading). */
function biff(rows: unknown[][], merges: XLSX.Range[] = []): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '任务');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
}

describe('readDocument: .doc and .wps (Word 97)', () => {
  it('reads a .doc as the same paragraphs and table cells, with the same spans, as its .docx twin', async () => {
    for (const dir of ['html-rowspan', 'office-doc-two-tables']) {
      const doc = await readDocument({ bytes: fixture(dir, 'input.doc'), fileName: 'plan.doc' });
      const docx = await readDocument({ bytes: fixture(dir, 'input.docx'), fileName: 'plan.docx' });
      expect(doc.format).toBe('doc');
      expect(shape(doc)).toEqual(shape(docx));
      for (const row of tables(doc).flatMap((t) => t.rows))
        for (const cell of row.cells) expect(doc.text.slice(cell.start, cell.end)).toBe(cell.text);
    }
  });

  it('keeps a cell of two paragraphs, or a line break, in one cell, and a vertical merge as a row span', async () => {
    const source = await readDocument({ bytes: fixture('office-doc-two-tables', 'input.doc'), fileName: 'plan.doc' });
    const [first, second] = tables(source);
    expect(tables(source)).toHaveLength(2);
    expect(first?.rows[1]?.cells.map((c) => c.text)).toEqual([
      '1',
      '推行企业开办“一窗通办”。 全程网办率达到95%以上。',
      '2024年6月底前',
      '县市场监管局',
      '县税务局、县人社局',
    ]);
    expect(first?.rows[2]?.cells[2]).toMatchObject({ text: '2024年9月底前', rowSpan: 2 });
    expect(first?.rows[3]?.cells.map((c) => c.text)).toEqual([
      '3',
      '推动工程建设项目审批“多测合一”。',
      '县自然资源局',
      '县住建局 县行政审批局',
    ]);
    expect(second?.rows).toHaveLength(3);
    // The heading between the tables stays a paragraph of its own.
    expect(source.blocks.some((b) => b.kind === 'para' && b.text === '二、要素保障强化')).toBe(true);
  });

  it('reads the text boxes of a file whose body is blank (all its words in boxes), as WPS forms are saved', async () => {
    // Made with LibreOffice from source.fodt: one text box holding the plan, an empty body paragraph.
    const source = await readDocument({ bytes: fixture('office-doc-text-boxes', 'input.doc'), fileName: 'plan.wps' });
    const paras = source.blocks.map((b) => (b.kind === 'para' ? b.text : '')).filter(Boolean);
    expect(paras).toEqual([
      '某县2025年健康促进重点任务',
      '1.开展健康知识进社区活动,全年举办讲座20场。(县卫生健康局牵头,县民政局配合)',
      '2.建设健康步道3条。(县体育局负责,9月底前)',
    ]);
    // A real body keeps its text boxes out, as the .docx reader does.
    const withBody = await readDocument({ bytes: fixture('office-doc-two-tables', 'input.doc'), fileName: 'plan.doc' });
    expect(withBody.text).not.toContain('健康步道');
  });

  it('sniffs by content: a Word 97 file named .wps or without extension reads as doc', async () => {
    const bytes = fixture('html-rowspan', 'input.doc');
    for (const fileName of ['plan.wps', 'plan', 'plan.txt']) expect((await readDocument({ bytes, fileName })).format).toBe('doc');
    expect((await readDocument({ bytes: fixture('html-rowspan', 'input.docx'), fileName: 'plan.wps' })).format).toBe('docx');
  });

  it('refuses an encrypted .doc, and one past the text limit, with a DocumentError', async () => {
    const cfb = CFB.read(fixture('html-rowspan', 'input.doc'), { type: 'buffer' });
    const main = CFB.find(cfb, 'WordDocument');
    if (!main) throw new Error('fixture has no WordDocument stream');
    main.content[0xb] = (main.content[0xb] ?? 0) | 0x01;
    await expect(readDocument({ bytes: CFB.write(cfb, { type: 'buffer' }), fileName: 'locked.doc' })).rejects.toMatchObject({
      code: 'document.unreadable',
      message: expect.stringContaining('密码'),
    });
    const limits = { ...DEFAULT_DOCUMENT_LIMITS, maxTextChars: 100 };
    await expect(readDocument({ bytes: fixture('html-rowspan', 'input.doc'), fileName: 'a.doc' }, limits)).rejects.toMatchObject({
      code: 'document.too_large',
    });
  });
});

describe('readDocument: .xls and .et (BIFF)', () => {
  it('reads an .xls as the same blocks as its .xlsx twin: several sheets, merges, dates, hidden sheet left out', async () => {
    const xls = await readDocument({ bytes: fixture('office-xls-sheets', 'input.xls'), fileName: 'plan.xls' });
    const xlsx = await readDocument({ bytes: fixture('office-xls-sheets', 'input.xlsx'), fileName: 'plan.xlsx' });
    expect(xls.format).toBe('xls');
    expect(shape(xls)).toEqual(shape(xlsx));
    expect(tables(xls)).toHaveLength(2);
    expect(tables(xls)[0]?.rows[2]?.cells[0]?.text).toBe('2025年8月31日');
    expect(xls.text).not.toContain('隐藏的草稿');
  });

  it('sniffs by content: BIFF named .et or .doc reads as xls; an OOXML workbook named .et or unnamed as xlsx', async () => {
    const bytes = fixture('office-xls-sheets', 'input.xls');
    for (const fileName of ['plan.et', 'plan.doc', 'plan']) expect((await readDocument({ bytes, fileName })).format).toBe('xls');
    for (const fileName of ['plan.et', 'plan'])
      expect((await readDocument({ bytes: fixture('office-xls-sheets', 'input.xlsx'), fileName })).format).toBe('xlsx');
  });

  it('clips a merge declared over a million rows to the filled cells', async () => {
    const bytes = biff(
      [
        ['序号', '任务', '牵头单位'],
        ['1', '推进控烟', '市卫生健康委'],
      ],
      [{ s: { r: 1, c: 2 }, e: { r: 999_999, c: 2 } }],
    );
    const [table] = tables(await readDocument({ bytes, fileName: 'a.xls' }));
    expect(table?.rows).toHaveLength(2);
    expect(table?.rows[1]?.cells[2]).toMatchObject({ text: '市卫生健康委', rowSpan: 1 });
  });

  it('refuses a sheet whose few cells span a huge grid, and a workbook past the text limit', async () => {
    const far = XLSX.utils.encode_cell({ r: 10_000, c: 200 });
    const ws: XLSX.WorkSheet = { '!ref': `A1:${far}`, A1: { t: 's', v: '任务' }, [far]: { t: 's', v: '远处的单元格' } };
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '任务');
    const sparse = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    await expect(readDocument({ bytes: sparse, fileName: 'a.xls' })).rejects.toMatchObject({ code: 'document.too_complex' });
    const long = biff([
      ['任务', '说明'],
      ['1', '很长的说明'.repeat(40)],
    ]);
    await expect(readDocument({ bytes: long, fileName: 'a.xls' }, { ...DEFAULT_DOCUMENT_LIMITS, maxTextChars: 100 })).rejects.toMatchObject(
      { code: 'document.too_large' },
    );
  });
});

describe('readDocument: other OLE files', () => {
  it('refuses a compound file holding neither a Word body nor a workbook as unsupported', async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'Contents', new TextEncoder().encode('not a document'));
    await expect(readDocument({ bytes: CFB.write(cfb, { type: 'buffer' }), fileName: 'a.doc' })).rejects.toMatchObject({
      code: 'document.unsupported',
    });
    const ppt = CFB.utils.cfb_new();
    CFB.utils.cfb_add(ppt, 'PowerPoint Document', new Uint8Array(64));
    await expect(readDocument({ bytes: CFB.write(ppt, { type: 'buffer' }), fileName: 'a.ppt' })).rejects.toMatchObject({
      code: 'document.unsupported',
    });
  });
});
