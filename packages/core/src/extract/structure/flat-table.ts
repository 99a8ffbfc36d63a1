import { isBodyTerminator, isTitleLine, type Line } from './lines.js';
import { readMarker } from './numbering.js';
import { recordsAt } from './labelled-records.js';
import { isUnitName } from '../units/unit-name.js';
import { cellShape } from './table-columns.js';
import { isNextNumber, rowCells } from './flat-row-align.js';
import { isCategoryRow, readWrappedRows } from './flat-wrapped-rows.js';
import { displayWidth } from '../display-width.js';
import { headerAt, headerlessAt, labelsBefore, repeatedHeaderAt, splitInline, UNIT_ROLES, type FlatHeader } from './flat-header.js';
import { readIndicatorRows } from './flat-indicator-rows.js';
import { mergeWrappedLine } from './wrapped-row.js';
import type { ParsedTable } from './table-rows.js';
import type { ColumnRole } from './table-columns.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import { flatTable, isPersonCell, type Cell } from './flat-row-cells.js';

/** An issuing unit's name on its own line right before a date line. */
function isSignature(lines: Line[], k: number): boolean {
  const t = lines[k]?.text ?? '';
  const next = lines[k + 1]?.text;
  return next !== undefined && t.length <= 30 && isBodyTerminator(next) && isUnitName(t.replace(/\s+/g, ''));
}

/**
 * A merged group cell (重点领域, 类别) flattened before the first row of its group: a short label with no sentence
 * punctuation, followed by the next row number.
 */
function opensGroup(text: string, next: Line | undefined, lastNum: number): boolean {
  if (text.length > 24 || /[。;;,,、::]/.test(text)) return false;
  const n = /^(\d{1,3})(?:[.、．]|\s|$)/.exec(next?.text ?? '');
  return n !== null && Number(n[1]) === lastNum + 1;
}

/**
 * A merged group cell written vertically, one character per line ("四" ⏎ "病" ⏎ "媒" ⏎ "防" ⏎ "制"), before the next
 * row number: the index after the run, and the group's label.
 */
function verticalGroupAt(lines: Line[], k: number, lastNum: number): { to: number; label: string } | null {
  let j = k;
  while (j < lines.length && j - k < 12 && /^\p{Script=Han}{1,2}$/u.test((lines[j] as Line).text.trim())) j++;
  if (j - k < 3) return null;
  const n = /^(\d{1,3})(?:[.、．]|\s|$)/.exec(lines[j]?.text ?? '');
  if (!n || Number(n[1]) !== lastNum + 1) return null;
  return {
    to: j,
    label: lines
      .slice(k, j)
      .map((l) => l.text.trim())
      .join('')
      .replace(/^[一二三四五六七八九十]+(?=\p{Script=Han}{2})/u, ''),
  };
}

/**
 * Reads the flattened tables in a run of lines (one cell per line, empty cells missing; or a row per line
 * with cells separated by | / tabs / wide spaces). Cells are placed by their shape (number, duty text,
 * unit list, deadline), so a missing cell does not shift the others into the wrong column.
 */
export function findFlatTables(lines: Line[], dir: UnitDirectory): { from: number; to: number; table: ParsedTable }[] {
  const out: { from: number; to: number; table: ParsedTable }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = headerAt(lines, i) ?? headerlessAt(lines, i, dir);
    if (!h) {
      const records = recordsAt(lines, i);
      // "工作任务 ⏎ 具体要求 ⏎ 责任科室 ⏎ 时限要求" over a table whose 序号 label is missing: labels, not a record.
      if (records && labelsBefore(lines, records.to, i) === i && headerlessAt(lines, records.to, dir)) {
        i = records.to - 1;
        continue;
      }
      if (records) {
        // A finding heading the record ("问题1:…") sits before the line that opened it.
        const from = Math.max(records.from ?? i, out[out.length - 1]?.to ?? 0);
        out.push({ from, to: records.to, table: records.table });
        i = records.to - 1;
      }
      continue;
    }
    const { to, table } = readRows(lines, i, h, dir);
    out.push({ from: h.headerless ? labelsBefore(lines, i, out.at(-1)?.to ?? 0) : i, to, table });
    i = to - 1;
  }
  return out;
}

