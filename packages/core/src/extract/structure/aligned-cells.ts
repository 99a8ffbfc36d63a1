import type { ParagraphBlock } from '../source-text.js';
import { charWidth, displayWidth } from '../display-width.js';
import { isDeadlineCell } from './deadline-shape.js';
import type { ColumnRole } from './table-columns.js';
import { UNIT_ROLES, unitShaped, type Piece } from './text-table-parts.js';
import { withEmptyCells } from './gap-cells.js';

/** A word of an aligned line. */
export interface Word extends Piece {
  /** Display column where the word starts, and how many spaces (or a tab) came before it. */
  col: number;
  gap: number;
}

const isGap = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09 || c === 0xa0;

/** The words of a line, with the display column each starts at. */
export function words(b: ParagraphBlock): Word[] {
  const out: Word[] = [];
  const t = b.text;
  let col = 0;
  let gap = 0;
  let k = 0;
  while (k < t.length) {
    const c = t[k]!;
    if (c === ' ' || c === '\u3000' || c === '\t' || c === '\u00a0') {
      gap += c === '\t' ? 4 : c === '\u3000' ? 2 : 1;
      col += c === '\t' ? 4 : c === '\u3000' ? 2 : 1;
      k++;
      continue;
    }
    const from = k;
    const startCol = col;
    while (k < t.length && !isGap(t.charCodeAt(k))) col += charWidth(t.charCodeAt(k++));
    out.push({ text: t.slice(from, k), start: b.start + from, end: b.start + k, col: startCol, gap: out.length === 0 ? 99 : gap });
    gap = 0;
  }
  return out;
}

/** How far from a column's start, in display columns, a cell may begin and still be in that column. */
export const TOLERANCE = 2;
/** How close to a column's start a piece may begin and still be read as that column's shifted cell. */
const NEAR_EDGE = 6;

/** Groups words into cells: a cell starts after two or more spaces, or where a word starts at a column's edge. */
export function cellsOf(ws: Word[], starts: number[]): Word[] {
  const out: Word[] = [];
  for (const w of ws) {
    const prev = out[out.length - 1];
    const atEdge = starts.some((s) => Math.abs(s - w.col) <= TOLERANCE);
    if (!prev || w.gap >= 2 || atEdge) out.push({ ...w });
    else {
      prev.text += ` ${w.text}`;
      prev.end = w.end;
    }
  }
  return out;
}

/**
 * The column of each cell: the last column starting at or before it, never one already used on the line, except
 * a unit name that follows another under a unit column (a list of units written with spaces).
 */
export function place(cells: Word[], starts: number[], roles: (ColumnRole | null)[] = []): Map<number, Word[]> {
  const placed = new Map<number, Word[]>();
  let min = 0;
  let prev: { col: number; cell: Word } | null = null;
  for (const c of cells) {
    if (prev && sharesUnitColumn(prev.cell, c, starts, roles[prev.col] ?? null, prev.col)) {
      placed.get(prev.col)!.push(c);
      continue;
    }
    let col = min;
    for (let k = min; k < starts.length; k++) if (starts[k]! <= c.col + TOLERANCE) col = k;
    // A row typed a few places left of its header (the header's labels centred): a cell starting just short of the
    // next column, far past its own column's start, is the next column's cell ("县妇幼保健院      2026年8月" with the
    // 配合 cell empty).
    const next = starts[col + 1];
    if (next !== undefined && next - c.col <= NEAR_EDGE && c.col - starts[col]! > NEAR_EDGE) col++;
    placed.set(col, [...(placed.get(col) ?? []), c]);
    prev = { col, cell: c };
    min = Math.min(col + 1, starts.length - 1);
  }
  return placed;
}

/**
 * True when `next` is one more unit name in the unit column of `cell`: it fits before the next column starts, or starts
 * well inside this column. A piece starting just short of the next column is that column's cell in a row shifted
 * by a few places (curly quotes typed as one column wide move the rest of the row left).
 */
function sharesUnitColumn(cell: Word, next: Word, starts: number[], role: ColumnRole | null, col: number): boolean {
  const nextStart = starts[col + 1];
  if (!UNIT_ROLES.has(role) || nextStart === undefined || next.col + TOLERANCE >= nextStart) return false;
  if (next.col + displayWidth(next.text) > nextStart && nextStart - next.col <= NEAR_EDGE) return false;
  return unitShaped(cell) && unitShaped(next);
}

/**
 * The text of a cell made of several space-separated pieces. Under a unit column, pieces that are each a unit
 * name are a list written with spaces ("县林业局  县气象局"): joined with 、 so they stay apart.
 */
export function joinCell(cs: Piece[], role: ColumnRole | null): string {
  if (cs.length > 1 && UNIT_ROLES.has(role) && cs.every(unitShaped)) return cs.map((c) => c.text).join('、');
  return cs.map((c) => c.text).join(' ');
}

/**
 * Cells in order; a short row's last cell, when a deadline, goes under the last column. A row with more cells than
 * the header whose surplus is unit names (several units in one cell, separated by spaces) keeps the cells before and
 * after the unit columns in place and gives the surplus to the last unit column.
 */
export function inOrder(ws: Word[], roles: (ColumnRole | null)[]): Map<number, Word[]> {
  const width = roles.length;
  const placed = new Map<number, Word[]>();
  const units = roles.flatMap((r, k) => (UNIT_ROLES.has(r) ? [k] : []));
  const first = units[0] ?? -1;
  const lastUnit = units[units.length - 1] ?? -1;
  const after = width - 1 - lastUnit;
  if (ws.length > width && first >= 0 && lastUnit - first + 1 === units.length && ws.slice(first, ws.length - after).every(unitShaped)) {
    ws.forEach((w, k) => {
      const col = k < first ? k : k >= ws.length - after ? width - (ws.length - k) : Math.min(k, lastUnit);
      placed.set(col, [...(placed.get(col) ?? []), w]);
    });
    return placed;
  }
  const spaced = withEmptyCells(ws, width);
  if (spaced.length > ws.length) {
    spaced.forEach((w, k) => w && placed.set(k, [w]));
    return placed;
  }
  // The unit list spread over two cells (牵头 ⏎ 配合 under one 责任单位) while an empty last cell (进展) left no gap:
  // a unit-shaped cell under the deadline column with the date after it belongs to the units.
  const spill = lastUnit + 1;
  if (
    first >= 0 &&
    roles[spill] === 'deadline' &&
    ws.length <= width &&
    ws[spill] &&
    ws[lastUnit] &&
    unitShaped(ws[lastUnit]) &&
    unitShaped(ws[spill]) &&
    ws[spill + 1] &&
    isDeadlineCell(ws[spill + 1]!.text)
  ) {
    ws.forEach((w, k) => {
      const col = k < spill ? k : k === spill ? lastUnit : k - 1;
      placed.set(col, [...(placed.get(col) ?? []), w]);
    });
    return placed;
  }
  ws.forEach((w, k) => placed.set(Math.min(k, width - 1), [...(placed.get(Math.min(k, width - 1)) ?? []), w]));
  const last = ws[ws.length - 1];
  if (ws.length < width && ws.length >= 2 && last && isDeadlineCell(last.text)) {
    placed.delete(ws.length - 1);
    placed.set(width - 1, [last]);
  }
  return placed;
}
