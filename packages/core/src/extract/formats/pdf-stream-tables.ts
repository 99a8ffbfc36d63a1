import type { Positioned } from './pdf-geometry.js';
import { joinSpanningBands } from './pdf-stream-bands.js';
import { spannedRows } from './pdf-stream-spans.js';
import { cellText, groupLines, type PdfTable } from './pdf-tables.js';
import type { RawCell } from './source-builder.js';

/** A horizontal stretch of a line's text without a word gap: runs closer than WORD_GAP em. */
interface Segment {
  x: number;
  right: number;
  runs: Positioned[];
}

/** A text line of the page with its segments. */
interface TextLine {
  y: number;
  size: number;
  runs: Positioned[];
  segments: Segment[];
}

/** An x-interval no segment of a region crosses: the room between two columns. */
interface Gutter {
  a: number;
  b: number;
}

/** Runs further apart than this (in em) are separate segments. */
const WORD_GAP = 0.3;
/**
 * Chinese text is set solid: two runs of it further apart than this (in em) are separate segments, whatever
 * WORD_GAP allows (a cell filled to its edge leaves only its padding before the next column's text).
 */
const HAN_GAP = 0.2;
const HAN_END = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef,;:]$/;
const HAN_START = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/**
 * Between Chinese and a number a layout engine sets a fixed space of a fifth of an em (its autospace); a gap
 * wider than that between them is room between two cells, however narrow the padding. (Not so next to other
 * signs: a typed space there, a quarter of an em, is no wider than such room.)
 */
