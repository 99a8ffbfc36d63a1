import { toHalfWidth } from '../dates/calendar.js';

// Rows of a table typed with spaces, too wide for the page: how their wrapped pieces show on it.

/** Where a line sits, as the typed-table helpers need it. */
interface RowLine {
  text: string;
  page: number;
  x: number;
  right: number;
  size: number;
  pageRight: number;
  firstWord: number;
}

/** A line or a table of a page, in reading order. */
type PageBlock = { line: RowLine } | { table: unknown };

/**
 * An indented line of a table typed with spaces (a header's second line, a cell's continuation under its
 * column), after a row of columns, that wrapped at a column gap: it stops short of the margin, and its last
 * cell went alone to the start of the next line (short, without gaps), with the next row at the left margin
 * after that. Only a line at the left margin counted as running on; this one does too.
 */
export function indentedRowWrap(blocks: PageBlock[], i: number, left: number): boolean {
  const [above, b, after] = [blocks[i - 1], blocks[i], blocks[i + 1]];
  if (!b || !('line' in b) || !above || !('line' in above) || !after || !('line' in after)) return false;
  if (!isRowAt(blocks[i + 2], left) && !isGroupHeading(blocks[i + 2])) return false;
  const l = b.line;
  const n = after.line;
  if (l.x <= left + l.size * 2.5 || n.page !== l.page || n.x > left + n.size * 0.5 || l.text.includes('\t')) return false;
  // The row above may itself have wrapped its last cell onto the line between.
  const rowAbove = columnGaps(above.line.text) > 0 || wrappedCell(blocks[i - 2], above, left);
  if (columnGaps(l.text) === 0 || !rowAbove || columnGaps(n.text) > 0) return false;
  return l.right < l.pageRight - left - l.size * 1.2 && n.right - n.x <= l.size * 6;
}

/** Column gaps (runs of spaces or tabs) in a line's text. */
const columnGaps = (text: string) => text.trim().split(/ {2,}|\t+/).length - 1;

/**
 * A row of columns typed with spaces, too wide for the page, wraps where a run of spaces meets the margin: its
 * last cell goes alone to the start of the next line, however much room the row left (the spaces, not the
 * cell, did not fit). Such a line, short and without column gaps, after a row of columns at the margin, is
 * the row's last cell when another row or a group's heading follows it, or when it is the last of such rows
 * (see lastOfWrapped).
 */
export function wrappedCell(rowBlock: PageBlock | undefined, tail: PageBlock | undefined, left: number): boolean {
  if (!rowBlock || !('line' in rowBlock) || !isRowAt(rowBlock, left) || !tail || !('line' in tail)) return false;
  const t = tail.line;
  const row = rowBlock.line;
  if (t.page !== row.page || t.x > left + t.size * 0.5 || columnGaps(t.text) > 0) return false;
  return t.right - t.x <= (row.pageRight - 2 * left) / 3;
}

/**
 * A line set in under a row of columns: a cell's continuation under its column (in the left third of the
 * text, where a signature or a date set to the right never starts) or a header's second line (with column gaps).
 */
export function isIndentedUnder(block: PageBlock | undefined, row: RowLine, left: number): boolean {
  if (!block || !('line' in block)) return false;
  const l = block.line;
  if (l.page !== row.page || l.x <= left + l.size * 2.5 || l.text.includes('\t')) return false;
  return columnGaps(l.text) > 0 || l.x - left <= (l.pageRight - 2 * left) / 3;
}

/** A group's heading between rows of a table ("二、推进乡村产业发展"). */
export function isGroupHeading(block: PageBlock | undefined): boolean {
  return block !== undefined && 'line' in block && /^[一二三四五六七八九十]+、\S+$/.test(block.line.text.trim());
}

/** A row of columns at the left margin. */
export function isRowAt(block: PageBlock | undefined, left: number): boolean {
  return block !== undefined && 'line' in block && columnGaps(block.line.text) >= 2 && block.line.x <= left + block.line.size * 0.5;
}

