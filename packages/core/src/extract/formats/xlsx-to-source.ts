import { strFromU8 } from 'fflate';
import { Parser } from 'htmlparser2';
import type { SourceText } from '../source-text.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';
import { readOfficeXmlParts } from './docx-zip.js';
import { SourceBuilder } from './source-builder.js';
import { emitSheet, MAX_CELLS, serialDate, type Sheet } from './sheet-blocks.js';

/**
 * Reads an .xlsx workbook into the same blocks a .docx table gives: each sheet becomes a table (merged ranges
 * become row/column spans, so section rows merged across the width read as category rows); rows before the
 * table holding a single merged text (a sheet title) become paragraphs. The zip is vetted like a .docx's.
 */
export async function xlsxToSource(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): Promise<SourceText> {
  const parts = await readOfficeXmlParts(bytes, 'excel', limits);
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : null);
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new DocumentError('document.unreadable', 'Excel 表格缺少工作簿（xl/workbook.xml），不是有效的 .xlsx 文件。');
  const shared = readSharedStrings(text('xl/sharedStrings.xml') ?? '');
  const dates = readDateStyles(text('xl/styles.xml') ?? '');
  const rels = readRelationships(text('xl/_rels/workbook.xml.rels') ?? '');
  const builder = new SourceBuilder();
  let cellCount = 0;
  for (const entry of readSheetList(workbook)) {
    const target = rels.get(entry.rid);
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    const xml = text(path);
    if (xml === null) continue;
    const sheet = readSheet(entry.name, xml, shared, dates);
    for (const row of sheet.cells.values()) cellCount += row.size;
    if (cellCount > MAX_CELLS)
      throw new DocumentError('document.too_complex', `Excel 表格的单元格过多（上限 ${MAX_CELLS} 个），请拆分后再导入。`);
    emitSheet(builder, sheet);
  }
  return builder.build('xlsx');
}

/** SAX over an XML string; `open`/`close` get local names (prefix dropped), `text` the character data. */
function walk(
  xml: string,
  on: { open?: (name: string, attrs: Record<string, string>) => void; close?: (name: string) => void; text?: (t: string) => void },
): void {
  const local = (n: string) => n.slice(n.indexOf(':') + 1);
  const parser = new Parser(
    { onopentag: (n, a) => on.open?.(local(n), a), onclosetag: (n) => on.close?.(local(n)), ontext: (t) => on.text?.(t) },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  walk(xml, {
    open: (n) => {
      if (n === 'si') current = [];
      else if (n === 't') inT = true;
      else if (n === 'rPh') phonetic += 1;
    },
    close: (n) => {
      if (n === 'si') out.push((current ?? []).join(''));
      else if (n === 't') inT = false;
      else if (n === 'rPh') phonetic -= 1;
    },
    text: (t) => {
      if (inT && phonetic === 0) current?.push(t);
    },
  });
  return out;
}

/** Indexes of cell styles (cellXfs) whose number format shows a date. */
function readDateStyles(xml: string): Set<number> {
  const custom = new Map<number, string>();
  const dateStyles = new Set<number>();
  let inXfs = false;
  let index = 0;
  walk(xml, {
    open: (n, a) => {
      if (n === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (n === 'cellXfs') inXfs = true;
      else if (n === 'xf' && inXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        if (
          (id >= 14 && id <= 22) ||
          (id >= 27 && id <= 58) ||
          (code !== undefined && /[ymd]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]/g, '')))
        )
          dateStyles.add(index);
        index += 1;
      }
    },
    close: (n) => {
      if (n === 'cellXfs') inXfs = false;
    },
  });
  return dateStyles;
}

function readRelationships(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  walk(xml, { open: (n, a) => n === 'Relationship' && a.Id && a.Target && out.set(a.Id, a.Target) });
  return out;
}

function readSheetList(xml: string): { name: string; rid: string }[] {
  const out: { name: string; rid: string }[] = [];
  walk(xml, {
    open: (n, a) => {
      if (n !== 'sheet' || a.state === 'hidden' || a.state === 'veryHidden') return;
      const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
      if (rid) out.push({ name: a.name ?? '', rid });
    },
  });
  return out;
}

/** 'AB12' → { r: 11, c: 27 }. */
function cellRef(ref: string): { r: number; c: number } | null {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return null;
  let c = 0;
  for (const ch of m[1] ?? '') c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

function readSheet(name: string, xml: string, shared: string[], dates: Set<number>): Sheet {
  const sheet: Sheet = { name, cells: new Map(), merges: [] };
  let cell: { r: number; c: number; type: string; style: number } | null = null;
  let value = '';
  let capture = false;
  let nextRow = 0;
  let nextCol = 0;
  walk(xml, {
    open: (n, a) => {
      if (n === 'row') {
        nextRow = a.r ? Number(a.r) - 1 : nextRow;
        nextCol = 0;
      } else if (n === 'c') {
        const at = a.r ? cellRef(a.r) : { r: nextRow, c: nextCol };
        cell = at ? { ...at, type: a.t ?? 'n', style: Number(a.s ?? 0) } : null;
        value = '';
      } else if ((n === 'v' || n === 't') && cell) capture = true;
      else if (n === 'mergeCell' && a.ref) {
        const [from, to] = a.ref.split(':');
        const p = from ? cellRef(from) : null;
        const q = to ? cellRef(to) : p;
        if (p && q) sheet.merges.push({ r0: p.r, c0: p.c, r1: q.r, c1: q.c });
      }
    },
    text: (t) => {
      if (capture) value += t;
    },
    close: (n) => {
      if (n === 'v' || n === 't') capture = false;
      else if (n === 'row') nextRow += 1;
      else if (n === 'c' && cell) {
        const shown = cellText(cell.type, value, cell.style, shared, dates);
        if (shown.trim() !== '') {
          const row = sheet.cells.get(cell.r) ?? new Map<number, string>();
          row.set(cell.c, shown);
          sheet.cells.set(cell.r, row);
        }
        nextCol = cell.c + 1;
        cell = null;
      }
    },
  });
  return sheet;
}

function cellText(type: string, raw: string, style: number, shared: string[], dates: Set<number>): string {
  if (type === 's') return shared[Number(raw)] ?? '';
  if (type === 'b') return raw === '1' ? 'TRUE' : 'FALSE';
  if (type === 'n' && raw !== '' && dates.has(style)) return serialDate(Number(raw)) ?? raw;
  return raw;
}
