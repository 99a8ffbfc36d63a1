import { halfWidth } from './indicator-text.js';

/** What a target table's column holds. */
export type Role = 'seq' | 'domain' | 'name' | 'unit' | 'baseline' | 'target' | 'nature' | 'other';
/** A target table's column: its role and, for a target column, its year. */
export interface Column {
  role: Role;
  /** The year a target column is for ("2022年目标值" → 2022). */
  year: number | null;
}
/** A cell's text with full-width forms folded and spaces dropped, as the column tests read it. */
export const clean = (s: string) => halfWidth(s).replace(/\s+/g, '');
const TASK_COLUMN_RE = /牵头|责任单位|配合|参与单位|完成时限|责任部门|主要任务|工作任务/;
const NAME_RE = /指标|名称/;
const TARGET_RE = /目标|预期值|^\d{4}年?(?:底|末)?$/;
/** The role of a header cell ("2022年目标值" → target of 2022). */
export function roleOf(cell: string): Column {
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

const OWNER_COLUMN_RE = /^(?:牵头|责任|监测|主责|配合|协同|参与)(?:单位|部门)$/;

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
/** A cell that is a unit of measure ("%", "人/10万", "微克/立方米"). */
export const UNIT_CELL_RE =
  /^(?:%|‰|‱|(?:1|每)?\/(?:10万|十万|万|千)(?:人口|人)?|(?:万|亿)?(?:人次|批次|人|名|个工作日|工作日|个月|个|家|张|床|所|处|套|场|项|岁|小时|分钟|天|周|次|件|台|元|公顷|亩|平方米|克|千克|毫克|吨|公斤|微克\/立方米|米|公里|株|份|例|户|篇|辆|座|条|倍|项次|个百分点|g|kg|mg|ml|km|m2|m²|μg\/m3|μg\/m³)(?:\/(?:每)?(?:10万|十万|万|千|百)?(?:人口|常住人口|人|户|床))?)$/;
/** A cell that says an indicator's nature (预期性, 约束性). */
export const NATURE_CELL_RE = /预期性|约束性|倡导性|引导性|指导性|^(?:预期|约束|倡导)$/;
/** A value cell that holds no value ("—", "暂无", "待定"). */
export const EMPTY_VALUE_RE = /^[—–\-－/无]*$|^暂无|^待定/;
/** Some Han character. */
export const HAN_RE = /\p{Script=Han}/u;

/** True when a cell can stand in a column of that role. */
export function fits(role: Role, cell: string): boolean {
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
const NAME_END_RE = /(?:率|数|量|水平|比例|占比|比重|增速|增幅|寿命|面积|时间|人数|浓度|指数|[((][^()()]{1,12}[))])$/;
/** A cell that is a value, not a name with a digit in it nor (beside a unit column) a unit. */
export function isValueCell(cell: string, hasUnitCol: boolean): boolean {
  const c = clean(cell);
  if (hasUnitCol && UNIT_CELL_RE.test(c)) return false;
  return fits('target', c) && !NAME_END_RE.test(c);
}
/** True when a cell fits its column in a row placed directly; names hold no empty value. */
export function fitsColumn(role: Role, cell: string): boolean {
  if (role === 'other') return true;
  if (role === 'name' || role === 'domain') return fits(role, cell) && !EMPTY_VALUE_RE.test(clean(cell));
  return fits(role, cell);
}
/** A baseline or a target column. */
export const isValueRole = (r: Role) => r === 'baseline' || r === 'target';
