import { parseDeadlineCell } from '../dates/index.js';
import { cellShape, type CellShape, type ColumnRole } from './table-columns.js';
import { isPersonCell, type Cell } from './flat-row-cells.js';
import type { Line } from './lines.js';
import type { UnitDirectory } from '../units/unit-directory.js';

/** A cell left empty on purpose: a slash or a dash standing for "none" ("区财政局 / 2026年6月底前"). */
export const EMPTY_MARK = /^(?:[/／\\—–\-－]+|无)$/;

/** Text a unit column may hold although it fails the name test (皇城村、郭峪村; 区教育局、各小学等). */
const UNIT_LIKE = /^[^。;;::\d]{2,60}$/;

/** Short names that are places or bodies, not people: every item ends in 村, 镇, 站, 所…. */
const PLACE_NAMES = /^[^、,,]+[村镇乡站所队院局委办室区](?:[、,,][^、,,]+[村镇乡站所队院局委办室区])*$/u;

function fits(role: ColumnRole, text: string, shape: CellShape): boolean {
  if (EMPTY_MARK.test(text)) return role !== 'num' && role !== 'task';
  switch (role) {
    case 'num':
      return shape === 'num';
    case 'task':
      return shape !== 'num' && !(shape === 'deadline' && text.length <= 12);
    case 'lead':
    case 'part':
    case 'resp':
      return shape === 'units' || (shape === 'text' && UNIT_LIKE.test(text) && (!isPersonCell(text) || PLACE_NAMES.test(text)));
    case 'deadline': {
      if (shape === 'deadline') return true;
      const d = parseDeadlineCell(text, 2000);
      return d.due.length > 0 || d.ongoing;
    }
    case 'person':
      return isPersonCell(text);
    case 'other':
      return shape !== 'num' && text.length <= 12 && !/[。;;,,]/.test(text);
    default:
      return shape !== 'num';
  }
}

// What leaving a column empty costs: participants and side columns are often empty, leads and time limits rarely.
const SKIP_COST: Partial<Record<ColumnRole, number>> = {
  part: 1,
  note: 1,
  person: 1,
  other: 1,
  indicator: 1,
  resp: 2,
  lead: 2,
  deadline: 2,
};

/** Every way to choose `k` of the columns `from`, in order. */
function choose(from: number[], k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  from.forEach((c, i) => {
    for (const rest of choose(from.slice(i + 1), k - 1)) out.push([c, ...rest]);
  });
  return out;
}

/** Pieces with a two-character name typeset with a space between its characters ("王 涛") glued back. */
function spacedNames(parts: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const a = parts[k] as string;
    const b = parts[k + 1];
    const single = (x: string | undefined) => x !== undefined && /^\p{Script=Han}$/u.test(x);
    if (single(a) && single(b) && !single(parts[k + 2])) {
      out.push(a + b);
      k++;
    } else out.push(a);
  }
  return out;
}

/**
 * Places the cells of a one-line row into the header's columns by position, as the row was laid out: one cell per
 * column; a row short of one or two cells left those columns empty (the cheapest columns to leave empty that make
 * every cell fit its column); a row with cells to spare split its duty at spaces, which join back. Returns the cell
 * text of each column ('' when empty), or null when the cells do not fit the columns in order: the row is then
 * read by the cells' shapes.
 */
export function alignRow(cells: string[], roles: ColumnRole[], dir: UnitDirectory): string[] | null {
  const parts = roles.includes('person') ? spacedNames(cells) : cells;
  const n = parts.length;
  const m = roles.length;
  if (n < 2) return null;
  const shapes = parts.map((p) => cellShape(p, dir));
  const fitsAt = (cells: (number | null)[]) =>
    cells.every((p, c) => p === null || fits(roles[c] as ColumnRole, parts[p] as string, shapes[p] as CellShape));
  const texts = (cells: (number | null)[]) =>
    cells.map((p) => (p === null || EMPTY_MARK.test(parts[p] as string) ? '' : (parts[p] as string)));
  if (n === m) {
    const cells = parts.map((_, k) => k);
    return fitsAt(cells) ? texts(cells) : null;
  }
  if (n < m) {
    if (m - n > 2) return null;
    const skippable = roles.flatMap((r, c) => (SKIP_COST[r] !== undefined ? [c] : []));
    let best: { cost: number; cells: (number | null)[] } | null = null;
    for (const skip of choose(skippable, m - n)) {
      let p = 0;
      const cells = roles.map((_, c) => (skip.includes(c) ? null : p++));
      if (!fitsAt(cells)) continue;
      const cost = skip.reduce((s, c) => s + (SKIP_COST[roles[c] as ColumnRole] ?? 9), 0);
      // On equal cost the later column is left empty: a row runs out of cells at its end.
      if (!best || cost <= best.cost) best = { cost, cells };
    }
    return best ? texts(best.cells) : null;
  }
  // More cells than columns: the duty held spaces. Cells before the duty column and after it keep their places.
  const t = roles.indexOf('task');
  if (t < 0 || roles.lastIndexOf('task') !== t) return null;
  const after = m - t - 1;
  const spare = parts.slice(t, n - after);
  // A spare piece that names units or a date is a cell of its own: the row is not one cell per column.
  if (spare.slice(1).some((s) => cellShape(s, dir) !== 'text')) return null;
  const joined = [...parts.slice(0, t), spare.join(' '), ...parts.slice(n - after)];
  return alignRow(joined, roles, dir);
}

/** A lone row number that follows the last one (or starts the table). */
export function isNextNumber(text: string, lastNum: number): boolean {
  const m = /^(\d{1,3})[.、]?$/.exec(text);
  return m !== null && (Number(m[1]) === lastNum + 1 || Number(m[1]) === 1);
}

/** The cells of a one-line row: placed by column when they line up with the header, else judged by shape. */
export function rowCells(texts: string[], roles: ColumnRole[], line: Line, dir: UnitDirectory): Cell[] {
  const aligned = alignRow(texts, roles, dir);
  if (aligned) return aligned.map((text, c) => ({ text, shape: text ? cellShape(text, dir) : 'text', line, role: roles[c] }));
  return texts.map((p) => ({ text: p, shape: cellShape(p, dir), line }));
}