const EMPTY_CELL = /^[/／—\-–]$/;
/** A short name with no sentence punctuation or digits: a unit the lexicon does not know (傅村镇), by its place. */
const NAME_LIKE = /^[^\s。;;,,::、\d]{2,20}$/;

/**
 * A unit column stacked one unit per line (an HTML cell of many lines flattened): a name the lexicon does not read
 * as a unit, right under a unit of the row's last column and followed by another unit or the next row's number, is
 * one more unit of that cell, not the end of the table.
 */
function stackedUnitAt(
  lines: Line[],
  k: number,
  cells: Cell[],
  lastRole: ColumnRole | undefined,
  lastNum: number,
  dir: UnitDirectory,
): boolean {
  if (!lastRole || !UNIT_ROLES.includes(lastRole) || cells[cells.length - 1]?.shape !== 'units') return false;
  if (!NAME_LIKE.test((lines[k] as Line).text)) return false;
  const next = lines[k + 1]?.text.trim();
  return next !== undefined && (next === String(lastNum + 1) || cellShape(next, dir) === 'units');
}

/** A contact line ("镇党政综合办公室 联系人:郭丽 电话:…") or a note under a table (备注:…): the table has ended. */
const CONTACT = /(?:联系人|联系电话)[::]|^(?:备注|注)[::]/;

/**
 * A duty line followed by its own deadline (and no new row number): a second duty of the same row. A duty not
 * closed by 。/; counts only when the next row number (or the end) follows its deadline, so a loose line under
 * the table is not taken for one.
 */
function secondDutyAt(lines: Line[], k: number, dir: UnitDirectory, lastNum: number): boolean {
  const t = (lines[k] as Line).text;
  if (t.length > 80 || readMarker(t)) return false;
  const next = lines[k + 1]?.text ?? '';
  if (cellShape(next, dir) !== 'deadline') return false;
  if (/[。;;]$/.test(t.trim())) return true;
  const after = lines[k + 2]?.text.trim();
  return t.length <= 40 && (after === undefined || after === String(lastNum + 1));
}

