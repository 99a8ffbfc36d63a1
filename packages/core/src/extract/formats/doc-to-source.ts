import WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js';
import filters from 'word-extractor/lib/filters.js';
import type { SourceText } from '../source-text.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';
import { emptyLayout, readTableMarks, type RowLayout, type TableMarks } from './doc-table-marks.js';
import { wordPieceChars } from './ole-bounds.js';
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
  if (main.readUInt16LE(0xa) & 0x0100)
    throw new DocumentError('document.unreadable', 'Word 文档设有打开密码(已加密),无法读取;请取消密码后再导入。');
  const tableStream = oleStream(cfb, main.readUInt16LE(0xa) & 0x0200 ? '1Table' : '0Table');
  // The reader builds every piece's text before anything can be checked; a piece table listing one stretch of the
  // stream many times would fill memory. Headers and notes come after the body, hence room beyond maxTextChars.
  if ((wordPieceChars(main, tableStream) ?? 0) > limits.maxTextChars * 2) throw tooLarge();
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
  const raw = extractor._pieces
    .map((p) => p.text)
    .join('')
    .slice(0, ccpText);
  if (raw.length > limits.maxTextChars) throw tooLarge();
  let marks: TableMarks = { inCell: new Set(), rows: new Map() };
  try {
    marks = readTableMarks(main, tableStream, oleStream(cfb, 'Data'), extractor._pieces);
  } catch {
    // The marks only refine tables: a file whose properties cannot be read still gives its text, cells unmerged.
  }
  // Word's marks made explicit before clean-up, which would fold them all into tabs and newlines. The private-use
  // characters standing for them are first blanked in the text (same length, so positions hold).
  const chars = raw.replace(/[\ue000-\ue003]/g, ' ').split('');
  for (const cp of marks.inCell) if (chars[cp] === '\r') chars[cp] = CELL_PARA;
  for (const cp of marks.rows.keys()) if (chars[cp] === '\x07' || chars[cp] === '\n') chars[cp] = ROW;
  const layouts: RowLayout[] = [];
  chars.forEach((ch, cp) => {
    if (ch === ROW || ch === '\n') layouts.push(marks.rows.get(cp) ?? emptyLayout());
  });
  const marked = chars.join('').replaceAll('\x07', CELL).replaceAll('\n', ROW).replaceAll('\v', LINE);
  return buildBlocks(clean(marked), layouts);
}

function tooLarge(): DocumentError {
  return new DocumentError('document.too_large', 'Word 文档文字过多,请拆分后再导入。');
}

function unreadable(cause?: unknown): DocumentError {
  return new DocumentError('document.unreadable', 'Word 文档已损坏或不是有效的 .doc/.wps 文件,无法读取。', { cause });
}

/**
 * Paragraphs and table rows from the body with its marks. A paragraph mark met inside a row, or marked as inside
 * a cell, stays in the cell (cells may hold several paragraphs); a soft line break splits a paragraph outside tables.
 * `layouts` has one entry per row-end mark, in order.
 */
function buildBlocks(text: string, layouts: RowLayout[]): SourceText {
  const builder = new SourceBuilder();
  let rows: Row[] = [];
  let cells: string[] = [];
  let buf = '';
  let rowIndex = 0;
  const flushTable = () => {
    if (rows.length > 0) builder.table(layoutTable(rows));
    rows = [];
  };
  for (const ch of text) {
    if (ch === CELL) {
      cells.push(buf);
      buf = '';
    } else if (ch === ROW) {
      if (buf.trim() !== '') cells.push(buf);
      if (cells.length > 0) rows.push({ cells, layout: layouts[rowIndex] ?? emptyLayout() });
      rowIndex += 1;
      cells = [];
      buf = '';
    } else if (ch === CELL_PARA || ch === LINE || (ch === '\n' && cells.length > 0)) {
      buf += '\n';
    } else if (ch === '\n') {
      flushTable();
      for (const line of buf.split('\n')) builder.para(line, true);
      buf = '';
    } else buf += ch;
  }
  if (cells.length > 0) rows.push({ cells, layout: emptyLayout() });
  flushTable();
  if (buf !== '') for (const line of buf.split('\n')) builder.para(line, true);
  return builder.build('doc');
}

interface Row {
  cells: string[];
  layout: RowLayout;
}

/**
 * Rows of cell texts → RawCells. Column spans come from the cells' edges laid on the grid of all edges in the
 * table, as Word draws it (without edges, a one-cell row spans the width); a cell starting a vertical merge spans
 * the empty cells continuing it at the same column, which are dropped.
 */
function layoutTable(rows: Row[]): RawCell[][] {
  const fits = rows.every((r) => r.layout.edges.length === r.cells.length + 1);
  const grid = fits ? [...new Set(rows.flatMap((r) => r.layout.edges))].sort((x, y) => x - y) : [];
  const width = fits ? grid.length - 1 : Math.max(...rows.map((r) => r.cells.length));
  const placed = rows.map((row) =>
    row.cells.map((text, i) => {
      if (!fits) return { text, col: i, rowSpan: 1, colSpan: row.cells.length === 1 ? width : 1, header: false };
      const col = grid.indexOf(row.layout.edges[i] ?? 0);
      return { text, col, rowSpan: 1, colSpan: Math.max(1, grid.indexOf(row.layout.edges[i + 1] ?? 0) - col), header: false };
    }),
  );
  const dropped = new Set<string>();
  placed.forEach((row, r) =>
    row.forEach((cell, i) => {
      if (!rows[r]?.layout.restart.has(i) || dropped.has(`${r}:${i}`)) return;
      for (let below = r + 1; below < rows.length; below++) {
        const j = placed[below]?.findIndex((c) => c.col === cell.col) ?? -1;
        if (j < 0 || !rows[below]?.layout.continued.has(j) || (rows[below]?.cells[j] ?? '').trim() !== '') break;
        dropped.add(`${below}:${j}`);
        cell.rowSpan += 1;
      }
    }),
  );
  return placed.map((row, r) => row.filter((_, i) => !dropped.has(`${r}:${i}`)).map(({ col: _col, ...cell }) => cell));
}
