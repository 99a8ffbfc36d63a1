import type { TableBlock, TableCell } from '../source-text.js';
import { cellShape, headerRole, sectionColumnsAsNotes, type CellShape, type ColumnRole } from './table-columns.js';
import { SEPARATE, type ParsedTable, type RowDraft } from './table-rows.js';
import { readMarker } from './numbering.js';
import { foldWidth, type Line } from './lines.js';
import { isIndicatorTableHeader } from '../indicators/indicator-columns.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import { GOAL_HEADER, isShortGoal, isValueGoal } from '../indicators/goal-cell.js';
import { isPartNote } from './part-note.js';
import { joinWrappedRows } from './wrapped-table-rows.js';
import { benchmarkColumns } from './benchmark-columns.js';
import { SEPARATE_LEAD_WORDS } from '../lexicons/role-words.js';

const SEPARATE_LEAD_HEADER = new RegExp(SEPARATE_LEAD_WORDS.join('|'));

/** A short bracket closing a cell: a note on it. */
const CLOSING_NOTE = /[((]([^()()]{1,12})[))]\s*$/;

interface GridCell {
  text: string;
  cell: TableCell;
}

/** A remark that is a closing deadline ("2023年10月底前完成", "11月底前"): the row's deadline where no column holds one. */
const NOTED_DEADLINE =
  /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日|\s*(?:底|末|中旬|上旬|下旬))?\s*(?:之|以)?前(?:完成|完工|建成)?[。.]?$/;
const TOTALS = /^(?:合计|总计|小计|共计|累计)[::]?$/;
/** A quarter's column under 进度安排 ("一季度 | 二季度 | …"): what is due by then, a milestone, not words of the duty. */
const QUARTER = /^(?:第?[一二三四1-4]季度|\d{1,2}[-—–~至]\d{1,2}月份?)$/;

function quarterColumnsAsNotes(roles: (ColumnRole | null)[], header: string[]): (ColumnRole | null)[] {
  return roles.map((r, i) => (r === null && QUARTER.test((header[i] ?? '').replace(/\s+/g, '')) ? 'note' : r));
}

/** Lays the cells out on a grid; a rowspan/colspan cell fills every slot it covers. */
function toGrid(t: TableBlock): (GridCell | null)[][] {
  const grid: (GridCell | null)[][] = t.rows.map(() => []);
  t.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      const line = grid[r] as (GridCell | null)[];
      while (line[c] !== undefined) c++;
      const text = foldWidth(cell.text)
        .replace(/[\s\u00a0\u3000]+/g, ' ')
        .trim();
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        const target = grid[r + dr];
        if (!target) break;
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) target[c + dc] = { text, cell };
      }
      c += Math.max(1, cell.colSpan);
    }
  });
  const width = Math.max(0, ...grid.map((l) => l.length));
  return grid.map((l) => Array.from({ length: width }, (_, i) => l[i] ?? null));
}

/** A column's header words from the first row down to row `last`, each spanning cell read once. */
function stackedLabel(grid: (GridCell | null)[][], last: number, c: number): string {
  const cells: TableCell[] = [];
  let text = '';
  for (let r = 0; r <= last; r++) {
    const g = grid[r]?.[c];
    if (!g || cells.includes(g.cell)) continue;
    cells.push(g.cell);
    text += g.text;
  }
  return text;
}

/**
 * Reads a real (HTML/docx) table: finds the header row(s), gives each column a role (by its header, or by
 * the shape of its cells when the header is missing), and turns each data row into a draft. Rows that
 * span the whole width with one text are category rows.
 */
