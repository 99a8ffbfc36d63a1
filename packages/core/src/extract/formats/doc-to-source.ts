import WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js';
import filters from 'word-extractor/lib/filters.js';
import type { SourceText } from '../source-text.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';
import { readTableMarks, type RowMerges, type TableMarks } from './doc-table-marks.js';
import { oleStream, type CompoundFile } from './ole-container.js';
import { SourceBuilder, type RawCell } from './source-builder.js';

/*
 * Why word-extractor: it is the most used pure-JS reader of Word 97 binaries on npm (MIT, plain CommonJS, no native
 * code, no install scripts or downloads; its tests run on current Node), and it gets the hard parts right: the piece table (fast-saved files),
 * 8-bit/UTF-16 pieces, field codes, tracked deletions. Its public API flattens tables to tab-separated text,
 * losing which tab is a cell end and which paragraph sits inside a cell; so its extractor class is used directly,
 * fed streams from SheetJS's CFB reader, and the body is taken before its clean-up, with Word's own marks:
 * 0x07 ends a cell, and the row-end paragraph (fTtp) is the one it rewrites to 0x0A.
 */
const { clean } = filters;

const CELL = '\ue000';
const ROW = '\ue001';
const CELL_PARA = '\ue002';
const LINE = '\ue003';

/**
 * Reads a Word 97 binary (.doc, and the .wps WPS Office saves in the same format) into paragraphs and tables:
 * a table row becomes a row of cells as in a .docx, vertically merged cells carry one cell with a row span.
 * Headers, footers, footnotes and text boxes are left out, as in the .docx reader.
 */
export async function docToSource(cfb: CompoundFile, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): Promise<SourceText> {
  const main = oleStream(cfb, 'WordDocument');
  if (!main || main.length < 0x20) throw unreadable();
  // fEncrypted: the text is ciphered, and reading it would give noise.
  if (main.readUInt16LE(0xa) & 0x0100) throw new DocumentError('document.unreadable', 'Word 文档设有打开密码(已加密),无法读取;请取消密码后再导入。');
  const extractor = new WordOleExtractor();
  extractor.documentStream = (_doc, name) => {
    const stream = oleStream(cfb, name);
    return stream ? Promise.resolve(stream) : Promise.reject(new Error(`missing stream ${name}`));
  };
  extractor.streamBuffer = (stream) => Promise.resolve(stream);
  extractor.buildDocument = () => null;
  try {
    await extractor.extractWordDocument(null, main);
  } catch (cause) {
    throw unreadable(cause);
  }
  const ccpText = extractor._boundaries.ccpText ?? 0;
  const raw = extractor._pieces.map((p) => p.text).join('').slice(0, ccpText);
  if (raw.length > limits.maxTextChars) throw new DocumentError('document.too_large', 'Word 文档文字过多,请拆分后再导入。');
  let marks: TableMarks = { inCell: new Set(), rows: new Map() };
  try {
    marks = readTableMarks(main, oleStream(cfb, main.readUInt16LE(0xa) & 0x0200 ? '1Table' : '0Table'), extractor._pieces);
  } catch {
    // The marks only refine tables: a file whose properties cannot be read still gives its text, cells unmerged.
  }
  const chars = raw.split('');
  for (const cp of marks.inCell) if (chars[cp] === '\r') chars[cp] = CELL_PARA;
  const marked = chars.join('').replaceAll('\x07', CELL).replaceAll('\n', ROW).replaceAll('\v', LINE);
  const rowCps = [...marks.rows.keys()].sort((x, y) => x - y);
  const merges = rowCps.map((cp) => marks.rows.get(cp) ?? { restart: new Set<number>(), continued: new Set<number>() });
  const rowCount = (marked.match(/\ue001/g) ?? []).length;
  return buildBlocks(clean(marked), rowCount === merges.length ? merges : []);
}

function unreadable(cause?: unknown): DocumentError {
  return new DocumentError('document.unreadable', 'Word 文档已损坏或不是有效的 .doc/.wps 文件,无法读取。', { cause });
}

/**
 * Paragraphs and table rows from the body with its marks. A paragraph mark met inside a row, or marked as inside
 * a cell, stays in the cell (cells may hold several paragraphs); a soft line break splits a paragraph outside tables.
 */
function buildBlocks(text: string, merges: RowMerges[]): SourceText {
  const builder = new SourceBuilder();
  let rows: string[][] = [];
  let cells: string[] = [];
  let buf = '';
  const flushTable = () => {
    if (rows.length > 0) builder.table(layoutTable(rows, merges.splice(0, rows.length)));
    rows = [];
  };
  for (const ch of text) {
    if (ch === CELL) {
      cells.push(buf);
      buf = '';
    } else if (ch === ROW) {
      if (buf.trim() !== '') cells.push(buf);
      if (cells.length > 0) rows.push(cells);
      cells = [];
      buf = '';
    } else if (ch === CELL_PARA || ch === LINE || (ch === '\n' && cells.length > 0)) {
      buf += '\n';
    } else if (ch === '\n') {
      flushTable();
      for (const line of buf.split('\n')) builder.para(line);
      buf = '';
    } else buf += ch;
  }
  if (cells.length > 0) rows.push(cells);
  flushTable();
  if (buf !== '') for (const line of buf.split('\n')) builder.para(line);
  return builder.build('doc');
}

/** Rows of cell texts → RawCells: merged continuations dropped (their first cell spans them), single-cell rows spanning the width. */
function layoutTable(rows: string[][], merges: RowMerges[]): RawCell[][] {
  const width = Math.max(...rows.map((r) => r.length));
  const out: RawCell[][] = rows.map((r) => r.map((text) => ({ text, rowSpan: 1, colSpan: 1, header: false })));
  out.forEach((row, r) => {
    if (row.length === 1 && width > 1 && row[0]) row[0].colSpan = width;
    for (const c of merges[r]?.restart ?? []) {
      let span = 1;
      while (merges[r + span]?.continued.has(c) && (rows[r + span]?.[c] ?? '').trim() === '') span += 1;
      const cell = row[c];
      if (cell && span > 1) cell.rowSpan = span;
      for (let k = 1; k < span; k++) {
        const below = out[r + k]?.[c];
        if (below) below.text = '\u0000';
      }
    }
  });
  return out.map((row) => row.filter((cell) => cell.text !== '\u0000'));
}
