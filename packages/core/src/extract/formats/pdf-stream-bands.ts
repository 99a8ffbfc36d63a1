import type { RawCell } from './source-builder.js';

/** A number of a table's row (序号): one to three digits. */
const ROW_NUMBER = /^\d{1,3}$/;

/**
 * Joins the bands a borderless table's row cutting leaves between numbered rows: a cell spanning two rows is
 * set in the middle of them, on a band of its own between their lines, which the cutting reads as a row. A
 * row without a number, between two rows with one (in the column that numbers most rows), whose every cell
 * stands in a column where both rows around it have no cell, spans those two rows: its cells go to the row
 * above with a span of two, and the band is dropped. Section rows (one cell across the table) are left alone.
 */
export function joinSpanningBands(rows: RawCell[][]): RawCell[][] {
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const full = (r: RawCell[] | undefined) => r !== undefined && r.length === cols && r.every((c) => c.colSpan === 1 && c.rowSpan === 1);
  const counts = Array.from({ length: cols }, (_, c) => rows.filter((r) => full(r) && ROW_NUMBER.test(r[c]!.text.trim())).length);
  const numbered = counts.indexOf(Math.max(...counts));
  if (cols < 3 || numbered < 0 || counts[numbered]! < 3) return rows;
  // A grid of cells, null where a cell above covers the place.
  const grid: (RawCell | null)[][] = rows.map((r) => [...r]);
  const dropped = new Set<number>();
  const empty = (cell: RawCell | null | undefined) => cell !== null && cell !== undefined && cell.text.trim() === '';
  const isNumbered = (r: (RawCell | null)[]) => ROW_NUMBER.test(r[numbered]?.text.trim() ?? '');
  for (let k = 1; k + 1 < rows.length; k++) {
    const [above, band, below] = [rows[k - 1], rows[k], rows[k + 1]];
    if (!full(above) || !full(band) || !full(below) || dropped.has(k - 1)) continue;
    const up = grid[k - 1]!;
    const down = grid[k + 1]!;
    if (!isNumbered(up) || !isNumbered(down) || band![numbered]!.text.trim() !== '') continue;
    const filled = band!.map((c, i) => (c.text.trim() === '' ? -1 : i)).filter((i) => i >= 0);
    if (filled.length === 0 || !filled.every((c) => empty(up[c]) && empty(down[c]))) continue;
    for (const c of filled) {
      up[c] = { ...band![c]!, rowSpan: 2 };
      down[c] = null;
    }
    dropped.add(k);
  }
  if (dropped.size === 0) return rows;
  return grid.filter((_, k) => !dropped.has(k)).map((r) => r.filter((c): c is RawCell => c !== null));
}