/**
 * Row i, the last of rows that wrapped their last cells, wrapped its own: the row above did so, and both
 * continuations are numbers or dates (a signature below the table, also short and at the margin, is neither).
 */
export function lastOfWrapped(blocks: PageBlock[], i: number, left: number): boolean {
  const digit = (b: PageBlock | undefined) => b !== undefined && 'line' in b && /^\s*[0-9０-９]/.test(b.line.text);
  return wrapsAtGap(blocks, i - 2, left) && digit(blocks[i - 1]) && digit(blocks[i + 1]);
}

/** Row i wrapped its last cell onto line i + 1, with another row after that. */
function wrapsAtGap(blocks: PageBlock[], i: number, left: number): boolean {
  return wrappedCell(blocks[i], blocks[i + 1], left) && isRowAt(blocks[i + 2], left);
}

/** How far up a table typed with spaces is searched for its widest row. */
const ROWS_ABOVE = 40;

/**
 * Row i of a table typed with spaces holds every column (as many cells as the table's widest row above it),
 * and the next line is indented: a cell's continuation under its column, not the row wrapped at the margin
 * (a wrapped line starts at the left margin, however near the margin the row ends).
 */
export function completeRowAbove(blocks: PageBlock[], i: number, left: number): boolean {
  const b = blocks[i];
  const after = blocks[i + 1];
  if (!isRowAt(b, left) || !after || !('line' in after) || !b || !('line' in b) || b.line.text.includes('\t')) return false;
  const n = after.line;
  if (n.page !== b.line.page || n.x <= left + n.size * 2.5) return false;
  const cells = columnGaps(b.line.text) + 1;
  // The widest row above (the header, when the row is not the header itself) gives the table's columns.
  let widest = 0;
  for (let j = i - 1; j >= Math.max(0, i - ROWS_ABOVE); j--) {
    const above = blocks[j];
    if (!above || !('line' in above)) break;
    if (isRowAt(above, left)) widest = Math.max(widest, columnGaps(above.line.text) + 1);
  }
  return cells >= 3 && cells >= widest && widest > 0;
}

/** A cell that closes on a whole date or term (2024年6月, 6月底前, 长期), not one a wrap would go on with. */
const CLOSED_DATE =
  /(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|前|底前|中旬|上旬|下旬)?)$/;
/** What may go on after a date broken at the margin (2024年6月 | 底前, 2024年 | 6月). */
const DATE_GOES_ON = /^\s*(?:[0-9０-９底前中上下日号]|以前|之前)/;

/**
 * Row i of a table on tab stops holds every column (as many cells as the widest row above it, empty ones
 * counted) and its last cell closes on a date; the next line, at the left margin and without tabs, does not go
 * on with a date. The row ended at the margin by chance: the line after it (a signature) starts anew.
 */
export function completeTabRow(blocks: PageBlock[], i: number, left: number): boolean {
  const b = blocks[i];
  const after = blocks[i + 1];
  if (!b || !('line' in b) || !after || !('line' in after)) return false;
  const { text, x, size, page } = b.line;
  const n = after.line;
  if (!text.includes('\t') || x > left + size * 0.5 || n.page !== page || n.text.includes('\t') || n.x > left + n.size * 0.5) return false;
  const cells = text.trim().split('\t');
  if (!CLOSED_DATE.test(toHalfWidth(cells[cells.length - 1] ?? '').trim()) || DATE_GOES_ON.test(toHalfWidth(n.text))) return false;
  let widest = 0;
  for (let j = i - 1; j >= Math.max(0, i - ROWS_ABOVE); j--) {
    const above = blocks[j];
    if (!above || !('line' in above)) break;
    if (above.line.text.includes('\t') && above.line.x <= left + above.line.size * 0.5)
      widest = Math.max(widest, above.line.text.trim().split('\t').length);
  }
  return cells.length >= 3 && cells.length >= widest && widest > 0;
}
