import type { Comparator, ExtractedIndicator } from '../plan-schema.js';
import { cellTarget } from './indicator-comparator.js';
import type { IndicatorContext } from './indicator-context.js';
import { clean, EMPTY_VALUE_RE, HAN_RE, NATURE_CELL_RE, roleOf, UNIT_CELL_RE, type Role } from './indicator-columns.js';
import { alignRow, isHeaderContinuation, mergeFragments } from './indicator-rows.js';
import { carriedUnit } from './merged-unit-cell.js';

/**
 * Target tables: the 健康中国行动 主要指标 layout (领域/序号/指标/基期水平/2022年目标值/2030年目标值/指标性质)
 * and local 十四五 layouts (指标名称/单位/基期值(2020年)/2025年目标/指标性质), real or flattened.
 */

/** One table row: its cells in order (a flattened row simply lacks its empty cells), where it starts and its line. */
export interface IndicatorTableRow {
  cells: string[];
  start: number;
  line: number;
  /** End offset of the row in the SourceText; when absent the row's cells are assumed to follow `start`. */
  end?: number;
}

/** A table with its header cells and data rows (group and 说明 rows may be among them). */
export interface IndicatorTable {
  header: string[];
  rows: IndicatorTableRow[];
}

/** A unit as the table writes it (full-width forms folded, traditional characters kept). */
const asWritten = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const NOTE_ROW_RE = /^(?:说明|计算方法|注|备注|指标解释|解释)[::]/;

interface CellValue {
  value: number;
  comparator: Comparator;
  unit: string;
  /** The cell says more than a number (a baseline given as text). */
  wordy: boolean;
}

/** Reads a value cell: "≥22", "≤10", "90", "22以上", "18.5%", "12/10万"; null for "—" or "持续下降". */
function readValue(cell: string): CellValue | null {
  const c = clean(cell);
  if (EMPTY_VALUE_RE.test(c)) return null;
  const t = cellTarget(c);
  if (!t) return null;
  const q = t.quantity;
  const rest = (c.slice(0, q.start) + c.slice(q.end)).replace(/[≥≤<>=()()]|左右|以上|以下|以内|约|\d{4}年/g, '');
  return { value: q.value, comparator: t.comparator, unit: q.unit, wordy: (rest.match(/\p{Script=Han}/gu) ?? []).length > 2 };
}

/** The cell states a change amount with its own measure word ("提高2个百分点"). */
const changeBy = (v: CellValue) => (v.comparator === 'increase_by' || v.comparator === 'decrease_by') && v.unit !== '';

/** Splits "居民健康素养水平(%)" into the name and the unit in its closing parenthesis. */
function nameAndUnit(cell: string): { name: string; unit: string | null } {
  const t = cell.trim();
  const m = /[((]([^()()]{1,12})[))]\s*$/.exec(t);
  if (m && UNIT_CELL_RE.test(clean(m[1] ?? ''))) return { name: t.slice(0, m.index).trim(), unit: asWritten(m[1] ?? '') };
  return { name: t, unit: null };
}

/**
 * One indicator per target column of each data row, due at that column's year end. Group rows
 * (结果性指标), 说明/计算方法 rows and target cells without a number (持续下降) give nothing.
 *
 * @example
 * extractIndicatorTable({ header: ['指标', '基期水平', '2030年目标值'], rows: [{ cells: ['婴儿死亡率(‰)', '6.8', '≤5'], start: 0, line: 1 }] }, ctx)
 * // [{ name: '婴儿死亡率', baseline: 6.8, target: 5, unit: '‰', comparator: '<=', due: '2030-12-31', … }]
 */
export function extractIndicatorTable(table: IndicatorTable, ctx: IndicatorContext): ExtractedIndicator[] {
  const columns = table.header.map(roleOf);
  if (!columns.some((c) => c.role === 'name')) return [];
  // A table with bare year columns and no baseline column: the first year is the baseline.
  // So is a bare year column beside columns that say 目标 ("2019年 | 2020年目标 | 2022年目标").
  if (!columns.some((c) => c.role === 'baseline')) {
    const bare = columns.filter((c, i) => c.role === 'target' && /^\d{4}年?$/.test(clean(table.header[i] ?? '')));
    const named = columns.filter((c, i) => c.role === 'target' && /目标|预期/.test(clean(table.header[i] ?? '')));
    if (bare[0] && (bare.length >= 2 || named.length > 0)) bare[0].role = 'baseline';
  }
  const out: ExtractedIndicator[] = [];
  const rows = mergeFragments(table.rows);
  // A two-row header ("目标值" spanning "2022年" | "2030年"): the second row gives the target columns their years.
  while (rows[0] && isHeaderContinuation(columns, rows[0].cells, table.header)) {
    rows[0].cells.forEach((c, i) => {
      const y = /^(\d{4})\s*年/.exec(clean(c));
      const col = columns[i];
      if (y && col && col.role === 'target') col.year = Number(y[1]);
    });
    rows.shift();
  }
  const hasUnitColumn = columns.some((c) => c.role === 'unit');
  let above: { name: string; unit: string } | null = null;
  for (const row of rows) {
    // A 说明/计算方法 cell (and anything after it) explains the row; it is not part of it.
    const noteAt = row.cells.findIndex((c) => NOTE_ROW_RE.test(clean(c)));
    const own = noteAt >= 0 ? row.cells.slice(0, noteAt) : row.cells;
    const cells = own.filter((c) => clean(c) !== '');
    if (cells.length < 2) continue;
    const aligned = alignRow(columns, own);
    const at = (role: Role) => aligned.find((_, i) => columns[i]?.role === role) ?? null;
    const nameCell = at('name') ?? cells.find((c) => HAN_RE.test(c) && !NATURE_CELL_RE.test(c)) ?? null;
    if (nameCell === null) continue;
    const { name, unit: nameUnit } = nameAndUnit(nameCell);
    const unitCell = at('unit');
    const baselineCell = at('baseline');
    const baseline = baselineCell ? readValue(baselineCell) : null;
    // Cells after the 指标性质 cell belong to the next row (a flattened 领域 or group label).
    const natureAt = cells.findIndex((c) => NATURE_CELL_RE.test(clean(c)));
    const text = (natureAt >= 0 ? cells.slice(0, natureAt + 1) : cells).map((c) => c.trim()).join(' ');
    const ownUnit = unitCell ? asWritten(unitCell) : '';
    const mergedUnit: string | null = hasUnitColumn && ownUnit === '' && !nameUnit ? carriedUnit(above, name) : null;
    above = { name, unit: ownUnit || (mergedUnit ?? '') };
    columns.forEach((col, i) => {
      const cell = aligned[i];
      if (col.role !== 'target' || !cell) return;
      const v = readValue(cell);
      if (!v) return;
      const due =
        col.year !== null ? `${col.year}-12-31` : (ctx.due ?? (ctx.annual && ctx.planYear !== null ? `${ctx.planYear}-12-31` : null));
      out.push({
        name,
        text,
        baseline: baseline && !baseline.wordy ? baseline.value : null,
        target: v.value,
        // A change written in the cell ("降低0.5个百分点") is measured in its own word, not the column's level unit.
        unit:
          (changeBy(v) ? v.unit : null) ??
          mergedUnit ??
          (unitCell ? asWritten(unitCell) : null) ??
          nameUnit ??
          (v.unit || baseline?.unit || ''),
        comparator: v.comparator,
        due,
        source: { start: row.start, end: row.end ?? row.start + text.length, line: row.line },
      });
    });
  }
  return out;
}
