import { isBodyTerminator, isTitleLine, type Line } from './lines.js';
import { readMarker } from './numbering.js';
import { headerAt, splitInline, type FlatHeader } from './flat-header.js';
import type { ParsedTable } from './table-rows.js';

const NATURE = /^(?:预期性|约束性|倡导性|引导性|指导性)$/;
const HAN = /\p{Script=Han}/u;

/** Rows of a flattened target table: a new row at each 序号, or at a name after a row that has values. */
export function readIndicatorRows(lines: Line[], from: number, header: FlatHeader): { to: number; table: ParsedTable } {
  const headerCells = header.inline ? splitInline(lines[from]?.text ?? '') : lines.slice(from, header.next).map((l) => l.text);
  const hasNum = header.roles.includes('num');
  const rows: ParsedTable['indicatorRows'] = [];
  let cur: ParsedTable['indicatorRows'][number] | null = null;
  let k = header.next;
  for (; k < lines.length; k++) {
    const line = lines[k] as Line;
    const t = line.text;
    if (isBodyTerminator(t) || isTitleLine(t) || (t.length > 40 && /[。;]/.test(t)) || (readMarker(t) && /[。;]/.test(t))) break;
    if (headerAt(lines, k)) {
      k = (headerAt(lines, k)?.next ?? k + 1) - 1;
      continue;
    }
    if (header.inline) {
      rows.push({ cells: splitInline(t), start: line.start, end: line.end, line: line.line });
      continue;
    }
    const isNum = /^\d{1,3}\.?$/.test(t);
    const startsRow = hasNum ? isNum : HAN.test(t) && !NATURE.test(t) && !!cur && cur.cells.some((c) => /\d/.test(c));
    if (!cur || startsRow) {
      if (cur) rows.push(cur);
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
    table: { kind: 'indicator', roles: header.roles, rows: [], grid: [], start: first.start, end: last.end, line: first.line, unparsed: [], header: headerCells, indicatorRows: rows },
  };
}
