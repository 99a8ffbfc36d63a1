import { MIN_GUTTER, narrow, openRoom, type Gutter, type Segment, type TextLine } from './pdf-stream-lines.js';

/** Lines further apart than this (in em) do not belong to one table. */
export const MAX_LINE_GAP = 4;

/** A table's text is set in one size: a line set much larger (a heading, body text after the table) ends it. */
const MAX_SIZE_RATIO = 1.25;

/** The line is set much larger than the table's line `table`: it is not part of the table. */
export const outsized = (line: TextLine, table: TextLine) => line.size > table.size * MAX_SIZE_RATIO;

/** Aligned lines start..end (indexes into the page's lines) that may be a borderless table. */
export interface Region {
  start: number;
  end: number;
  gutters: Gutter[];
  /** Lines read as a row spanning every column. */
  spanning: Set<number>;
  /** A table of two columns (labels and their values): its cells must prove it, see growPairRegion. */
  pair?: boolean;
  /** The left edges of a two-column table's columns: every cell of it starts at its column's. */
  starts?: [number, number];
}

/** A line just above a region's first, closer than a line's height and inside its columns, is part of it. */
export function headsRegion(line: TextLine, first: TextLine, gutters: Gutter[]): boolean {
  return line.y - first.y < first.size * 0.9 && line.segments.length > 0 && narrow(gutters, line.segments).length === gutters.length;
}

/**
 * A line just above a two-column region, near enough and left of or right of its gutter (a label's first line
 * beside a value set lower, in the middle of the row), is part of it.
 */
export function headsPair(line: TextLine, first: TextLine, region: Region): boolean {
  return line.y - first.y <= MAX_LINE_GAP * first.size && fitsPair(line, region.gutters, region.starts);
}

/** A line of one or two segments keeping a two-column table's gutter open, each at its column's left edge. */
function fitsPair(line: TextLine, gutters: Gutter[], starts: [number, number] | undefined): boolean {
  const g = gutters[0];
  if (!g || !starts || line.segments.length === 0 || line.segments.length > 2 || narrow(gutters, line.segments).length !== 1) return false;
  return line.segments.every((s) => Math.abs(s.x - starts[s.x < (g.a + g.b) / 2 ? 0 : 1]) <= line.size * 0.5);
}

/** The region of aligned lines starting at line `start`, or null when it does not start one. */
export function growRegion(lines: TextLine[], start: number): Region | null {
  const first = lines[start]!;
  let gutters: Gutter[] = first.segments.slice(1).map((s, k) => ({ a: first.segments[k]!.right, b: s.x }));
  gutters = gutters.filter((g) => g.b - g.a >= MIN_GUTTER);
  if (first.segments.length < 3) gutters = bandGutters(lines, start);
  if (gutters.length < 2) return first.segments.length === 2 ? growPairRegion(lines, start) : null;
  const spanning = new Set<number>();
  let end = start;
  while (end + 1 < lines.length) {
    const next = lines[end + 1]!;
    if (lines[end]!.y - next.y > MAX_LINE_GAP * next.size || outsized(next, first)) break;
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

/**
 * The gutters of a row whose cells are set at different heights (each in the middle of the row, so a cell on
 * two lines starts above a cell on one): the line and the lines closer than a line's height below it, taken
 * together. A tight table of labels and values side by side (索引号 | value | 发文字号 | value) shows no line
 * of three cells, only such rows.
 */
function bandGutters(lines: TextLine[], start: number): Gutter[] {
  const first = lines[start]!;
  if (first.segments.length < 2) return [];
  let end = start;
  while (end + 1 < lines.length && lines[end]!.y - lines[end + 1]!.y < first.size * 0.9) end++;
  // A band with a line of three cells or more is a wider table's: that line seeds it.
  const band = lines.slice(start, end + 1);
  return end === start || band.some((l) => l.segments.length >= 3) ? [] : openRoom(band);
}

/** A label column of a two-column table is at most this wide (em): 发文机关, 文件来源, 成文日期. */
const LABEL_EM = 7;

/**
 * The region of a two-column table (labels and their values, a note's numbers and its lines) starting at a
 * line of two segments whose first is label-narrow. It grows down while lines keep the one gutter open with
 * every cell at its column's left edge, and stops at a line crossing it, a cell set elsewhere (a wider
 * table's), or a line of three or more segments (a wider table starts there). Only cells set
 * at different heights (a label on two lines beside a value on one, set in the middle of its row) tell such a
 * table from two-column text; toTable asks for that.
 */
function growPairRegion(lines: TextLine[], start: number): Region | null {
  const first = lines[start]!;
  const [label, value] = first.segments as [Segment, Segment];
  if (label.right - label.x > LABEL_EM * first.size || value.x - label.right < MIN_GUTTER) return null;
  let gutters: Gutter[] = [{ a: label.right, b: value.x }];
  const starts: [number, number] = [label.x, value.x];
  let end = start;
  while (end + 1 < lines.length) {
    const next = lines[end + 1]!;
    if (lines[end]!.y - next.y > MAX_LINE_GAP * next.size || !fitsPair(next, gutters, starts)) break;
    gutters = narrow(gutters, next.segments);
    end++;
  }
  const room = openRoom(lines.slice(start, end + 1).filter((l) => l.segments.length === 2));
  return room.length === 1 ? { start, end, gutters: room, spanning: new Set(), pair: true, starts } : null;
}
