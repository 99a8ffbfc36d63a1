import { isBodyTerminator, isTitleLine, type Line } from './lines.js';
import { readMarker } from './numbering.js';
import { cellShape, type CellShape, type ColumnRole } from './table-columns.js';
import { headerAt, type FlatHeader } from './flat-header.js';
import { isPersonCell, type Cell } from './flat-row-cells.js';
import { parseDeadlineCell } from '../dates/index.js';
import { displayWidth } from '../display-width.js';
import type { UnitDirectory } from '../units/unit-directory.js';

/** A row read from wrapped cells: its cells placed in columns, and the category rows above it. */
export interface WrappedRow {
  cells: Cell[];
  category: string[];
}

// What leaving a column of a row empty costs; the duty column is never empty.
const SKIP: Partial<Record<ColumnRole, number>> = {
  part: 1,
  deadline: 1,
  lead: 2,
  resp: 2,
  note: 0.5,
  person: 0.5,
  other: 0.5,
  indicator: 0.5,
};
/** A cell spans at most this many lines, but the duty's. */
const MAX_SPAN = 6;
const UNIT_LIKE = /^[^。;;::\d]{2,60}$/;

/** What a run of lines costs as the cell of a column: 0 when it is that column's shape, Infinity when it cannot be. */
function cellCost(role: ColumnRole, text: string, shape: CellShape): number {
  switch (role) {
    case 'task':
      return shape === 'num' ? Infinity : 0;
    case 'lead':
    case 'part':
    case 'resp':
      // A list neither starts nor ends with the separator or bracket its wrapping broke at ("、市直机关工" ⏎ "委").
      if (/^[、,,;;))]/.test(text) || /[、,,;;((]$/.test(text)) return Infinity;
      return shape === 'units' ? 0 : shape === 'text' && UNIT_LIKE.test(text) ? 1.5 : Infinity;
    case 'deadline': {
      if (shape === 'deadline') return 0;
      const d = parseDeadlineCell(text, 2000);
      if (d.due.length || d.ongoing) return 0.5;
      // A time frame in words ("按上级部署") is still the row's last cell, not a unit.
      return text.length <= 16 && !/[、,,]/.test(text) ? 1.2 : Infinity;
    }
    case 'person':
      return isPersonCell(text) ? 0 : Infinity;
    case 'num':
      return Infinity;
    default:
      return 0.5;
  }
}

/**
 * Groups the lines of one row into its columns' cells, in order: each cell one run of lines, a column left empty
 * when that costs least. For a PDF table whose every cell wraps over several lines ("开展癌症防治科普宣" ⏎ "传,每年…",
 * "市委宣传部、市" ⏎ "科协", "2026—2" ⏎ "030年"). Returns null when the lines cannot be grouped so: else each column's run of lines [from, to).
 */
export function groupWrappedCells(texts: string[], roles: ColumnRole[], dir: UnitDirectory): [number, number][] | null {
  const n = texts.length;
  const m = roles.length;
  const shapes = new Map<string, CellShape>();
  const shapeOf = (i: number, j: number) => {
    const key = `${i}:${j}`;
    let s = shapes.get(key);
    if (s === undefined) shapes.set(key, (s = cellShape(texts.slice(i, j).join(''), dir)));
    return s;
  };
  // A cell does not start inside a number or date the wrapping broke ("2025年1" ⏎ "0月底前", "到2027" ⏎ "年底前").
  const broken = (i: number) => (i > 0 && /\d$/.test(texts[i - 1] ?? '') && /^[\d年月日号%万亿]/.test(texts[i] ?? '') ? 2 : 0);
  // best[c][i]: least cost of placing lines i… in columns c…, and the end of column c's cell.
  const best: { cost: number; end: number }[][] = Array.from({ length: m + 1 }, () =>
    Array.from({ length: n + 1 }, () => ({ cost: Infinity, end: -1 })),
  );
  (best[m] as { cost: number; end: number }[])[n] = { cost: 0, end: n };
  for (let c = m - 1; c >= 0; c--) {
    const role = roles[c] as ColumnRole;
    for (let i = n; i >= 0; i--) {
      const here = (best[c] as { cost: number; end: number }[])[i] as { cost: number; end: number };
      const skip = SKIP[role];
      if (skip !== undefined) {
        const rest = best[c + 1]?.[i]?.cost ?? Infinity;
        if (skip + rest < here.cost) Object.assign(here, { cost: skip + rest, end: i });
      }
      const last = role === 'task' ? n : Math.min(n, i + MAX_SPAN);
      for (let j = i + 1; j <= last; j++) {
        const rest = best[c + 1]?.[j]?.cost ?? Infinity;
        if (rest === Infinity) continue;
        // Each line a cell other than the duty spans costs a little: a line that may close the duty does so.
        // A duty whose last line is a unit list by itself holds its lead's cell.
        const lines = role === 'task' ? (j - i > 1 && shapeOf(j - 1, j) === 'units' ? 1 : 0) : (j - i - 1) * 0.1;
        const cost = cellCost(role, texts.slice(i, j).join(''), role === 'task' ? 'text' : shapeOf(i, j)) + lines + broken(i) + rest;
        if (cost < here.cost) Object.assign(here, { cost, end: j });
      }
    }
  }
  if (best[0]?.[0]?.cost === Infinity) return null;
  const out: [number, number][] = [];
  let i = 0;
  for (let c = 0; c < m; c++) {
    const end = best[c]?.[i]?.end ?? i;
    out.push([i, end]);
    i = end;
  }
  return out;
}

