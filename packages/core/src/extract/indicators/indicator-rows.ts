import {
  clean,
  fits,
  fitsColumn,
  HAN_RE,
  isValueCell,
  isValueRole,
  NATURE_CELL_RE,
  UNIT_CELL_RE,
  type Column,
} from './indicator-columns.js';
import type { IndicatorTableRow } from './indicator-table.js';

const COMPARED_RE = /[≥≤<>]|以上|以下|以内/;

/** Places cells under columns right to left, skipping columns that do not fit (a vanished cell). */
function alignBackwards(columns: Column[], cols: number[], cells: string[], out: (string | null)[]): void {
  let k = cells.length - 1;
  for (let j = cols.length - 1; j >= 0 && k >= 0; j--) {
    const col = cols[j] ?? 0;
    const role = columns[col]?.role ?? 'other';
    const cell = cells[k] ?? '';
    if (fits(role, cell) || (role === 'other' && HAN_RE.test(cell))) {
      out[col] = cell;
      k--;
    }
  }
}

/**
 * Places a row's cells under the header: directly when the counts agree. A flattened row has lost its empty
 * cells, so the columns after the values (指标性质) are matched from the right, the columns before them
 * (领域, 序号, 指标, 单位) from the right of what precedes the values, and the values left to right,
 * the baseline first when there are several.
 */ export function alignRow(columns: Column[], cells: string[]): (string | null)[] {
  // Direct placement only when every cell fits its column: a flattened row may have the next row's 领域 cell appended.
  const direct = cells.length === columns.length && cells.every((c, i) => clean(c) === '' || fitsColumn(columns[i]?.role ?? 'other', c));
  if (direct) return cells.map((c) => (clean(c) === '' ? null : c));
  const out = new Array<string | null>(columns.length).fill(null);
  const present = cells.filter((c) => clean(c) !== '');
  const valueCols = columns.flatMap((c, i) => (isValueRole(c.role) ? [i] : []));
  const firstValue = valueCols[0] ?? columns.length;
  const lastValue = valueCols.at(-1) ?? columns.length - 1;
  const rightCols = columns.flatMap((_, i) => (i > lastValue ? [i] : []));
  // Trailing cells that are not values belong to the right-hand columns.
  let r = present.length;
  while (r > 0 && !fits('target', present[r - 1] ?? '')) r--;
  alignBackwards(columns, rightCols, present.slice(r), out);
  let l = r;
  const hasUnitCol = columns.some((c) => c.role === 'unit');
  while (l > 0 && r - l < valueCols.length && isValueCell(present[l - 1] ?? '', hasUnitCol)) l--;
  // Keep at least one cell for the name: a name that merely contains a digit must not be taken for a value.
  if (l === 0 && r > 0) l = 1;
  const values = present.slice(l, r);
  const leftCols = columns.flatMap((_, i) =>
    i < firstValue || (i > firstValue && i < lastValue && !isValueRole(columns[i]?.role ?? 'other')) ? [i] : [],
  );
  alignBackwards(columns, leftCols, present.slice(0, l), out);
  const baselineCol = valueCols.find((i) => columns[i]?.role === 'baseline');
  const targetCols = valueCols.filter((i) => columns[i]?.role === 'target');
  if (values.length === valueCols.length) valueCols.forEach((c, i) => (out[c] = values[i] ?? null));
  else if (values.length === targetCols.length && values.every((v) => COMPARED_RE.test(v)))
    targetCols.forEach((c, i) => (out[c] = values[i] ?? null));
  else if (
    baselineCol !== undefined &&
    (values.length >= 2 || (values.length === 1 && !COMPARED_RE.test(values[0] ?? '') && targetCols.length === 0))
  ) {
    out[baselineCol] = values[0] ?? null;
    targetCols.forEach((c, i) => (out[c] = values[i + 1] ?? null));
  } else targetCols.forEach((c, i) => (out[c] = values[i] ?? null));
  return out;
}
/** A row that only names years (and repeats header words) under the target columns, with no value in it. */
export function isHeaderContinuation(columns: Column[], cells: string[], header: string[] = []): boolean {
  if (cells.length !== columns.length) return false;
  let years = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = clean(cells[i] ?? '');
    // A header cell spanning both rows (基期值(2025年)) is repeated in the lower one.
    if (c !== '' && c === clean(header[i] ?? '')) continue;
    if (/^\d{4}年(?:目标值?|底|末)?$/.test(c)) {
      if (columns[i]?.role !== 'target') return false;
      years++;
    } else if (c !== '' && (/\d/.test(c) || NATURE_CELL_RE.test(c))) return false;
  }
  return years > 0;
}

/** A row holding only values (≥22, 持续提升, 预期性) and no name is the tail of the row before, cut off when flattened. */
export function mergeFragments(rows: IndicatorTableRow[]): IndicatorTableRow[] {
  const out: IndicatorTableRow[] = [];
  for (const row of rows) {
    const cells = row.cells.filter((c) => clean(c) !== '');
    const prev = out.at(-1);
    const tail =
      cells.length > 0 && cells.every((c) => isValueCell(c, false) || NATURE_CELL_RE.test(clean(c)) || UNIT_CELL_RE.test(clean(c)));
    if (prev && tail && !prev.cells.some((c) => NATURE_CELL_RE.test(clean(c)))) {
      out[out.length - 1] = { ...prev, cells: [...prev.cells.filter((c) => clean(c) !== ''), ...cells], end: row.end ?? prev.end };
    } else out.push(row);
  }
  return out;
}
