import type { Line } from './lines.js';
import { cellShape, headerRole, type CellShape, type ColumnRole } from './table-columns.js';
import type { UnitDirectory } from '../units/unit-directory.js';

/** A flattened table's header: the column roles, where the rows start, and how cells are laid out. */
export interface FlatHeader {
  roles: ColumnRole[];
  next: number;
  /** All cells of a row on one line, separated by | / tabs / wide spaces. */
  inline: boolean;
  /** The header was lost; roles are the usual ones. */
  headerless?: boolean;
  /** Cells separated by single spaces (PDF text): rows are split the same way. */
  narrow?: boolean;
}

// No optional space around | in the pattern: on a long run of spaces that would scan the run again at each position.
const INLINE_SPLIT = /[|｜]|\t+|[ \u3000]{2,}/;

export const UNIT_ROLES: ColumnRole[] = ['lead', 'resp', 'part'];

function isHeaderSet(roles: ColumnRole[]): boolean {
  if (roles.filter((r) => r === 'indicator').length >= 2) return true;
  const units = roles.some((r) => UNIT_ROLES.includes(r));
  const task = roles.includes('task');
  const deadline = roles.includes('deadline');
  return (units && (task || deadline || roles.includes('num'))) || (task && deadline && roles.includes('num'));
}

/** A two-level header flattened ("责任单位" over "牵头单位 | 配合单位"): the group label is not a column. */
function twoLevel(roles: ColumnRole[]): ColumnRole[] {
  if (roles.includes('resp') && roles.includes('lead') && roles.includes('part')) return roles.filter((r) => r !== 'resp');
  return roles;
}

/** Splits a one-line row at | / tabs / wide spaces. */
export function splitInline(text: string, narrow = false): string[] {
  return text
    .split(narrow ? NARROW_SPLIT : INLINE_SPLIT)
    .map((s) => s.trim())
    .filter(Boolean);
}

const NARROW_SPLIT = /[|｜]|\s+/;

/** A year as a column label of a target table: "2025年", "2023年(基期)", "2030年底". */
const YEAR_LABEL = /^\d{4}\s*年?(?:底|末)?(?:[((][^()()]{1,6}[))]|(?:完成|实际|预期|计划|目标|基期|基线|现状)值?|目标值)?$/;

/** A year in brackets under a value label: "(2025年)", "(2026年底)". */
const YEAR_NOTE = /^[((]\d{4}年?(?:底|末)?[))]$/;

/** A target table's nature column under a short name (属性: 预期性/约束性). */
const NATURE_LABEL = /^(?:属性|性质|指标类型)$/;

const SIDE_LABEL = /^\p{Script=Han}{2,6}$/u;

/** A period under a 进度安排 group label (一季度, 第二季度, 1-3月, 上半年): a milestone column, never the time limit. */
const PERIOD_LABEL = /^(?:第?[一二三四1-4]季度|\d{1,2}[-—–~至]\d{1,2}月份?|\d{1,2}月份?|[上下]半年|Q[1-4])$/i;

/** A group label over period columns ("进度安排" over "一季度 ⏎ 二季度 …"). */
const PERIOD_GROUP = /^(?:进度安排|时间安排|进度计划|推进计划|时序进度|进度要求|时间节点)$/;

/**
 * The role of a period label at `k` under a 进度安排 group: 'note', and the group label (already read as a
 * deadline column) is dropped from `roles` because it is no column of its own. Null when `label` is no such period.
 */
function periodRole(label: string, roles: (ColumnRole | null)[], labels: string[]): 'note' | null {
  if (!PERIOD_LABEL.test(label.replace(/\s+/g, ''))) return null;
  const last = labels.length - 1;
  if (roles[last] === 'note' && PERIOD_LABEL.test((labels[last] ?? '').replace(/\s+/g, ''))) return 'note';
  if (roles[last] !== 'deadline' || !PERIOD_GROUP.test((labels[last] ?? '').replace(/\s+/g, ''))) return null;
  roles.pop();
  labels.pop();
  return 'note';
}

/** Cell roles of a header row; bare years are value columns of a target table when an indicator label names it. */
function rowRoles(all: string[]): (ColumnRole | null)[] {
  const roles: (ColumnRole | null)[] = [];
  const cells: string[] = [];
  for (const c of all) {
    const r = headerRole(c) ?? periodRole(c, roles, cells);
    roles.push(r);
    cells.push(c);
  }
  // One label of its own beside the number, duty and unit columns (工作指标, 考核标准, 完成标志) is a side column: what
  // the row serves or how it is judged, never the duty itself.
  const unknown = roles.filter((r) => r === null).length;
  if (
    unknown === 1 &&
    cells.length >= 4 &&
    roles.includes('num') &&
    roles.includes('task') &&
    roles.some((r) => r && UNIT_ROLES.includes(r))
  )
    roles.forEach((r, k) => r === null && SIDE_LABEL.test(cells[k] ?? '') && (roles[k] = 'other'));
  if (!roles.includes('indicator')) return roles;
  return roles.map((r, k) => r ?? (YEAR_LABEL.test((cells[k] ?? '').replace(/\s+/g, '')) ? 'indicator' : null));
}

