import type { Comparator, ExtractedIndicator } from '../plan-schema.js';
import { readComparator } from './indicator-comparator.js';
import type { IndicatorContext } from './extract-indicators.js';
import { findQuantities } from './indicator-numbers.js';
import { halfWidth, QuotedSpans } from './indicator-text.js';

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

type Role = 'seq' | 'domain' | 'name' | 'unit' | 'baseline' | 'target' | 'nature' | 'other';
interface Column {
  role: Role;
  /** The year a target column is for ("2022年目标值" → 2022). */
  year: number | null;
}

const clean = (s: string) => halfWidth(s).replace(/\s+/g, '');
/** A unit as the table writes it (full-width forms folded, traditional characters kept). */
const asWritten = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const TASK_COLUMN_RE = /牵头|责任单位|配合|参与单位|完成时限|责任部门|主要任务|工作任务/;
const NAME_RE = /指标|名称/;
const TARGET_RE = /目标|预期值|^\d{4}年?(?:底|末)?$/;

function roleOf(cell: string): Column {
  const c = clean(cell);
  const year = /(\d{4})/.exec(c);
  if (/性质|属性/.test(c)) return { role: 'nature', year: null };
  if (/^(?:计量)?单位$/.test(c)) return { role: 'unit', year: null };
  if (/基期|基数|基线|现状|现值|实际值|完成值/.test(c)) return { role: 'baseline', year: null };
  if (TARGET_RE.test(c)) return { role: 'target', year: year ? Number(year[1]) : null };
  if (/^(?:序号|编号)$/.test(c)) return { role: 'seq', year: null };
  if (NAME_RE.test(c)) return { role: 'name', year: null };
  if (/领域|类别|分类|维度|类型/.test(c)) return { role: 'domain', year: null };
  return { role: 'other', year: null };
}

/**
 * True for the header of a target table: an indicator column and a target column, and no owner columns.
 *
 * @example isIndicatorTableHeader(['指标名称', '单位', '基期值(2020年)', '2025年目标', '指标性质']) // true
 */
export function isIndicatorTableHeader(cells: string[]): boolean {
  if (!hasIndicatorColumns(cells)) return false;
  const owners = cells.filter((c) => TASK_COLUMN_RE.test(clean(c)));
  if (!owners.length) return true;
  // 指标名称 / 单位 / 2024年现状值 / 2026年目标值 / 牵头单位: goals with a baseline, each with an office watching it,
  // and no duty or time limit of its own; a table that also sets work or a time limit is a duty table.
  const roles = cells.map((c) => roleOf(c).role);
  return roles.includes('baseline') && owners.every((c) => OWNER_COLUMN_RE.test(clean(c)));
}

const OWNER_COLUMN_RE = /^(?:牵头|责任|监测|主责)(?:单位|部门)$/;

/**
 * True when a header has an indicator column and a target column, whatever else it has: a 目标分解表 with
 * 责任单位 columns is a duty table whose rows also carry targets, so it can be read both ways.
 *
 * @example hasIndicatorColumns(['指标名称', '2023年目标值', '牵头单位', '配合单位']) // true
 */
export function hasIndicatorColumns(cells: string[]): boolean {
  const roles = cells
    .map(clean)
    .filter(Boolean)
    .map((c) => roleOf(c).role);
  return roles.includes('name') && roles.includes('target');
}

const UNIT_CELL_RE =
  /^(?:%|‰|‱|(?:1|每)?\/(?:10万|十万|万|千)(?:人口|人)?|(?:万|亿)?(?:人次|人|名|个|家|张|床|所|处|套|场|项|岁|小时|分钟|天|次|元|公顷|亩|平方米|克|千克|毫克|吨|公斤|微克\/立方米|米|公里|株|份|例|户|篇|辆|座|条|倍|项次|个百分点|g|kg|mg|ml|km|m2|m²|μg\/m3|μg\/m³)(?:\/(?:每)?(?:10万|十万|万|千|百)?(?:人口|常住人口|人|户|床))?)$/;
