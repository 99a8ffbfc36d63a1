import type { RawCell } from './source-builder.js';

/** A table's rows with the column boundaries they were read against (see PdfTableBlock). */
interface PageTable {
  page: number;
  xs: number[];
  rows: RawCell[][];
}

/** A table on the next page with the same columns continues this one. */
export function continuesTable(prev: PageTable, next: PageTable): boolean {
  return next.page === prev.page + 1 && next.xs.length === prev.xs.length && next.xs.every((x, i) => Math.abs(x - (prev.xs[i] ?? 0)) <= 4);
}

/**
 * The table on the next page as a part of this one, on its columns, or null when it is not. A part whose
 * rows all merge two columns (a trailing column used only by the rows above: the page draws no line
 * between them) lacks that boundary; every boundary it has being one of this table's, from edge to edge,
 * its cells are laid back over the columns they cover (their colspans widened).
 */
export function tableContinuation<T extends PageTable>(prev: PageTable, next: T): T | null {
  if (continuesTable(prev, next)) return next;
  if (next.page !== prev.page + 1 || next.xs.length < 4 || next.xs.length < prev.xs.length - 2) return null;
  const at = next.xs.map((x) => prev.xs.findIndex((p) => Math.abs(p - x) <= 4));
  if (at.some((i, k) => i <= (at[k - 1] ?? -1)) || at[0] !== 0 || at.at(-1) !== prev.xs.length - 1) return null;
  const first = new Map<RawCell, number>();
  for (const line of layout(next.rows)) line.forEach((cell, c) => first.has(cell) || first.set(cell, c));
  const rows = next.rows.map((row) =>
    row.map((cell) => {
      const c = first.get(cell) ?? 0;
      return { ...cell, colSpan: at[c + Math.max(1, cell.colSpan)]! - at[c]! };
    }),
  );
  return { ...next, xs: prev.xs, rows };
}

const rowText = (row: RawCell[] | undefined) => (row ?? []).map((c) => c.text).join('\t');

/**
 * The cell over each column slot of every row, rowspans and colspans laid out as an HTML table lays them
 * out (a cell covered by a rowspan from above is left out of its row).
 */
function layout(rows: RawCell[][]): RawCell[][] {
  const grid: RawCell[][] = [];
  rows.forEach((row, r) => {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const cell of row) {
      while (line[c]) c++;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        const below = (grid[r + dr] ??= []);
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) below[c + dc] = cell;
      }
      c += Math.max(1, cell.colSpan);
    }
  });
  return grid.slice(0, rows.length);
}

/**
 * Appends the rows of `next`, the same table's part on the next page, to `table` (in place). The header
 * row repeated at the top of the page is dropped. A row broken by the page (its first cell, the number,
 * stayed above; its first cell below is empty) is put back together slot by slot: each cell below goes into
 * the cell above that holds the same columns, a rowspan above included, and a rowspan started below
 * lengthens that cell's (a category cell that ran on past the break spans its rows again).
 */
export function appendTableRows(table: PageTable, next: PageTable): void {
  let rows = next.rows;
  if (rows.length > 0 && rowText(rows[0]) === rowText(table.rows[0])) rows = rows.slice(1);
  const first = rows[0];
  const above = layout(table.rows).at(-1);
  const below = first ? layout([first])[0] : undefined;
  const lead = first && above && below && (numberedOn(above, below) || fillsGap(above, below)) ? leadingSpan(above, below) : 0;
  if (first && above && below && lead > 0) {
    // A new row (its number follows the one above, or it fills a cell left empty above) under a group's
    // cell that ran on past the break.
    const grown = new Map<RawCell, RawCell>();
    above.slice(0, lead).forEach((top, c) => {
      if (!grown.has(top)) grown.set(top, { ...top, rowSpan: top.rowSpan + Math.max(1, below[c]!.rowSpan) });
    });
    for (const row of table.rows) row.forEach((cell, i) => (row[i] = grown.get(cell) ?? cell));
    const gone = new Set(below.slice(0, lead));
    rows = [first.filter((cell) => !gone.has(cell)), ...rows.slice(1)];
  } else if (first && above && below && itemAfter(above, below) > 0) {
    // A new item (8. under 7.) under cells spanning both rows, cut by the page: their tails below (the end of
    // a problem's text) go on in the cells above, which span one more row.
    const k = itemAfter(above, below);
    const grown = new Map<RawCell, RawCell>();
    above.slice(0, k).forEach((top, c) => {
      const tail = below[c]!.text;
      const prev = grown.get(top) ?? { ...top, rowSpan: top.rowSpan + 1 };
      grown.set(top, { ...prev, text: prev.text + (below.indexOf(below[c]!) === c ? tail : '') });
    });
    for (const row of table.rows) row.forEach((cell, i) => (row[i] = grown.get(cell) ?? cell));
    const gone = new Set(below.slice(0, k));
    rows = [first.filter((cell) => !gone.has(cell)), ...rows.slice(1)];
  } else if (first && above && below && (splitRow(above, below) || cutMidList(above, below))) {
    const grown = new Map<RawCell, RawCell>();
    below.forEach((cell, c) => {
      const top = above[c]!;
      if (grown.has(top) || c !== below.indexOf(cell)) return;
      grown.set(top, { ...top, text: top.text + cell.text, rowSpan: top.rowSpan + cell.rowSpan - 1 });
    });
    // In place: the document's list of blocks holds this very array.
    for (const row of table.rows) row.forEach((cell, i) => (row[i] = grown.get(cell) ?? cell));
    rows = rows.slice(1);
  } else if (first && above && below) {
    const cols = spannedColumns(above, below);
    if (cols) {
      // The cells above run on over the rows below that leave the same columns empty (a merged cell cut by
      // the page is printed on the page above only): each spans as many more rows, the empty ones below go.
      let n = 1;
      while (n < rows.length && sameGaps(layout([rows[n]!])[0], cols)) n++;
      const grown = new Map<RawCell, RawCell>();
      for (const c of cols) {
        const top = above[c]!;
        if (!grown.has(top)) grown.set(top, { ...top, rowSpan: top.rowSpan + n });
      }
      for (const row of table.rows) row.forEach((cell, i) => (row[i] = grown.get(cell) ?? cell));
      const covered = rows.slice(0, n).map((row) => {
        const slots = layout([row])[0]!;
        const gone = new Set(cols.map((c) => slots[c]));
        return row.filter((cell) => !gone.has(cell));
      });
      rows = [...covered, ...rows.slice(n)];
    }
  }
  table.rows.push(...rows);
  table.page = next.page;
}

