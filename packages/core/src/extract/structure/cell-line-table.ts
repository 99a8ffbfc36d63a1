import type { Block, ParagraphBlock, TableCell } from '../source-text.js';
import { headerRole } from './table-columns.js';
import { cell, para, tableOf, type Found, type Piece } from './text-table-parts.js';

/** A line holding one cell closed by `|` ("工作内容 |", "| 1 |"), or a border line of `|` alone. */
type Token = { kind: 'cell'; piece: Piece; block: number } | { kind: 'bar'; block: number };

const BAR = /^\|+$/;
const ROW_NUMBER = /^(\d{1,3})[.、．]?$/;
/** Header labels are short; a longer first line is a caption or prose. */
const MAX_LABEL = 20;

/** The one cell of a line that holds exactly one, closed by `|` (and perhaps opened by one), or null. */
function cellOfLine(b: ParagraphBlock): Piece | null {
  const raw = b.text;
  const close = raw.trimEnd();
  if (!close.endsWith('|')) return null;
  const open = raw.length - raw.trimStart().length + (raw.trimStart().startsWith('|') ? 1 : 0);
  const body = raw.slice(open, close.length - 1);
  if (body.includes('|')) return null;
  const text = body.trim();
  if (!text) return null;
  const start = b.start + open + (body.length - body.trimStart().length);
  return { text, start, end: start + text.length };
}

function tokenAt(blocks: Block[], j: number): Token | null {
  const b = para(blocks, j);
  if (!b) return null;
  if (BAR.test(b.text.trim())) return { kind: 'bar', block: j };
  const piece = cellOfLine(b);
  return piece ? { kind: 'cell', piece, block: j } : null;
}

const rowNumber = (t: Token | undefined): number | null => {
  if (t?.kind !== 'cell') return null;
  const m = ROW_NUMBER.exec(t.piece.text.normalize('NFKC'));
  return m ? Number(m[1]) : null;
};

/**
 * A `|` table copied with one cell per line, each line closed by `|` ("序号 |" ⏎ "工作任务 |" ⏎ "责任单位 |" ⏎ "1 |"
 * ⏎ "修缮礼堂。 |" ⏎ …), rows sometimes opened by a lone `|`. The header is the run of labels from 序号 to the first
 * row's number 1; each row opens at the next row number once the row above has its cells. Null when the paragraph
 * at `i` (or a lone `|` before it) does not open one.
 */
export function cellLineTable(blocks: Block[], i: number): Found | null {
  const lead = tokenAt(blocks, i);
  const first = lead?.kind === 'bar' ? tokenAt(blocks, i + 1) : lead;
  if (first?.kind !== 'cell' || headerRole(first.piece.text) !== 'num') return null;
  const tokens = collect(blocks, first.block);
  const header: Piece[] = [];
  let k = 0;
  for (; k < tokens.length && rowNumber(tokens[k]) !== 1; k++) {
    const t = tokens[k]!;
    if (t.kind === 'bar') continue;
    if (t.piece.text.length > MAX_LABEL) return null;
    header.push(t.piece);
  }
  const width = header.length;
  if (k >= tokens.length || width < 3 || header.filter((h) => headerRole(h.text) !== null).length < 2) return null;
  const headerLine = para(blocks, first.block)!;
  const headerEnd = header.at(-1)!.end;
  const rows: { line: ParagraphBlock; end: number; cells: TableCell[] }[] = [{ line: headerLine, end: headerEnd, cells: header.map(cell) }];
  let number = 0;
  let row: Token[] = [];
  const close = () => {
    if (!row.length) return;
    rows.push(rowOf(blocks, row, width));
    row = [];
  };
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    const n = rowNumber(t);
    const filled = row.filter((r) => r.kind === 'cell').length;
    // A row opens at the next number once the row above has its cells, or right after a lone `|` (a row border).
    if (n === number + 1 && (!row.length || filled >= width || row.at(-1)?.kind === 'bar')) {
      close();
      number = n;
    }
    row.push(t);
  }
  close();
  const lastBlock = (tokens.at(-1) as Token).block;
  return rows.length >= 2 ? { table: tableOf(rows), next: lastBlock + 1 } : null;
}

/**
 * The tokens of the run from block `j`: cell lines and lone `|` lines. A line without `|` right before a cell line
 * is the first part of that cell (a cell broken over lines); one at the document's end is its last cell, cut.
 */
function collect(blocks: Block[], j: number): Token[] {
  const out: Token[] = [];
  let pending: ParagraphBlock | null = null;
  for (; j < blocks.length; j++) {
    const t = tokenAt(blocks, j);
    const b = para(blocks, j);
    if (!t) {
      if (!b || pending) break;
      if (!b.text.trim()) continue;
      pending = b;
      continue;
    }
    if (pending) {
      // A heading over the next table's header ends this one.
      if (t.kind !== 'cell' || headerRole(t.piece.text) === 'num') break;
      const lead = pending.text.length - pending.text.trimStart().length;
      t.piece = { text: pending.text.trim() + t.piece.text, start: pending.start + lead, end: t.piece.end };
      pending = null;
    }
    out.push(t);
  }
  const rest = blocks.slice(j);
  if (pending && out.length && rest.every((b) => b.kind === 'para' && !b.text.trim())) {
    const text = pending.text.trim();
    const start = pending.start + pending.text.indexOf(text);
    out.push({ kind: 'cell', piece: { text, start, end: start + text.length }, block: blocks.indexOf(pending) });
  }
  return out;
}

/**
 * The cells of one row's tokens. Lone `|` lines at its end are borders; inside it they are empty cells when the row
 * lacks cells, else borders too.
 */
function rowOf(blocks: Block[], tokens: Token[], width: number) {
  let end = tokens.length;
  while (end > 1 && tokens[end - 1]!.kind === 'bar') end--;
  const body = tokens.slice(0, end);
  const filled = body.filter((t) => t.kind === 'cell').length;
  const asEmpty = filled + (body.length - filled) <= width;
  const cells: Piece[] = [];
  for (const t of body) {
    if (t.kind === 'cell') cells.push(t.piece);
    else if (asEmpty) {
      const at = para(blocks, t.block)!.start;
      cells.push({ text: '', start: at, end: at });
    }
  }
  const line = para(blocks, body[0]!.block)!;
  return { line, end: para(blocks, body.at(-1)!.block)!.end, cells: cells.map(cell) };
}