const NATURE_CELL_RE = /预期性|约束性|倡导性|引导性|指导性|^(?:预期|约束|倡导)$/;
const EMPTY_VALUE_RE = /^[—–\-－/无]*$|^暂无|^待定/;
const HAN_RE = /\p{Script=Han}/u;
const NOTE_ROW_RE = /^(?:说明|计算方法|注|备注|指标解释|解释)[::]/;

function fits(role: Role, cell: string): boolean {
  const c = clean(cell);
  if (c === '') return false;
  switch (role) {
    case 'seq':
      return /^\d{1,3}\.?$/.test(c);
    case 'nature':
      return NATURE_CELL_RE.test(c);
    case 'unit':
      return UNIT_CELL_RE.test(c);
    case 'baseline':
    case 'target':
      return (
        c.length <= 40 &&
        (/\d/.test(c) || EMPTY_VALUE_RE.test(c) || /持续|逐步|稳步|下降|提高|上升|增长|减缓|降低|明显|实现|消除|保持|力争/.test(c))
      );
    default:
      return HAN_RE.test(c) && !NATURE_CELL_RE.test(c) && !/^\d+(?:\.\d+)?%?$/.test(c);
  }
}

/** A name that merely holds a digit ("5岁以下儿童生长迟缓率(%)") is not a value. */
const NAME_END_RE = /(?:率|数|量|水平|比例|寿命|面积|时间|人数|浓度|指数|[((][^()()]{1,12}[))])$/;

function isValueCell(cell: string, hasUnitCol: boolean): boolean {
  const c = clean(cell);
  if (hasUnitCol && UNIT_CELL_RE.test(c)) return false;
  return fits('target', c) && !NAME_END_RE.test(c);
}

function fitsColumn(role: Role, cell: string): boolean {
  if (role === 'other') return true;
  if (role === 'name' || role === 'domain') return fits(role, cell) && !EMPTY_VALUE_RE.test(clean(cell));
  return fits(role, cell);
}

const isValueRole = (r: Role) => r === 'baseline' || r === 'target';
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
 */
function alignRow(columns: Column[], cells: string[]): (string | null)[] {
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
  const q = findQuantities(c, new QuotedSpans(c))[0];
  if (!q) return null;
  const r = readComparator(c.slice(0, q.start), q.bound, q.unit);
  const rest = (c.slice(0, q.start) + c.slice(q.end)).replace(/[≥≤<>=()()]|左右|以上|以下|以内|约|\d{4}年/g, '');
  return { value: q.value, comparator: r.comparator, unit: q.unit, wordy: (rest.match(/\p{Script=Han}/gu) ?? []).length > 2 };
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

/** A row that only names years (and repeats header words) under the target columns, with no value in it. */
function isHeaderContinuation(columns: Column[], cells: string[]): boolean {
  if (cells.length !== columns.length) return false;
  let years = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = clean(cells[i] ?? '');
    if (/^\d{4}年(?:目标值?|底|末)?$/.test(c)) {
      if (columns[i]?.role !== 'target') return false;
      years++;
    } else if (c !== '' && (/\d/.test(c) || NATURE_CELL_RE.test(c))) return false;
  }
  return years > 0;
}

/** A row holding only values (≥22, 持续提升, 预期性) and no name is the tail of the row before, cut off when flattened. */
function mergeFragments(rows: IndicatorTableRow[]): IndicatorTableRow[] {
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
  while (rows[0] && isHeaderContinuation(columns, rows[0].cells)) {
    rows[0].cells.forEach((c, i) => {
      const y = /^(\d{4})\s*年/.exec(clean(c));
      const col = columns[i];
      if (y && col && col.role === 'target') col.year = Number(y[1]);
    });
    rows.shift();
  }
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
        unit: (changeBy(v) ? v.unit : null) ?? (unitCell ? asWritten(unitCell) : null) ?? nameUnit ?? (v.unit || baseline?.unit || ''),
        comparator: v.comparator,
        due,
        source: { start: row.start, end: row.end ?? row.start + text.length, line: row.line },
      });
    });
  }
  return out;
}