function readRows(lines: Line[], from: number, header: FlatHeader, dir: UnitDirectory): { to: number; table: ParsedTable } {
  const roles = header.roles;
  const hasNum = roles.includes('num');
  const persons = roles.includes('person');
  const indicator = roles.filter((r) => r === 'indicator').length >= 2;
  if (indicator) return readIndicatorRows(lines, from, header);
  const lastRole = [...roles].reverse().find((r) => r !== 'note' && r !== 'person' && r !== 'other');
  // Milestone columns after the time limit (进度安排 by quarter): short cells ("选址" ⏎ "施工" ⏎ "完工") that are
  // neither a vertical group label nor the tail of the deadline.
  const milestones = roles.filter((r) => r === 'note').length >= 2 && roles.lastIndexOf('note') > roles.indexOf('deadline');
  const rows: { cells: Cell[]; category: string[] }[] = [];
  const grid: string[][] = [
    header.inline ? splitInline(lines[from]?.text ?? '', header.narrow) : lines.slice(from, header.next).map((l) => l.text),
  ];
  const wrapped = hasNum ? readWrappedRows(lines, header, dir) : null;
  if (wrapped) {
    const last = lines[Math.max(from, wrapped.to - 1)] as Line;
    return { to: wrapped.to, table: flatTable(wrapped.rows, roles, header, [...grid, ...wrapped.grid], lines[from] as Line, last) };
  }
  let cur: { cells: Cell[]; category: string[] } | null = null;
  let category: string[] = [];
  let lastNum = 0;
  const complete = (r: typeof cur): boolean => {
    if (!r) return true;
    if (lastRole === 'deadline') return r.cells.some((c) => c.shape === 'deadline');
    if (lastRole && UNIT_ROLES.includes(lastRole)) return r.cells.some((c) => c.shape === 'units');
    return r.cells.some((c) => c.shape === 'text');
  };
  const close = () => {
    if (cur && cur.cells.some((c) => c.shape !== 'num')) rows.push(cur);
    cur = null;
  };
  // Display widths of each row's cells on its first line: a cell as wide as the widest of its column filled it.
  const widths: number[][] = [];
  const fills = (c: number): boolean => {
    const own = widths[widths.length - 1]?.[c];
    if (own === undefined || widths.length < 3) return false;
    return own >= Math.max(...widths.map((w) => w[c] ?? 0)) - 2;
  };
  // The line after a header repeated on a new page: a duty cut by the page break goes on there.
  let resumed = false;
  let k = header.next;
  for (; k < lines.length; k++) {
    const line = lines[k] as Line;
    const t = line.text;
    // A milestone cell may be a bare word a title ends in ("方案").
    const title = isTitleLine(t) && !(milestones && t.trim().length <= 4);
    // A township's name over a date inside a row that lacks its time limit is the row's unit cell, not a signature.
    // So is a full date there ("2026年8月31日"): the row's time limit, not the date under a signature.
    const awaitsDeadline = lastRole === 'deadline' && !complete(cur) && !!cur?.cells.some((c) => c.shape === 'units');
    const signature = isSignature(lines, k) && !awaitsDeadline;
    const dated = awaitsDeadline && cellShape(t, dir) === 'deadline';
    if ((isBodyTerminator(t) && !dated) || title || signature || CONTACT.test(t)) break;
    const again = headerAt(lines, k);
    if (again) {
      k = again.next - 1;
      continue;
    }
    const repeated = header.inline ? null : repeatedHeaderAt(lines, k, from);
    if (repeated !== null) {
      k = repeated - 1;
      resumed = true;
      continue;
    }
    const afterPageBreak = resumed;
    resumed = false;
    if (header.inline) {
      const parts = splitInline(t, header.narrow);
      // The row number alone on its line, the row's cells on the next ("1" ⏎ "政府主导 将… 区卫健局 … 5月底前").
      if (hasNum && parts.length === 1 && isNextNumber(parts[0] ?? '', lastNum)) {
        close();
        lastNum = Number(/\d+/.exec(t)?.[0]);
        cur = { cells: [{ text: parts[0] ?? '', shape: 'num', line }], category };
        grid.push([parts[0] ?? '']);
        continue;
      }
      if (parts.length === 1 && isCategoryRow(t)) {
        close();
        category = [t];
        continue;
      }
      const opened: typeof cur = cur !== null && cur.cells.length === 1 && cur.cells[0]?.shape === 'num' ? cur : null;
      // A PDF row's wrapped cells continue on the next line, which has no row number of its own.
      if (header.narrow && cur && !opened && !/^\d{1,3}$/.test(parts[0] ?? '') && mergeWrappedLine(cur.cells, roles, parts, dir, fills)) {
        grid[grid.length - 1] = cur.cells.map((c) => c.text);
        continue;
      }
      if (parts.length >= 2) {
        const texts: string[] = opened ? [opened.cells[0]?.text ?? '', ...parts] : parts;
        if (opened) grid.pop();
        close();
        if (/^\d{1,3}[.、]?$/.test(texts[0] ?? '')) lastNum = Number(/\d+/.exec(texts[0] ?? '')?.[0]);
        cur = { cells: rowCells(texts, roles, line, dir), category };
        if (cur.cells.length === roles.length) widths.push(cur.cells.map((c) => displayWidth(c.text)));
        else widths.push([]);
        grid.push(texts);
        continue;
      }
      if (cur && t.length <= 60 && !readMarker(t)) {
        cur.cells.push({ text: t, shape: cellShape(t, dir), line });
        continue;
      }
      break;
    }
    // "3 建立…" / "3.建立…": the row number and the duty on one line.
    const numbered = hasNum ? /^(\d{1,3})(?:[.、．]|\s)\s*(\D.*)$/.exec(t) : null;
    if (numbered && Number(numbered[1]) === lastNum + 1 && complete(cur)) {
      close();
      lastNum = Number(numbered[1]);
      const body = numbered[2] ?? '';
      cur = {
        cells: [
          { text: numbered[1] ?? '', shape: 'num', line },
          { text: body, shape: cellShape(body, dir), line },
        ],
        category,
      };
      grid.push([t]);
      continue;
    }
    const shape = cellShape(t, dir);
    if (persons && shape === 'text' && cur && isPersonCell(t)) {
      cur.cells.push({ text: t, shape: 'person', line });
      grid[grid.length - 1]?.push(t);
      continue;
    }
    if (hasNum && shape === 'num') {
      const n = Number(/\d+/.exec(t)?.[0]);
      if (n === lastNum + 1 || n === 1 || (n > lastNum && n <= lastNum + 3 && complete(cur))) {
        close();
        lastNum = n;
        cur = { cells: [{ text: t, shape, line }], category };
        grid.push([t]);
        continue;
      }
    }
    // An empty cell written as a dash or slash ("/" under 协同单位): nothing to read.
    if (cur && hasNum && EMPTY_CELL.test(t)) continue;
    if (cur && hasNum && shape === 'text' && stackedUnitAt(lines, k, cur.cells, lastRole, lastNum, dir)) {
      cur.cells.push({ text: t, shape: 'units', line });
      grid[grid.length - 1]?.push(t);
      continue;
    }
    const vertical = hasNum && !milestones && complete(cur) ? verticalGroupAt(lines, k, lastNum) : null;
    if (vertical) {
      close();
      category = [vertical.label];
      k = vertical.to - 1;
      continue;
    }
    if (
      (isCategoryRow(t) ||
        (cur !== null && hasNum && !roles.includes('note') && shape === 'text' && opensGroup(t, lines[k + 1], lastNum))) &&
      complete(cur)
    ) {
      close();
      category = [t];
      continue;
    }
    if (!cur) {
      if (hasNum) break;
      cur = { cells: [], category };
      grid.push([]);
    } else if (!hasNum && shape === 'text' && cur.cells.some((c) => c.shape === 'units' || c.shape === 'deadline')) {
      close();
      cur = { cells: [], category };
      grid.push([]);
    } else if (hasNum && complete(cur) && !roles.includes('note') && (shape === 'text' || lastRole === 'deadline')) {
      const units: Cell[] = cur.cells.filter((c) => c.shape === 'units');
      if (shape !== 'text' || !units.length || !secondDutyAt(lines, k, dir, lastNum)) break;
      // One row holding two duties, each with its own deadline ("开工建设…" ⏎ "县民政局" ⏎ "5月底前" ⏎ "改造…" ⏎
      // "11月底前"): the second duty is a row of its own under the same units.
      close();
      cur = { cells: [{ text: t, shape, line }, ...units], category };
      grid.push([t]);
      continue;
    }
    // A cell wrapped over two lines (PDF): "市卫健委、市教育" ⏎ "局" joins back into one unit list.
    const last = cur.cells[cur.cells.length - 1];
    // A line that is a whole unit list or deadline by itself is a cell of its own, not the tail of the one before.
    if (
      last &&
      (last.shape === 'text' || shape === 'text') &&
      t.length <= 20 &&
      last.shape !== 'num' &&
      !(milestones && last.shape === 'deadline') &&
      shape !== 'units' &&
      shape !== 'deadline'
    ) {
      const joined = cellShape(last.text + t, dir);
      if (joined === 'units' || joined === 'deadline') {
        last.text += t;
        last.shape = joined;
        continue;
      }
    }
    if (afterPageBreak && last?.shape === 'text' && shape === 'text' && !/[。;;]$/.test(last.text)) {
      last.text += t;
      continue;
    }
    cur.cells.push({ text: t, shape, line });
    grid[grid.length - 1]?.push(t);
  }
  close();
  return { to: k, table: flatTable(rows, roles, header, grid, lines[from] as Line, lines[Math.max(from, k - 1)] as Line) };
}