const MIXED_GAP = 0.22;
/** A gutter narrower than this (PDF units) is not room between columns. */
const MIN_GUTTER = 2.5;
/** Lines further apart than this (in em) do not belong to one table. */
const MAX_LINE_GAP = 4;
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
  const lines = groupLines(items).map(textLine);
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
    while (region.start > lastEnd + 1 && headsRegion(lines[region.start - 1]!, lines[region.start]!, region.gutters)) region.start--;
    const table = toTable(lines.slice(region.start, region.end + 1), region);
    if (table === 'typed') {
      // A table typed line by line is read as text and not searched again from each of its lines.
      i = region.end + 1;
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

/** Borderless tables of a page, the runs outside them, and the columns of a table that may run on. */
export interface StreamTables {
  tables: PdfTable[];
  rest: Positioned[];
  carry?: StreamColumns;
}

/** A line just above a region's first, closer than a line's height and inside its columns, is part of it. */
function headsRegion(line: TextLine, first: TextLine, gutters: Gutter[]): boolean {
  return line.y - first.y < first.size * 0.9 && line.segments.length > 0 && narrow(gutters, line.segments).length === gutters.length;
}

/** The lines at a page's top that keep a carried table's gutters open, read as its rows (null when none). */
function continuation(lines: TextLine[], carried: StreamColumns): { table: PdfTable; end: number } | null {
  const first = lines[0];
  if (!first || (first.segments.length < 2 && !cutCellTail(lines, carried))) return null;
  let end = -1;
  while (end + 1 < lines.length) {
    const next = lines[end + 1]!;
    if (narrow(carried.gutters, next.segments).length !== carried.gutters.length) break;
    if (end >= 0 && lines[end]!.y - next.y > MAX_LINE_GAP * next.size) break;
    end++;
  }
  const table = toTable(lines.slice(0, end + 1), { start: 0, end, gutters: carried.gutters, spanning: new Set() }, carried.xs);
  return table && table !== 'typed' ? { table, end } : null;
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
  const heads = (carried.head ?? []).map((h) => h.replace(/\s+/g, '')).filter((h) => h !== '');
  const segText = (g: Segment) => g.runs.map((r) => r.text.trim()).join('');
  const repeated = lines
    .slice(0, HEADER_LINES)
    .some((l) => l.segments.some((g) => segText(g).length >= 2 && heads.some((h) => h.startsWith(segText(g)))));
  if (repeated) return false;
  const edge = gutters.find((g) => g.a >= s.right - line.size * 0.5);
  if (edge !== undefined && edge.a - s.right <= line.size) return true;
  // A short last line of the cell: the cell's line above, at the bottom of the page before, was full.
  const column = gutters.filter((g) => (g.a + g.b) / 2 < (s.x + s.right) / 2).length;
  return carried.wrapping?.includes(column) ?? false;
}

function textLine(runs: Positioned[]): TextLine {
  const words = runs.filter((r) => r.text.trim() !== '');
  const size = Math.max(...runs.map((r) => r.size));
  const segments: Segment[] = [];
  for (const run of words) {
    const last = segments[segments.length - 1];
    const lastText = last?.runs[last.runs.length - 1]!.text ?? '';
    const hanEnd = HAN_END.test(lastText);
    const hanStart = HAN_START.test(run.text);
    const mixed = (hanEnd && /^\d/.test(run.text)) || (hanStart && /\d$/.test(lastText));
    const gap = hanEnd && hanStart ? HAN_GAP : mixed ? MIXED_GAP : WORD_GAP;
    if (last && run.x - last.right < size * gap) {
      last.right = Math.max(last.right, run.right);
      last.runs.push(run);
    } else segments.push({ x: run.x, right: run.right, runs: [run] });
  }
  return { y: runs[0]?.y ?? 0, size, runs, segments };
}

interface Region {
  start: number;
  end: number;
  gutters: Gutter[];
  /** Lines read as a row spanning every column. */
  spanning: Set<number>;
}

/** The gutters left open once a line's segments are laid over them. */
function narrow(gutters: Gutter[], segments: Segment[]): Gutter[] {
  let out = gutters;
  for (const s of segments) {
    out = out.flatMap((g) => {
      if (s.right <= g.a || s.x >= g.b) return [g];
      const parts: Gutter[] = [];
      if (s.x - g.a >= MIN_GUTTER) parts.push({ a: g.a, b: s.x });
      if (g.b - s.right >= MIN_GUTTER) parts.push({ a: s.right, b: g.b });
      // A segment inside a gutter leaves its wider side as the gutter.
      return parts.length === 2 ? [parts[0]!.b - parts[0]!.a >= parts[1]!.b - parts[1]!.a ? parts[0]! : parts[1]!] : parts;
    });
  }
  return out;
}

/** The region of aligned lines starting at line `start`, or null when it does not start one. */
function growRegion(lines: TextLine[], start: number): Region | null {
  const first = lines[start]!;
  if (first.segments.length < 3) return null;
  let gutters: Gutter[] = first.segments.slice(1).map((s, k) => ({ a: first.segments[k]!.right, b: s.x }));
  gutters = gutters.filter((g) => g.b - g.a >= MIN_GUTTER);
  if (gutters.length < 2) return null;
  const spanning = new Set<number>();
  let end = start;
  while (end + 1 < lines.length) {
    const next = lines[end + 1]!;
    if (lines[end]!.y - next.y > MAX_LINE_GAP * next.size) break;
    const narrowed = narrow(gutters, next.segments);
    // Past its first lines a table's gutters are settled: a line closing one is not part of it (the seed
    // line's chance gaps, such as a title's, close early).
    if (narrowed.length === gutters.length || (end - start < 2 && narrowed.length >= Math.max(2, gutters.length - 1))) {
      gutters = narrowed;
      end++;
      continue;
    }
    // A lone segment across the columns (a section row) when the line after it fits the columns again.
    const after = lines[end + 2];
    if (
      next.segments.length === 1 &&
      after &&
      next.y - after.y <= MAX_LINE_GAP * after.size &&
      narrow(gutters, after.segments).length === gutters.length
    ) {
      spanning.add(end + 1);
      end++;
      continue;
    }
    break;
  }
  // The seed line only bounds the region: the table's gutters are the room no line of it crosses (a header
  // set in the middle of its row shows few columns on its first line).
  // A lone segment crossing them is a row spanning the table.
  const inRegion = lines.slice(start, end + 1);
  const room = openRoom(inRegion.filter((l, k) => !spanning.has(start + k) && l.segments.length >= 2));
  inRegion.forEach((l, k) => {
    const s = l.segments[0];
    if (l.segments.length === 1 && s && room.some((g) => s.x < g.a && s.right > g.b)) spanning.add(start + k);
  });
  return { start, end, gutters: room, spanning };
}

/** The x-intervals between the lines' segments that no segment crosses. */
function openRoom(lines: TextLine[]): Gutter[] {
  const spans = lines.flatMap((l) => l.segments).sort((p, q) => p.x - q.x);
  const out: Gutter[] = [];
  let reach = spans[0]?.right ?? 0;
  for (const s of spans.slice(1)) {
    if (s.x - reach >= MIN_GUTTER) out.push({ a: reach, b: s.x });
    reach = Math.max(reach, s.right);
  }
  return out;
}

/**
 * The distance between two lines of one cell: the smallest that recurs (a stray pair of lines set closer, such
 * as a line of a fallback font, is not the pitch).
 */
function linePitch(distances: number[]): number {
  const sorted = [...distances].sort((p, q) => p - q);
  const enough = Math.max(2, Math.ceil(sorted.length * 0.1));
  const pitch = sorted.find((d) => sorted.filter((e) => Math.abs(e - d) <= 0.3).length >= enough);
  return pitch ?? sorted[0] ?? Infinity;
}

/** The region's lines as a table; 'typed' for a table typed line by line, null when they are not one. */
function toTable(lines: TextLine[], region: Region, carriedXs?: number[]): PdfTable | 'typed' | null {
  const { gutters } = region;
  const spanning = new Set([...region.spanning].map((k) => k - region.start));
  const aligned = lines.filter((l, k) => !spanning.has(k) && l.segments.length >= 2).length;
  // A continuation needs no proof of its columns: the page before gave it.
  if (aligned < (carriedXs ? 1 : 3) || gutters.length < 2) return null;
  const size = Math.max(...lines.map((l) => l.size));
  const steps = lines.slice(1).map((l, k) => lines[k]!.y - l.y);
  // Lines closer than a font size apart are cells set side by side at different heights, as a layout engine
  // sets them; typed text (and a table typed with spaces) keeps a line's height between its lines.
  const offset = steps.some((d) => d < size * 0.9);
  if (!offset && !carriedXs) return 'typed';
  const column = (s: Segment) => gutters.filter((g) => (g.a + g.b) / 2 < (s.x + s.right) / 2).length;
  const cols = gutters.length + 1;
  // Lines of each column, to find where every column has a gap.
  const colLines = lines.map((l, k) => (spanning.has(k) ? new Set<number>() : new Set(l.segments.map(column))));
  const within: number[] = [];
  for (let c = 0; c < cols; c++) {
    const ys = lines.filter((_, k) => colLines[k]!.has(c)).map((l) => l.y);
    for (let k = 1; k < ys.length; k++) within.push(ys[k - 1]! - ys[k]!);
  }
  const pitch = linePitch(within.filter((d) => d > size * 0.8));
  // Rows set with a little padding are only a few points further apart than a cell's lines.
  const threshold = pitch <= size * 1.7 ? pitch * 1.1 : 0;
  const cuts = new Set<number>();
  for (let k = 1; k < lines.length; k++) {
    if (spanning.has(k) || spanning.has(k - 1)) {
      cuts.add(k);
      continue;
    }
    let open = true;
    for (let c = 0; c < cols && open; c++) {
      const above = lines.findLast((_, j) => j < k && colLines[j]!.has(c));
      const below = lines.find((_, j) => j >= k && colLines[j]!.has(c));
      if (above && below && above.y - below.y <= threshold) open = false;
    }
    if (open) cuts.add(k);
  }

  const rights = Array.from({ length: cols }, (_, c) => gutters[c]?.a ?? Math.max(...lines.flatMap((l) => l.segments.map((s) => s.right))));
  const left = Math.min(...lines.flatMap((l) => l.segments.map((s) => s.x)));
  const xs = carriedXs ?? [left, ...gutters.map((g) => (g.a + g.b) / 2), rights[cols - 1]!];
  // Where the table stands among the page's lines: at its first line, so a line set above it (a header cell
  // spanning columns, on a line of its own just above the header's others) comes before it.
  const top = lines[0]!.y;
  const bottom = lines[lines.length - 1]!.y;
  // Cells spanning rows, set in the middle of them, are read by their centres (a section row aside).
  const byColumn = (l: TextLine) => {
    const cells = new Map<number, Positioned[]>();
    for (const s of l.segments) cells.set(column(s), [...(cells.get(column(s)) ?? []), ...s.runs]);
    return { y: l.y, size: l.size, cells };
  };
  const spanned = spanning.size === 0 && threshold > 0 ? spannedRows(lines.map(byColumn), cols, rights, threshold) : null;
  if (spanned) return { top, bottom, xs, rows: spanned };
  const rows: RawCell[][] = [];
  let group: number[] = [];
  const flush = () => {
    if (group.length === 0) return;
    if (group.length === 1 && spanning.has(group[0]!)) {
      const runs = lines[group[0]!]!.runs;
      rows.push([{ text: cellText(runs, rights[cols - 1]!), rowSpan: 1, colSpan: cols, header: false }]);
    } else {
      const held = Array.from({ length: cols }, () => [] as Positioned[]);
      for (const k of group) for (const s of lines[k]!.segments) held[column(s)]!.push(...s.runs);
      rows.push(held.map((runs, c) => ({ text: cellText(runs, rights[c]!), rowSpan: 1, colSpan: 1, header: false })));
    }
    group = [];
  };
  lines.forEach((_, k) => {
    if (cuts.has(k)) flush();
    group.push(k);
  });
  flush();
  return { top, bottom, xs, rows: joinSpanningBands(rows) };
}
