import * as XLSX from '@e965/xlsx';
import type { SourceText } from '../source-text.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';
import { biffValueCells } from './ole-bounds.js';
import { oleStream, type CompoundFile } from './ole-container.js';
import { emitSheet, MAX_CELLS, serialDate, type Sheet } from './sheet-blocks.js';
import { SourceBuilder } from './source-builder.js';

/*
 * Why SheetJS, from '@e965/xlsx': BIFF (Excel 97–2003 .xls, and WPS .et, which saves BIFF8) is a large binary
 * format that only SheetJS reads well in pure JS (exceljs reads .xlsx only). The 'xlsx' package on npm stopped
 * at 0.18.5, which has CVE-2023-30533 (prototype pollution) and CVE-2024-22363 (ReDoS); SheetJS now publishes
 * on its own CDN, which installs from a tarball URL. '@e965/xlsx' republishes each upstream release to npm
 * unchanged (0.20.3 carries both fixes), has no dependencies and no install scripts, and is widely used.
 */

/** A cell as SheetJS gives it (only the fields read here). */
interface BiffCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

/**
 * Reads a BIFF workbook (.xls, .et) into the same blocks an .xlsx gives: one table per visible sheet with merged
 * ranges as spans, leading one-text rows (sheet titles) as paragraphs. Date cells read as 2026年6月30日.
 * `cfb` is the file's compound container, already opened by the caller.
 */
export async function xlsToSource(
  bytes: Uint8Array,
  cfb: CompoundFile,
  limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS,
): Promise<SourceText> {
  // SheetJS builds every cell before returning, and a number cell costs six bytes of file: count them first.
  const stream = oleStream(cfb, 'Workbook') ?? oleStream(cfb, 'Book');
  if (stream && biffValueCells(stream) > MAX_CELLS) throw tooManyCells();
  let workbook: XLSX.WorkBook;
  // SheetJS logs each unknown BIFF record with console.error: a corrupt file could write millions of lines.
  // The read is synchronous, so muting the console for its length silences nothing else.
  const log = console.error;
  console.error = () => undefined;
  try {
    workbook = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      cellDates: false,
      cellNF: true,
    });
  } catch (cause) {
    const locked = cause instanceof Error && /password|encrypt/i.test(cause.message);
    const message = locked ? 'Excel 表格设有打开密码,无法读取;请取消密码后再导入。' : 'Excel 表格已损坏或不是有效的 .xls 文件,无法读取。';
    throw new DocumentError('document.unreadable', message, { cause });
  } finally {
    console.error = log;
  }
  const builder = new SourceBuilder();
  let cellCount = 0;
  let chars = 0;
  workbook.SheetNames.forEach((name, index) => {
    if (workbook.Workbook?.Sheets?.[index]?.Hidden) return;
    const ws = workbook.Sheets[name];
    if (!ws) return;
    const sheet = readSheet(name, ws);
    for (const row of sheet.cells.values()) {
      cellCount += row.size;
      for (const text of row.values()) chars += text.length;
    }
    if (cellCount > MAX_CELLS) throw tooManyCells();
    if (chars > limits.maxTextChars) throw new DocumentError('document.too_large', 'Excel 表格文字过多,请拆分后再导入。');
    emitSheet(builder, sheet);
  });
  return builder.build('xls');
}

function tooManyCells(): DocumentError {
  return new DocumentError('document.too_complex', `Excel 表格的单元格过多(上限 ${MAX_CELLS} 个),请拆分后再导入。`);
}

function readSheet(name: string, ws: XLSX.WorkSheet): Sheet {
  const sheet: Sheet = { name, cells: new Map(), merges: [] };
  const data = (ws['!data'] ?? []) as (BiffCell | undefined)[][];
  data.forEach((row, r) => {
    row?.forEach((cell, c) => {
      const shown = cell ? cellText(cell) : '';
      if (shown.trim() === '') return;
      const cells = sheet.cells.get(r) ?? new Map<number, string>();
      cells.set(c, shown);
      sheet.cells.set(r, cells);
    });
  });
  for (const m of ws['!merges'] ?? []) sheet.merges.push({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c });
  return sheet;
}

function cellText(cell: BiffCell): string {
  if (cell.t === 'e' || cell.t === 'z') return '';
  if (cell.t === 'n' && typeof cell.v === 'number' && cell.z !== undefined && XLSX.SSF.is_date(cell.z))
    return serialDate(cell.v) ?? String(cell.v);
  if (cell.t === 's') return typeof cell.v === 'string' ? cell.v : '';
  return cell.w ?? (cell.v === undefined ? '' : String(cell.v));
}