export function parseRealTable(t: TableBlock, dir: UnitDirectory): ParsedTable {
  const grid = toGrid(t);
  const width = grid[0]?.length ?? 0;
  let roles: (ColumnRole | null)[] = Array.from({ length: width }, () => null);
  let dataFrom = 0;
  for (let r = 0; r < Math.min(grid.length, 4); r++) {
    const labels = (grid[r] ?? []).map((g) => (g ? headerRole(g.text) : null));
    const named = labels.filter((x) => x !== null).length;
    const filled = (grid[r] ?? []).filter((g) => g && g.text).length;
    if (named >= 2 && named * 2 >= filled) {
      // A two-row header may split one label's words over its rows (牵头 / 单位): the column's words read
      // top to bottom name the role before each row's own label does. A lower cell that says nothing of a
      // role (单位 under a cell it does not complete) leaves the role above in place.
      roles = roles.map((old, i) => headerRole(stackedLabel(grid, r, i)) ?? (labels[i] === 'other' && old ? old : (labels[i] ?? old)));
      dataFrom = r + 1;
    } else if (dataFrom > 0) break;
  }
  const texts = (r: number) => (grid[r] ?? []).map((g) => g?.text ?? '');
  if (dataFrom > 0) roles = quarterColumnsAsNotes(sectionColumnsAsNotes(roles, texts(dataFrom - 1)), texts(dataFrom - 1));
  const headerRow = grid.slice(0, 4).findIndex((_, r) => isIndicatorTableHeader(texts(r)));
  if (headerRow >= 0) {
    const indicatorRows = t.rows
      .slice(headerRow + 1)
      .map((row, i) => ({ cells: texts(headerRow + 1 + i), start: row.start, end: row.end, line: row.line }));
    return {
      kind: 'indicator',
      roles: [],
      rows: [],
      grid: [],
      start: t.start,
      end: t.end,
      line: t.line,
      unparsed: [],
      header: texts(headerRow),
      indicatorRows,
    };
  }
  if (dataFrom === 0) roles = inferRoles(grid, dir);
  const goalColumns = new Set(
    grid
      .slice(0, dataFrom)
      .flatMap((l) => l.map((g, c) => (g && GOAL_HEADER.test(g.text.replace(/\s+/g, '')) ? c : -1)))
      .filter((c) => c >= 0),
  );
  // A 分办单位 column: each unit it names answers for its own part.
  const separateColumns = new Set(
    grid
      .slice(0, dataFrom)
      .flatMap((l) => l.map((g, c) => (g && roles[c] === 'lead' && SEPARATE_LEAD_HEADER.test(g.text) ? c : -1)))
      .filter((c) => c >= 0),
  );
  const bench = dataFrom > 0 ? benchmarkColumns(texts(dataFrom - 1), roles) : null;
  joinWrappedRows(grid, roles, dataFrom);
  const hasUnitColumn = roles.some((r) => r === 'lead' || r === 'resp');
  const rows: RowDraft[] = [];
  let category: string[] = [];
  const unparsed: ParsedTable['unparsed'] = [];
  for (let r = dataFrom; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const src = t.rows[r];
    if (!src) continue;
    const texts = [...new Set(line.filter((g): g is GridCell => !!g && !!g.text).map((g) => g.text))];
    if (!texts.length) continue;
    if (texts.length === 1 && width > 1) {
      const only = texts[0] ?? '';
      if (only.length <= 40 || readMarker(only)) {
        category = [only];
        continue;
      }
    }
    const draft: RowDraft = { number: null, task: [], units: [], deadline: [], start: src.start, end: src.end, line: src.line, category };
    const seen = new Set<TableCell>();
    line.forEach((g, c) => {
      if (!g || !g.text) return;
      // A colspan cell is read once; a rowspan cell is read in every row it spans.
      if (seen.has(g.cell)) return;
      seen.add(g.cell);
      const role = roles[c] ?? null;
      // A benchmark row's measure, present value and target are the row's goal, not words of its duty.
      if (bench && (c === bench.name || c === bench.baseline || c === bench.target)) {
        draft.benchmark ??= { name: '', baseline: null };
        if (c === bench.name) draft.benchmark.name = g.text;
        else if (c === bench.baseline) draft.benchmark.baseline = g.text;
        else if (isValueGoal(g.text) || isShortGoal(g.text)) draft.goal = g.text;
        return;
      }
      const shape: CellShape = cellShape(g.text, dir);
      if (role === 'num' || (role === null && shape === 'num' && draft.number === null)) draft.number = g.text.replace(/[.、]$/, '');
      else if (role === 'lead' || role === 'part' || role === 'resp') {
        draft.units.push({ role, text: g.text });
        if (separateColumns.has(c)) draft.separate = true;
      } else if (role === 'deadline') {
        draft.deadline.push(g.text);
        if (SEPARATE.test(g.text)) draft.separate = true;
      } else if (role === 'task') {
        if (goalColumns.has(c) && draft.task.length && isValueGoal(g.text)) {
          draft.goal = g.text;
          return;
        }
        draft.task.push(g.text);
        // "…安装报警装置(按职责分工负责)": a closing note on the duty about its leads.
        if (SEPARATE.test(CLOSING_NOTE.exec(g.text)?.[1] ?? '')) draft.separate = true;
      } else if (role === 'note' && SEPARATE.test(g.text)) draft.separate = true;
      else if (role === 'note' && hasUnitColumn && isPartNote(g.text, dir)) draft.units.push({ role: 'part', text: g.text });
      else if (role === 'note' && !roles.includes('deadline') && NOTED_DEADLINE.test(g.text)) draft.deadline.push(g.text);
      // A 目标值 column beside the duty ("新建普惠性托育机构" | "≥4家"): the row's target.
      else if (role === 'indicator' && goalColumns.has(c) && draft.task.length && (isValueGoal(g.text) || isShortGoal(g.text)))
        draft.goal = g.text;
      else if (role === 'note' || role === 'person' || role === 'other' || role === 'indicator') return;
      else if (shape === 'units') draft.units.push({ role: 'resp', text: g.text });
      else if (shape === 'deadline') draft.deadline.push(g.text);
      else draft.task.push(g.text);
    });
    // A totals row (合计 ⏎ the column sums) closes the table; it prescribes nothing.
    if (!draft.units.length && TOTALS.test(draft.task.join('').replace(/\s+/g, ''))) continue;
    if (!draft.task.length) {
      unparsed.push({ start: src.start, end: src.end, line: src.line, text: texts.join(' | ') });
      continue;
    }
    rows.push(draft);
  }
  return {
    kind: 'task',
    header: texts(Math.max(0, dataFrom - 1)),
    indicatorRows: [],
    roles: roles.map((r) => r ?? 'other'),
    rows,
    grid: grid.map((l) => l.map((g) => g?.text ?? '')),
    start: t.start,
    end: t.end,
    line: t.line,
    unparsed,
  };
}

