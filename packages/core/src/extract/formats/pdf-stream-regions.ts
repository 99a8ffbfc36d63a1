import { MIN_GUTTER, narrow, openRoom, type Gutter, type TextLine } from './pdf-stream-lines.js';

/** Lines further apart than this (in em) do not belong to one table. */
export const MAX_LINE_GAP = 4;

/** Aligned lines start..end (indexes into the page's lines) that may be a borderless table. */
export interface Region {
  start: number;
  end: number;
  gutters: Gutter[];
  /** Lines read as a row spanning every column. */
  spanning: Set<number>;
}

/** A line just above a region's first, closer than a line's height and inside its columns, is part of it. */
export function headsRegion(line: TextLine, first: TextLine, gutters: Gutter[]): boolean {
  return line.y - first.y < first.size * 0.9 && line.segments.length > 0 && narrow(gutters, line.segments).length === gutters.length;
}

/** The region of aligned lines starting at line `start`, or null when it does not start one. */
export function growRegion(lines: TextLine[], start: number): Region | null {
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