/** A row's lines as read: its number line, the lines up to the next number, and the category rows above it. */
interface RawRow {
  num: Line;
  lines: Line[];
  category: string[];
}

/**
 * Signs that a row's cells wrapped at a fixed width: lines in a row of duty text as wide as each other (the duty
 * column's width), a line that starts with the punctuation its break carried over (",城市…", ")人民政府"), or a
 * date broken inside its number.
 */
function showsWrapping(lines: Line[], dir: UnitDirectory): boolean {
  if (lines.some((l) => /^[,,、;;))。]/.test(l.text))) return true;
  let run = 0;
  let width = -1;
  let before = '';
  for (const l of lines) {
    // A number or date broken across lines ("2025年1" ⏎ "2月").
    if (/\d$/.test(before) && /^\d{0,3}[年月日]/.test(l.text)) return true;
    const w = displayWidth(l.text);
    const same = w >= 12 && width >= 12 && Math.abs(w - width) <= 2 && cellShape(l.text, dir) === 'text';
    run = same ? run + 1 : 0;
    if (run >= 2 || (run === 1 && w >= 16 && cellShape(before, dir) === 'text')) return true;
    width = w;
    before = l.text;
  }
  return false;
}

/**
 * Reads a flattened table whose cells each wrap over several lines (a PDF's text), row by row: a row runs from its
 * number alone on a line to the next number; category rows and a header repeated on a new page may sit between rows.
 * Returns null unless rows show wrapping (see `showsWrapping`) and every row groups into its columns in order.
 */
export function readWrappedRows(
  lines: Line[],
  header: FlatHeader,
  dir: UnitDirectory,
): { to: number; rows: WrappedRow[]; grid: string[][] } | null {
  const roles = header.roles;
  if (header.inline || roles[0] !== 'num' || !roles.includes('task') || roles.some((r) => r === 'indicator')) return null;
  const columns = roles.slice(1);
  const raw: RawRow[] = [];
  let category: string[] = [];
  let open: RawRow | null = null;
  let k = header.next;
  for (; k < lines.length; k++) {
    const line = lines[k] as Line;
    const t = line.text;
    if (isBodyTerminator(t) || isTitleLine(t)) break;
    const n = /^(\d{1,3})[.、]?$/.exec(t.trim());
    if (n && Number(n[1]) === raw.length + 1) {
      // Wrapping shows in the first rows, or the table is read one line per cell.
      if (raw.length === 3 && !raw.some((r) => showsWrapping(r.lines, dir))) return null;
      raw.push((open = { num: line, lines: [], category }));
      continue;
    }
    if (isCategoryRow(t)) {
      open = null;
      category = [t];
      continue;
    }
    const again = headerAt(lines, k);
    if (again) {
      k = again.next - 1;
      continue;
    }
    if (!open || open.lines.length >= 40) break;
    open.lines.push(line);
  }
  if (raw.length < 2 || raw.filter((r) => showsWrapping(r.lines, dir)).length < 2) return null;
  const rows: WrappedRow[] = [];
  const grid: string[][] = [];
  let to = k;
  for (const r of raw) {
    let ranges = groupWrappedCells(
      r.lines.map((l) => l.text),
      columns,
      dir,
    );
    // The last row runs on into the text after the table: its row ends where its lines still group.
    for (let drop = 1; !ranges && r === raw[raw.length - 1] && drop <= Math.min(10, r.lines.length - 1); drop++) {
      ranges = groupWrappedCells(
        r.lines.slice(0, -drop).map((l) => l.text),
        columns,
        dir,
      );
      if (ranges) {
        to = lines.indexOf(r.lines[r.lines.length - drop] as Line);
        r.lines = r.lines.slice(0, -drop);
      }
    }
    if (!ranges) return null;
    const cells = ranges.map(([a, b]) =>
      r.lines
        .slice(a, b)
        .map((l) => l.text)
        .join(''),
    );
    rows.push({
      cells: [
        { text: r.num.text, shape: 'num', line: r.num, role: 'num' },
        ...cells.map((text, c): Cell => ({
          text,
          shape: text ? cellShape(text, dir) : 'text',
          line: r.lines[ranges[c]?.[0] ?? 0] ?? r.num,
          role: columns[c],
        })),
      ],
      category: r.category,
    });
    grid.push([r.num.text, ...cells]);
  }
  return { to, rows, grid };
}

/** A category row (一、健康环境): a Chinese-numbered short label without sentence punctuation. */
export function isCategoryRow(text: string): boolean {
  const m = readMarker(text);
  if (!m || (m.style !== 'cn' && m.style !== 'pcn' && m.style !== 'chapter')) return false;
  const rest = text.slice(m.length);
  return rest.length > 0 && rest.length <= 30 && !/[。;;]/.test(rest);
}