/** Without a header: each column takes the shape most of its cells have. */
function inferRoles(grid: (GridCell | null)[][], dir: UnitDirectory): (ColumnRole | null)[] {
  const width = grid[0]?.length ?? 0;
  const roles: (ColumnRole | null)[] = [];
  let unitCols = 0;
  for (let c = 0; c < width; c++) {
    const counts: Record<CellShape, number> = { num: 0, units: 0, deadline: 0, text: 0 };
    for (const l of grid) {
      const g = l[c];
      if (g && g.text) counts[cellShape(g.text, dir)]++;
    }
    const best = (Object.keys(counts) as CellShape[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), 'text');
    if (best === 'units') roles.push(unitCols++ === 0 ? 'lead' : 'part');
    else roles.push(best === 'num' ? 'num' : best === 'deadline' ? 'deadline' : 'task');
  }
  // One unit column with nothing to say which role: the first unit leads.
  if (unitCols === 1) return roles.map((r) => (r === 'lead' ? 'resp' : r));
  return roles;
}

/**
 * A table that holds no duty columns (a page-layout table, a one-column box of text): its cells are read as
 * paragraph lines instead, in order.
 */
export function layoutTableLines(t: TableBlock, dir: UnitDirectory): Line[] | null {
  const parsed = parseRealTable(t, dir);
  const width = Math.max(0, ...t.rows.map((r) => r.cells.length));
  const dutyColumns = parsed.roles.some((r) => r === 'lead' || r === 'part' || r === 'resp' || r === 'deadline' || r === 'indicator');
  if (parsed.kind === 'indicator' || (width > 1 && dutyColumns)) return null;
  const out: Line[] = [];
  for (const row of t.rows) {
    for (const cell of row.cells) {
      let offset = 0;
      for (const raw of cell.text.split('\n')) {
        const text = foldWidth(raw).trim();
        if (text)
          out.push({
            text,
            start: cell.start + offset + (raw.length - raw.trimStart().length),
            end: cell.start + offset + raw.trimEnd().length,
            line: row.line,
          });
        offset += raw.length + 1;
      }
    }
  }
  return out;
}
