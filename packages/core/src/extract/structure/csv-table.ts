import type { Block, TableBlock, TableCell } from '../source-text.js';
import { para } from './text-table-parts.js';
import { headerRole } from './table-columns.js';

/** A CSV table found in the text, and the index of the first block after it. */
export interface CsvFound {
  table: TableBlock;
  next: number;
}

interface Field extends TableCell {
  /** Offset after the field's separator (or record end). */
  after: number;
}

/**
 * Reads one CSV record at `from` in `text` (RFC 4180: fields separated by ",", a quoted field may hold commas,
 * line breaks and doubled quotes). Returns the fields with their source offsets and the offset after the record.
 */
export function readCsvRecord(text: string, from: number): { fields: TableCell[]; end: number } {
  const fields: TableCell[] = [];
  let k = from;
  for (;;) {
    const f = readField(text, k);
    fields.push({ text: f.text, start: f.start, end: f.end, rowSpan: 1, colSpan: 1 });
    k = f.after;
    if (text[k - 1] !== ',' || k > text.length) break;
  }
  return { fields, end: Math.min(k, text.length) };
}

function readField(text: string, from: number): Field {
  if (text[from] !== '"') {
    let k = from;
    while (k < text.length && text[k] !== ',' && text[k] !== '\n') k++;
    const raw = text.slice(from, k);
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    return { text: value, start: from + lead, end: from + lead + value.length, rowSpan: 1, colSpan: 1, after: k + 1 };
  }
  let k = from + 1;
  let value = '';
  for (; k < text.length; k++) {
    if (text[k] === '"') {
      if (text[k + 1] === '"') {
        value += '"';
        k++;
        continue;
      }
      break;
    }
    // A cell broken over lines in the export reads as one line of text.
    value += text[k] === '\n' ? '' : text[k];
  }
  const end = k;
  k++;
  while (k < text.length && text[k] !== ',' && text[k] !== '\n') k++;
  return { text: value.trim(), start: from + 1, end, rowSpan: 1, colSpan: 1, after: k + 1 };
}

/**
 * A table exported as CSV: a header line of column labels joined by ASCII commas (序号,工作任务,牵头单位,…), then
 * one record per row until a line with no comma. Cells come back whole, quoted commas and line breaks included.
 */
export function csvTable(text: string, blocks: Block[], i: number): CsvFound | null {
  const head = para(blocks, i);
  // Labels hold no full stop: a sentence with commas (most prose of a folded copy) is not a header.
  if (!head || !head.text.includes(',') || /[|\t。;；]/.test(head.text)) return null;
  const header = readCsvRecord(text, head.start);
  if (header.fields.length < 3 || header.end > head.end + 1) return null;
  const roles = header.fields.map((f) => headerRole(f.text));
  if (roles.filter((r) => r !== null).length < 3 || !roles.includes('task')) return null;
  const rows: TableBlock['rows'] = [{ start: head.start, end: head.end, line: head.line, cells: header.fields }];
  let j = i + 1;
  while (j < blocks.length) {
    const b = para(blocks, j);
    if (!b || !b.text.includes(',')) break;
    const rec = readCsvRecord(text, b.start);
    if (rec.fields.length < 2) break;
    rows.push({ start: b.start, end: rec.end, line: b.line, cells: rec.fields });
    // The record may have run over several lines (a quoted cell with a line break).
    while (j < blocks.length && (blocks[j]?.start ?? Infinity) < rec.end) j++;
  }
  if (rows.length < 2) return null;
  const last = rows[rows.length - 1]!;
  return { table: { kind: 'table', line: head.line, start: head.start, end: Math.max(head.end, last.end - 1), rows }, next: j };
}
