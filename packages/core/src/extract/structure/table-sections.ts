import type { TableBlock } from '../source-text.js';
import { headerRole } from './table-columns.js';
import { isIndicatorTableHeader } from '../indicators/indicator-columns.js';
import { foldWidth } from './lines.js';

type Row = TableBlock['rows'][number];

const cellText = (text: string) => foldWidth(text).replace(/\s+/g, '');

/**
 * Splits one real table that holds several tables one under another — after data rows, a header row again
 * (序号 | 任务事项 | 牵头单位 …), often under a row spanning the width with one heading ("二、重点任务") — into
 * one table per section, each opening with its heading row, so each is read with its own columns. A docx or
 * HTML annex often lays a target table and a duty table out this way, or repeats its header per section;
 * read as one, the first header would give its columns to every row after it, and a repeated header would
 * read as a duty.
 */
export function splitTableSections(t: TableBlock): TableBlock[] {
  const rows = t.rows;
  const width = Math.max(0, ...rows.map((r) => r.cells.reduce((n, c) => n + Math.max(1, c.colSpan), 0)));
  if (width < 3 || rows.length < 5) return [t];
  // Last row each row's cells reach down to, and the furthest of them so far: a cut must not split a rowspan cell.
  let reached = -1;
  const reachedBy = rows.map((row, r) => (reached = Math.max(reached, r, ...row.cells.map((c) => r + Math.max(1, c.rowSpan) - 1))));
  const cuts: number[] = [];
  let headerAt = -1;
  for (let r = 0; r < rows.length; r++) {
    if (!isHeaderRow(rows[r] as Row)) continue;
    // The first header, or a second row of it.
    if (headerAt < 0 || r === headerAt + 1) {
      headerAt = r;
      continue;
    }
    // A header after data rows opens the next table; a heading row just above it goes with it.
    const cut = r - 1 >= headerAt + 2 && isHeadingRow(rows[r - 1] as Row, width) ? r - 1 : r;
    if ((reachedBy[cut - 1] ?? 0) >= cut) continue;
    cuts.push(cut);
    headerAt = r;
  }
  if (!cuts.length) return [t];
  const bounds = [0, ...cuts, rows.length];
  return bounds.slice(0, -1).map((from, i) => section(rows.slice(from, bounds[i + 1])));
}

/** One text alone in a row as wide as the table: a heading, not a data row. */
function isHeadingRow(row: Row, width: number): boolean {
  const filled = row.cells.filter((c) => c.text.trim());
  if (filled.length !== 1) return false;
  const span = row.cells.reduce((n, c) => n + Math.max(1, c.colSpan), 0);
  return span === width && cellText(filled[0]?.text ?? '').length <= 40;
}

/** Three or more short labels, two of them naming a column role, or the labels of a target table. */
function isHeaderRow(row: Row): boolean {
  const labels = row.cells.map((c) => cellText(c.text)).filter(Boolean);
  if (labels.length < 3 || labels.some((v) => v.length > 12 || /^[\d.%-]+$/.test(v))) return false;
  return labels.filter((v) => headerRole(v) !== null).length >= 2 || isIndicatorTableHeader(labels);
}

function section(rows: Row[]): TableBlock {
  const first = rows[0] as Row;
  const last = rows[rows.length - 1] as Row;
  return { kind: 'table', line: first.line, start: first.start, end: last.end, rows };
}
