import { isBodyTerminator, isTitleLine, type Line } from './lines.js';
import { readMarker } from './numbering.js';
import { headerAt, splitInline, type FlatHeader } from './flat-header.js';
import type { ParsedTable } from './table-rows.js';

const NATURE = /^(?:预期性|约束性|倡导性|引导性|指导性)$/;
const HAN = /\p{Script=Han}/u;
const NOTE = /^(?:说明|计算方法|注|备注|指标解释|解释)[::]/;

/**
 * A bare number opens the next row only when an indicator name follows it and it is the next 序号 or
 * the open row already has all its cells; otherwise it is a value ("85" ⏎ "90": base and target).
 */
function isRowNumber(t: string, open: string[] | null, lastNum: number | null, rowCells: number, next: string): boolean {
  if (!open) return true;
  const nameFollows = HAN.test(next) && !NATURE.test(next);
  const complete = open.some((c) => NATURE.test(c)) || open.length >= rowCells;
  return nameFollows && (complete || lastNum === null || parseInt(t, 10) === lastNum + 1);
}

/**
 * "二、重点任务" ⏎ "(一)…" or "1.…。": a chapter heading followed by a deeper numbered heading or duty opens the plan's next part.
 * A group row inside the table ("一、健康水平") is followed by a row number or an indicator name instead.
 */
function opensPart(t: string, next: string): boolean {
  const m = readMarker(t);
  if (!m || (m.style !== 'cn' && m.style !== 'chapter')) return false;
  const n = readMarker(next);
  // A numbered sentence ("1.新建…。") is a duty of the next part; a bare "1" is the table's own row number.
  return !!n && n.style !== m.style && (n.style !== 'arabic' || /[。;;]/.test(next));
}

/** Rows of a flattened target table: a new row at each 序号, or at a name after a row that has values. */
export function readIndicatorRows(lines: Line[], from: number, header: FlatHeader): { to: number; table: ParsedTable } {
  const headerCells = header.inline
    ? splitInline(lines[from]?.text ?? '', header.narrow)
    : lines.slice(from, header.next).map((l) => l.text);
  const hasNum = header.roles.includes('num');
  const rows: ParsedTable['indicatorRows'] = [];
  let cur: ParsedTable['indicatorRows'][number] | null = null;
  let k = header.next;
  let lastNum: number | null = null;
  // Cells of a full row from 序号 on (a 领域 column before it is written only at a group's first row).
  const rowCells = header.roles.length - Math.max(0, header.roles.indexOf('num'));
  for (; k < lines.length; k++) {
    const line = lines[k] as Line;
    const t = line.text;
    // A 说明:/注: line explains the row above; indicator-table cuts it off, so it must not end the table.
    if (NOTE.test(t)) {
      cur?.cells.push(t);
      continue;
    }
    if (
      isBodyTerminator(t) ||
      isTitleLine(t) ||
      (t.length > 40 && /[。;]/.test(t)) ||
      (readMarker(t) && /[。;]/.test(t)) ||
      opensPart(t, lines[k + 1]?.text ?? '')
    )
      break;
    const again = headerAt(lines, k);
    if (again) {
      // A duty table's header right after the targets opens a table of its own; a target header again is a page break.
      if (again.roles.filter((r) => r === 'indicator').length < 2) break;
      k = again.next - 1;
      continue;
    }
    if (header.inline) {
      rows.push({ cells: splitInline(t, header.narrow), start: line.start, end: line.end, line: line.line });
      continue;
    }
    const isNum = /^\d{1,3}\.?$/.test(t);
    const startsRow = hasNum
      ? isNum && isRowNumber(t, cur?.cells ?? null, lastNum, rowCells, lines[k + 1]?.text ?? '')
      : HAN.test(t) && !NATURE.test(t) && !!cur && cur.cells.some((c) => /\d/.test(c));
    if (!cur || startsRow) {
      if (cur) rows.push(cur);
      if (hasNum && isNum) lastNum = parseInt(t, 10);
      cur = { cells: [], start: line.start, end: line.end, line: line.line };
    }
    cur.cells.push(t);
    cur.end = line.end;
    if (!hasNum && NATURE.test(t)) {
      rows.push(cur);
      cur = null;
    }
  }
  if (cur) rows.push(cur);
  const first = lines[from] as Line;
  const last = lines[Math.max(from, k - 1)] as Line;
  return {
    to: k,
    table: {
      kind: 'indicator',
      roles: header.roles,
      rows: [],
      grid: [],
      start: first.start,
      end: last.end,
      line: first.line,
      unparsed: [],
      header: headerCells,
      indicatorRows: rows,
    },
  };
}