/**
 * The row below continues the row above, cut by the page: the same slots under the same cells (each cell
 * below starts and ends where the cell above it does), the first empty below and not above.
 */
function splitRow(above: RawCell[], below: RawCell[]): boolean {
  if (above.length !== below.length || below.length === 0 || below[0]!.text !== '' || above[0]!.text === '') return false;
  return below.every((cell, c) => c === 0 || (cell === below[c - 1]) === (above[c] === above[c - 1]));
}

/** A cell's text stopped mid-list (on a separator): the rest of it follows. */
const CUT = /[、，,；;：:]$/;

/**
 * The row below continues the row above where neither has a first cell (a group column left empty): a cell
 * above stopped mid-list and goes on below, the same slots under the same cells, and no cell below starts
 * under a cell left empty above (a new row would fill it).
 */
function cutMidList(above: RawCell[], below: RawCell[]): boolean {
  if (above.length !== below.length || below.length < 3 || below[0]!.text !== '' || above[0]!.text !== '') return false;
  const same = below.every((cell, c) => c === 0 || (cell === below[c - 1]) === (above[c] === above[c - 1]));
  const cut = below.some((cell, c) => cell.text !== '' && CUT.test(above[c]!.text));
  return same && cut && below.every((cell, c) => cell.text === '' || above[c]!.text !== '');
}

/**
 * Where a new row starts the page but leaves empty two or more middle cells whose cells above are filled,
 * the columns of rowspans cut by the page (a group's name and the units responsible for it, written once,
 * stay on the page above). One empty cell alone is too often a cell left empty on purpose.
 */
function spannedColumns(above: RawCell[], below: RawCell[]): number[] | null {
  if (above.length !== below.length || below.length < 4) return null;
  const open = (c: number) => below[c]!.text === '' && below[c]!.colSpan === 1 && above[c]!.text !== '' && above[c]!.colSpan === 1;
  const cols = below.map((_, c) => c).filter((c) => c > 0 && c < below.length - 1 && open(c));
  // Every other cell of the row is filled: the spanned columns are its only gaps.
  return cols.length >= 2 && sameGaps(below, cols) ? cols : null;
}

/** The row's cells are empty in these columns and filled in every other. */
function sameGaps(row: RawCell[] | undefined, cols: number[]): boolean {
  return row !== undefined && row.every((cell, c) => (cell.text === '') === cols.includes(c) && cell.colSpan === 1);
}

/** An item's number at the start of a cell: 7. 7、 7． */
const ITEM = /^(\d{1,3})[.．、]/;

/**
 * The column where the row below starts the item after the one above (8. under 7.): a new row, not the
 * rest of the one above, under the cells before that column (its first cell empty, every one of them filled
 * above); 0 when it does not.
 */
function itemAfter(above: RawCell[], below: RawCell[]): number {
  if (above.length !== below.length || below[0]?.text !== '' || above[0]?.text === '') return 0;
  const k = below.findIndex((cell, c) => {
    const n = ITEM.exec(cell.text)?.[1];
    const m = ITEM.exec(above[c]!.text)?.[1];
    return n !== undefined && m !== undefined && Number(n) === Number(m) + 1;
  });
  if (k < 1 || above.slice(0, k).some((cell) => cell.text === '')) return 0;
  return k;
}

/** The row below has a number cell following the row above's (8 | 9): it is a row of its own, not the rest of that one. */
function numberedOn(above: RawCell[], below: RawCell[]): boolean {
  return (
    above.length === below.length &&
    below.some(
      (cell, c) => /^\d{1,3}$/.test(cell.text) && /^\d{1,3}$/.test(above[c]!.text) && Number(cell.text) === Number(above[c]!.text) + 1,
    )
  );
}

/**
 * The row below fills every cell but its first, one of them under a cell left empty above: a row of its
 * own under a group's cell cut by the page (the rest of a row cut by the page leaves the cells that ended
 * above empty, and never starts a cell that was empty above).
 */
function fillsGap(above: RawCell[], below: RawCell[]): boolean {
  if (above.length !== below.length || below.length < 3 || below[0]!.text !== '') return false;
  return (
    below.slice(1).every((cell) => cell.text !== '') && below.some((cell, c) => c > 0 && above[c]!.text === '' && above[c] !== above[c - 1])
  );
}

/** How many cells at the start of the row below are empty under filled cells above (a group's cell cut by the page). */
function leadingSpan(above: RawCell[], below: RawCell[]): number {
  let c = 0;
  while (c < below.length && below[c]!.text === '' && above[c]!.text !== '' && !/^\d{1,3}$/.test(above[c]!.text)) c++;
  return c;
}
