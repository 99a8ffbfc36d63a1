import type { Positioned } from './pdf-geometry.js';
import { MIN_GUTTER, narrow, textLine, type Gutter, type Segment, type TextLine } from './pdf-stream-lines.js';
import { growRegion, headsPair, headsRegion, MAX_LINE_GAP, outsized } from './pdf-stream-regions.js';
import { toTable } from './pdf-stream-rows.js';
import { splitAtColumnEdges } from './pdf-stream-splits.js';
import { groupLines, type PdfTable } from './pdf-tables.js';

/** A header repeated at a page's top is looked for in this many lines. */
const HEADER_LINES = 4;
/** Past this many text lines a page is not searched for borderless tables. */
const MAX_LINES = 2_000;

/**
 * Rebuilds borderless tables from text alignment, as Camelot's stream flavour and pdfplumber's text strategy
 * do. A region starts at a line of three or more segments and grows down while its lines leave at least two
 * gutters (x-intervals no text crosses) open; a lone segment crossing the gutters with a fitting line after it
 * is a row spanning the table (a section heading). The region is a table only when it holds at least three
 * lines of two or more segments and some of its lines are closer than a font size apart (cells set in the
 * middle of their row, side by side at different heights, as a layout engine sets them): a table typed with
 * spaces keeps a line's height between its lines and stays text, its spaces kept by the line reader. Rows
 * are cut where every column has a gap wider than its own line spacing; a cell's lines are read as the
 * ruled-table reader reads them. Runs outside every table are returned, and the columns of a table that
 * ends the page (`carry`): given back for the next page, the lines at its top that keep those columns open
 * are read as the table's rows (cleanPdfBlocks joins the two parts, as it does ruled tables).
 */
export function findStreamTables(items: Positioned[], carried?: StreamColumns): StreamTables {
  const lines = splitAtColumnEdges(groupLines(items).map(textLine));
  if (lines.length > MAX_LINES) return { tables: [], rest: items };
  const tables: PdfTable[] = [];
  const taken = new Set<Positioned>();
  let i = 0;
  let columns: StreamColumns | undefined;
  let lastEnd = -1;
  const take = (table: PdfTable, start: number, end: number, cols: StreamColumns) => {
    tables.push(table);
    for (const l of lines.slice(start, end + 1)) for (const r of l.runs) taken.add(r);
    columns = { ...cols, wrapping: wrappingColumns(lines.slice(start, end + 1), cols.gutters) };
    lastEnd = end;
  };
  // A table the previous page ended with runs on at the top of this one, in its columns.
  const cont = carried ? continuation(lines, carried) : null;
  if (cont && carried) {
    take(cont.table, 0, cont.end, carried);
    i = cont.end + 1;
  }
  while (i < lines.length) {
    const region = growRegion(lines, i);
    if (!region) {
      i++;
      continue;
    }
    // A header cell on two lines, set in the middle of its row, starts above the row's other cells.
    const heads = (line: TextLine, first: TextLine) =>
      region.pair ? headsPair(line, first, region) : headsRegion(line, first, region.gutters);
    while (region.start > lastEnd + 1 && heads(lines[region.start - 1]!, lines[region.start]!)) region.start--;
    const table = toTable(lines.slice(region.start, region.end + 1), region);
    // Two columns that are not a table proved nothing about the lines below their first.
    if (region.pair && (table === 'typed' || !table)) {
      i++;
      continue;
    }
    if (table === 'typed') {
      // A table typed line by line is read as text and not searched again from each of its lines; past a
      // row read as spanning it, the lines were only taken for the typed table's, and may start a table of
      // their own (a heading, then a table set by a layout engine).
      const span = Math.min(...[...region.spanning].filter((k) => k > region.start));
      i = Number.isFinite(span) ? span : region.end + 1;
      continue;
    }
    if (!table) {
      i++;
      continue;
    }
    take(table, region.start, region.end, { gutters: region.gutters, xs: table.xs, head: table.rows[0]?.map((c) => c.text) });
    i = region.end + 1;
  }
  // Only a table with no more than a page footer below it may run on to the next page.
  const carry = columns && lines.length - 1 - lastEnd <= 3 ? columns : undefined;
  return { tables, rest: tables.length === 0 ? items : items.filter((r) => !taken.has(r)), carry };
}

/** The columns of a borderless table, to read its continuation on the next page. */
export interface StreamColumns {
  gutters: Gutter[];
  xs: number[];
  /** The texts of the table's first row (its header, when it has one). */
  head?: string[];
  /** Columns whose last line reaches the column's edge (its cell may go on past the page). */
  wrapping?: number[];
}