/** A header at `i`: one label per line, or all labels on one line separated by | / tabs / wide spaces. */
export function headerAt(lines: Line[], i: number): FlatHeader | null {
  const first = lines[i];
  if (!first) return null;
  const inlineCells = splitInline(first.text);
  if (inlineCells.length >= 3) {
    const roles = rowRoles(inlineCells);
    if (roles.every((r) => r !== null) && isHeaderSet(roles as ColumnRole[]))
      return { roles: twoLevel(roles as ColumnRole[]), next: i + 1, inline: true };
    return null;
  }
  // "序号 重点任务 牵头单位 参与单位 完成时限" with single spaces, as PDF text gives it.
  const narrowCells = first.text.length <= 80 ? splitInline(first.text, true) : [];
  if (narrowCells.length >= 3) {
    const roles = rowRoles(narrowCells);
    if (roles.every((r) => r !== null) && isHeaderSet(roles as ColumnRole[]))
      return { roles: twoLevel(roles as ColumnRole[]), next: i + 1, inline: true, narrow: true };
  }
  const roles: ColumnRole[] = [];
  const labels: string[] = [];
  let j = i;
  while (j < lines.length && j - i < 14) {
    const label = lines[j]?.text ?? '';
    const period = headerRole(label) ? null : periodRole(label, roles, labels);
    if (period) {
      roles.push(period);
      labels.push(label);
      j++;
      continue;
    }
    // A value label's year on a line of its own ("基期值" ⏎ "(2025年)"): part of the label above, not a column.
    if (roles[roles.length - 1] === 'indicator' && YEAR_NOTE.test(label.replace(/\s+/g, ''))) {
      j++;
      continue;
    }
    const r =
      headerRole(label) ??
      (roles.includes('indicator') && (YEAR_LABEL.test(label.replace(/\s+/g, '')) || NATURE_LABEL.test(label.trim())) ? 'indicator' : null);
    if (r) {
      roles.push(r);
      labels.push(label);
      j++;
      continue;
    }
    // A two-row header splits a label over two lines ("责任" ⏎ "领导").
    const split = splitLabel(lines[j]?.text ?? '', lines[j + 1]?.text ?? '');
    if (!split) break;
    roles.push(split);
    labels.push(label + (lines[j + 1]?.text ?? ''));
    j += 2;
  }
  if (roles.length >= 3 && isHeaderSet(roles)) return { roles: twoLevel(roles), next: j, inline: false };
  return null;
}

/** The role of a label written over two short lines, or null. */
function splitLabel(a: string, b: string): ColumnRole | null {
  if (a.length > 4 || b.length > 4 || !a || !b || headerRole(b)) return null;
  return headerRole(a + b);
}

/**
 * A table whose header was lost (PDF copies): "1" ⏎ duty ⏎ units ⏎ date ⏎ "2" …. Recognised when the first
 * row holds duty text and a unit list or deadline, and the next number follows within a few lines.
 */
export function headerlessAt(lines: Line[], i: number, dir: UnitDirectory): FlatHeader | null {
  if (!/^1[.、]?$/.test(lines[i]?.text ?? '')) return null;
  const shapes: CellShape[] = [];
  for (let k = i + 1; k < Math.min(lines.length, i + 8); k++) {
    const t = lines[k]?.text ?? '';
    if (/^2[.、]?$/.test(t)) {
      if (shapes[0] !== 'text' || !shapes.some((x) => x === 'units')) return null;
      const roles: ColumnRole[] = shapes.includes('deadline')
        ? ['num', 'task', 'resp', 'part', 'deadline']
        : ['num', 'task', 'resp', 'part'];
      return { roles, next: i, inline: false, headerless: true };
    }
    shapes.push(cellShape(t, dir));
  }
  return null;
}

/**
 * A header repeated on a new page when the table's own header opened with labels the roles do not name (序号 ⏎
 * 建设领域 before 工作任务 ⏎ 牵头单位 …): the same lines again at `k`, then the header. The index after it, or null.
 */
export function repeatedHeaderAt(lines: Line[], k: number, from: number): number | null {
  let m = 0;
  while (m < 3 && from - m - 1 >= 0 && LEADING_LABEL.test(lines[from - m - 1]?.text.trim() ?? '')) m++;
  if (!m || headerRole(lines[from - m]?.text ?? '') !== 'num') return null;
  for (let x = 0; x < m; x++) if (lines[k + x]?.text.trim() !== lines[from - m + x]?.text.trim()) return null;
  return headerAt(lines, k + m)?.next ?? null;
}

const LEADING_LABEL = /^(?:序号|编号|\p{Script=Han}{2,6})$/u;

/** A short column label on a line of its own: "工作任务", "具体要求", "责任科室". */
const LABEL_LINE = /^\p{Script=Han}{2,6}$/u;
/** A row's group cell above its number ("强化政策解读" ⏎ "1"): short, no full stop. */
const GROUP_CELL = /^[^。;;]{2,40}$/;

/**
 * Where a table found without its header (at `i`, its first row number) really starts: the header's labels may sit
 * just above it, one of them unknown to the column roles ("工作任务 ⏎ 具体要求 ⏎ 责任科室 ⏎ 时限要求", 序号 left out),
 * with the first row's group cell between. Those lines are the table's, not prose (nor a task, nor the title).
 */
export function labelsBefore(lines: Line[], i: number, floor: number): number {
  let k = i - 1;
  if (k >= floor && !LABEL_LINE.test(lines[k]?.text.trim() ?? '') && GROUP_CELL.test(lines[k]?.text.trim() ?? '')) k--;
  let known = 0;
  let labels = 0;
  let start = i;
  for (; k >= floor && labels < 8; k--) {
    const t = lines[k]?.text.trim() ?? '';
    if (!LABEL_LINE.test(t)) break;
    if (headerRole(t) !== null) known++;
    labels++;
    start = k;
  }
  return known >= 2 && labels >= 3 ? start : i;
}
