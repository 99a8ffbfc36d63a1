import type { Line } from './lines.js';
import { parseDeadlineCell } from '../dates/index.js';
import { isUnitName } from '../units/unit-name.js';
import type { CellShape, ColumnRole } from './table-columns.js';
import { UNIT_ROLES } from './flat-header.js';
import { isValueGoal } from '../indicators/goal-cell.js';
import { SEPARATE, type ParsedTable, type RowDraft } from './table-rows.js';

/** A cell of a flattened row: its text, its shape, and the line it stands on. */
export interface Cell {
  text: string;
  /** 'person': a name in a 责任领导/责任人 column, never part of the duty or a unit. */
  shape: CellShape | 'person';
  line: Line;
  /** The column the cell was placed in by its position in a one-line row; without it the shape decides. */
  role?: ColumnRole;
}

/** A short run of 2–4-character names ("张三", "张三、李四") that is not a unit name. */
export function isPersonCell(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return (
    t.length <= 14 && /^\p{Script=Han}{2,4}(?:[、,，]\p{Script=Han}{2,4})*$/u.test(t) && !t.split(/[、,，]/).some((n) => isUnitName(n))
  );
}

function hasDate(text: string): boolean {
  const cell = parseDeadlineCell(text, 2000);
  return cell.due.length > 0 || cell.ongoing;
}

/** True when a text cell comes after `c` in the row, followed by a unit cell. */
function textFollows(cells: Cell[], c: Cell): boolean {
  const rest = cells.slice(cells.indexOf(c) + 1);
  const text = rest.findIndex((x) => x.shape === 'text');
  return text >= 0 && rest.slice(text + 1).some((x) => x.shape === 'units');
}

/** Sorts a row's cells by shape into the header's columns. */
export function draftFromCells(cells: Cell[], category: string[], roles: ColumnRole[], headerless: boolean): RowDraft {
  // Without a header, one unit cell is an undifferentiated list; two are lead and participants.
  const unitCells = cells.filter((c) => c.shape === 'units').length;
  const unitRoles: ColumnRole[] = headerless ? (unitCells > 1 ? ['lead', 'part'] : ['resp']) : roles.filter((r) => UNIT_ROLES.includes(r));
  const draft: RowDraft = {
    number: null,
    task: [],
    units: [],
    deadline: [],
    start: cells[0]?.line.start ?? 0,
    end: cells[cells.length - 1]?.line.end ?? 0,
    line: cells[0]?.line.line ?? 1,
    category,
  };
  let unitIndex = 0;
  let afterFacts = false;
  const firstUnit = roles.findIndex((r) => UNIT_ROLES.includes(r));
  const taskFirst = !headerless && roles.filter((r) => r === 'task').length >= 2 && roles.indexOf('task') < firstUnit;
  // One time-limit column followed by milestone columns (进度安排 by quarter): a date-like cell after the
  // time limit ("持续", "6月底") is a milestone, not a second deadline.
  const deadlineAt = roles.indexOf('deadline');
  const milestones =
    deadlineAt >= 0 && roles.lastIndexOf('deadline') === deadlineAt && roles.slice(deadlineAt + 1).filter((r) => r === 'note').length >= 2;
  for (const c of cells) {
    if (c.role) {
      placeByColumn(draft, c.text, c.role);
      if (c.role !== 'num' && c.role !== 'task' && c.text) afterFacts ||= UNIT_ROLES.includes(c.role) || c.role === 'deadline';
      continue;
    }
    if (c.shape === 'person') continue;
    if (c.shape === 'num' && draft.number === null && !draft.task.length) {
      draft.number = /\d+/.exec(c.text)?.[0] ?? c.text;
    } else if (c.shape === 'units' && !draft.task.length && taskFirst && textFollows(cells, c)) {
      // A 事项 named after an institution (社区养老服务站) in a task column that comes before the unit columns.
      draft.task.push(c.text);
    } else if (c.shape === 'units' && (draft.task.length || unitIndex < unitRoles.length)) {
      draft.units.push({ role: unitRoles[Math.min(unitIndex, unitRoles.length - 1)] ?? 'resp', text: c.text });
      unitIndex++;
      afterFacts = true;
    } else if (c.shape === 'deadline' && draft.task.length && milestones && draft.deadline.length) {
      // A milestone cell.
    } else if (c.shape === 'deadline' && draft.task.length) {
      draft.deadline.push(c.text);
      afterFacts = true;
    } else if (afterFacts && roles.includes('deadline') && !draft.deadline.length && hasDate(c.text)) {
      // A long deadline cell ("6月底前完成框架搭建,12月底前全面完成") reads as text by shape.
      draft.deadline.push(c.text);
    } else if (!afterFacts && draft.task.length && !draft.goal && roles.includes('indicator') && isValueGoal(c.text)) {
      // A 目标值 column of a task table ("新建普惠性托育机构" ⏎ "≥4家"): the row's target, as in a real table.
      draft.goal = c.text;
    } else if (afterFacts && roles.includes('note')) {
      // A text cell after the units/deadline is a remark, not part of the duty.
    } else {
      draft.task.push(c.text);
    }
  }
  return draft;
}

/** Puts a cell placed by its column into the row draft. */
function placeByColumn(draft: RowDraft, text: string, role: ColumnRole): void {
  if (!text) return;
  if (role === 'num') draft.number = /\d+/.exec(text)?.[0] ?? text;
  else if (role === 'task') draft.task.push(text);
  else if (UNIT_ROLES.includes(role)) draft.units.push({ role, text });
  else if (role === 'deadline') draft.deadline.push(text);
  else if (role === 'indicator' && draft.task.length && !draft.goal && isValueGoal(text)) draft.goal = text;
  if ((role === 'deadline' || role === 'note') && SEPARATE.test(text)) draft.separate = true;
}

/** The task table of a flattened table's rows, from its header line `first` to its last line `last`. */
export function flatTable(
  rows: { cells: Cell[]; category: string[] }[],
  roles: ColumnRole[],
  header: { headerless?: boolean },
  grid: string[][],
  first: Line,
  last: Line,
): ParsedTable {
  const drafts = rows.map((r) => draftFromCells(r.cells, r.category, roles, header.headerless ?? false));
  const unparsed = drafts
    .filter((d) => !d.task.length)
    .map((d) => ({
      start: d.start,
      end: d.end,
      line: d.line,
      text: [d.number, ...d.units.map((u) => u.text), ...d.deadline].filter(Boolean).join(' | '),
    }));
  return {
    kind: 'task',
    roles: header.headerless ? roles.filter((r) => !UNIT_ROLES.includes(r)) : roles,
    rows: drafts.filter((d) => d.task.length),
    grid,
    header: grid[0] ?? [],
    indicatorRows: [],
    start: first.start,
    end: last.end,
    line: first.line,
    unparsed,
  };
}