/** Borderless tables of a page, the runs outside them, and the columns of a table that may run on. */
export interface StreamTables {
  tables: PdfTable[];
  rest: Positioned[];
  carry?: StreamColumns;
}

/** The columns whose last line in these lines reaches the gutter after it. */
function wrappingColumns(lines: TextLine[], gutters: Gutter[]): number[] {
  const out: number[] = [];
  gutters.forEach((g, c) => {
    const inColumn = (s: Segment) => s.right <= g.a + MIN_GUTTER && (c === 0 || s.x >= gutters[c - 1]!.b - MIN_GUTTER);
    const last = lines.findLast((l) => l.segments.some(inColumn));
    const seg = last?.segments.find(inColumn);
    if (last && seg && g.a - seg.right <= last.size) out.push(c);
  });
  return out;
}

/** The lines at a page's top that keep a carried table's gutters open, read as its rows (null when none). */
function continuation(lines: TextLine[], carried: StreamColumns): { table: PdfTable; end: number } | null {
  const first = lines[0];
  // A header repeated at the page's top starts with its tallest cell's first line alone.
  // The repeated header's lines are left out: set in the middle of its row, they may lie within a row's
  // pitch of a cell's tail below them, which would join them into one row (appendTableRows drops a header
  // repeated whole).
  const head = headLines(lines, carried);
  if (!first || (first.segments.length < 2 && head === 0 && !cutCellTail(lines, carried))) return null;
  let end = head - 1;
  const spanning = new Set<number>();
  const fits = (line: TextLine | undefined) =>
    line !== undefined && narrow(carried.gutters, line.segments).length === carried.gutters.length;
  while (end + 1 < lines.length) {
    const next = lines[end + 1]!;
    if (end >= head && (lines[end]!.y - next.y > MAX_LINE_GAP * next.size || outsized(next, first))) break;
    if (!fits(next)) {
      // A section row across the columns, between rows of the table (as growRegion reads one).
      const after = lines[end + 2];
      if (end < head || next.segments.length !== 1 || !fits(after) || next.y - after!.y > MAX_LINE_GAP * after!.size) break;
      spanning.add(end + 1);
    }
    end++;
  }
  if (end < head) return null;
  const table = toTable(lines.slice(head, end + 1), { start: head, end, gutters: carried.gutters, spanning }, carried.xs);
  return table && table !== 'typed' ? { table, end } : null;
}

const segText = (g: Segment) => g.runs.map((r) => r.text.trim()).join('');
const headsOf = (carried: StreamColumns) => (carried.head ?? []).map((h) => h.replace(/\s+/g, '')).filter((h) => h !== '');
/** The segment starts a header cell (two characters at least: a cell's one-character tail proves nothing). */
const startsHead = (g: Segment, heads: string[]) => segText(g).length >= 2 && heads.some((h) => h.startsWith(segText(g)));

/** The page's first lines show a header cell of the carried table: its header, repeated. */
const repeatsHead = (lines: TextLine[], carried: StreamColumns) =>
  lines.slice(0, HEADER_LINES).some((l) => l.segments.some((g) => startsHead(g, headsOf(carried))));

/**
 * How many lines at the page's top are the carried table's header repeated: lines whose every segment is
 * part of a header cell, one of them starting one (0 when the page does not start with the header).
 */
function headLines(lines: TextLine[], carried: StreamColumns): number {
  const heads = headsOf(carried);
  let n = 0;
  while (n < Math.min(HEADER_LINES, lines.length) && lines[n]!.segments.every((g) => heads.some((h) => h.includes(segText(g))))) n++;
  return lines.slice(0, n).some((l) => l.segments.some((g) => startsHead(g, heads))) ? n : 0;
}

/**
 * A line alone at a page's top that goes on with a cell the page cut: one segment, not in the first column
 * (the row's number stayed above), filling its column to the edge (the cell wrapped there) or under a column
 * whose last line on the page before did so, and no header
 * cell of the table among the first lines (a header repeated at the top of the page, set in the middle of
 * its row, shows its longest cell's first line alone).
 */
function cutCellTail(lines: TextLine[], carried: StreamColumns): boolean {
  const line = lines[0];
  const s = line?.segments[0];
  const { gutters } = carried;
  if (!line || line.segments.length !== 1 || !s || !gutters[0] || s.x < gutters[0].a) return false;
  if (repeatsHead(lines, carried)) return false;
  const edge = gutters.find((g) => g.a >= s.right - line.size * 0.5);
  if (edge !== undefined && edge.a - s.right <= line.size) return true;
  // A short last line of the cell: the cell's line above, at the bottom of the page before, was full.
  const column = gutters.filter((g) => (g.a + g.b) / 2 < (s.x + s.right) / 2).length;
  return carried.wrapping?.includes(column) ?? false;
}
