import type { Block, ParagraphBlock, TableBlock, TableCell } from '../source-text.js';
import type { ColumnRole } from './table-columns.js';
import { splitUnitList } from '../units/unit-name.js';
import { LOCAL_GOVERNMENT_ENDINGS } from '../lexicons/org-suffixes.js';
import { alternation } from '../lexicons/pattern.js';

/** A table read from typed text, and where the text after it starts. */
export interface Found {
  table: TableBlock;
  /** Index of the first block after the table. */
  next: number;
}

/** A piece of a line's text with its offsets in the source. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** The paragraph at index `i` of the blocks, or null when that block is none. */
export const para = (blocks: Block[], i: number): ParagraphBlock | null => {
  const b = blocks[i];
  return b?.kind === 'para' ? b : null;
};

/** A table cell of one row and one column holding a piece. */
export const cell = (p: Piece): TableCell => ({ text: p.text, start: p.start, end: p.end, rowSpan: 1, colSpan: 1 });

/** The table block of rows read from paragraphs, spanning from the first row's line to the last row's end. */
export function tableOf(rows: { line: ParagraphBlock; end: number; cells: TableCell[] }[]): TableBlock {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  return {
    kind: 'table',
    line: first.line.line,
    start: first.line.start,
    end: last.end,
    rows: rows.map((r) => ({ start: r.line.start, end: r.end, line: r.line.line, cells: r.cells })),
  };
}

/** Columns whose cells hold unit names. */
export const UNIT_ROLES = new Set<ColumnRole | null>(['lead', 'part', 'resp']);
/** A piece that reads as a list of one or more unit names. */
export const unitShaped = (w: Piece) => splitUnitList(w.text) !== null;

/**
 * A wrapped piece that names a unit of its own: one with a level (县…, 各…) or a local government (…街道办事处).
 * Without one it is a part of the unit above (区公安分局 ⏎ 交警大队).
 */
const OWN_UNIT = new RegExp(`^[省市县区州旗盟各]|${alternation(LOCAL_GOVERNMENT_ENDINGS)}$`);

/**
 * Adds a wrapped piece to the cell of its column. A piece that is a whole unit name of its own, under a unit column
 * whose text is one already, is the next unit of a list (县城管执法局 ⏎ 城关街道办事处); anything else goes on the text.
 */
export function appendToCell(target: Piece, piece: Piece, role: ColumnRole | null): void {
  if (!target.text) Object.assign(target, { text: piece.text, start: piece.start });
  else if (UNIT_ROLES.has(role) && !/[、,,;;]$/.test(target.text) && OWN_UNIT.test(piece.text) && unitShaped(target) && unitShaped(piece))
    target.text += `、${piece.text}`;
  else target.text += piece.text;
  target.end = piece.end;
}
