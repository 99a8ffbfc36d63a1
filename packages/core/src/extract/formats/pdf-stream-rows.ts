import type { Positioned } from './pdf-geometry.js';
import { joinSpanningBands } from './pdf-stream-bands.js';
import type { Segment, TextLine } from './pdf-stream-lines.js';
import type { Region } from './pdf-stream-regions.js';
import { spannedRows } from './pdf-stream-spans.js';
import { cellText, type PdfTable } from './pdf-tables.js';
import type { RawCell } from './source-builder.js';

/** Two lines further apart than this many font sizes are not lines of one cell. */
const MAX_PITCH = 1.7;

/**
 * The distance between two lines of one cell: the smallest that recurs (a stray pair of lines set closer, such
 * as a line of a fallback font, is not the pitch). In a table of one-line rows set well apart, the row distance
 * recurs most; a cell's pitch is then the closest distance a line's height apart that recurs at all (cells
 * wrapped onto two or three lines in a few rows).
 */
function linePitch(distances: number[], size: number): number {
  const sorted = [...distances].sort((p, q) => p - q);
  const recurs = (d: number, n: number) => sorted.filter((e) => Math.abs(e - d) <= 0.3).length >= n;
  const pitch = sorted.find((d) => recurs(d, Math.max(2, Math.ceil(sorted.length * 0.1))));
  if (pitch !== undefined && pitch > size * MAX_PITCH) return sorted.find((d) => d <= size * MAX_PITCH && recurs(d, 2)) ?? pitch;
  return pitch ?? sorted[0] ?? Infinity;
}

/** The region's lines as a table; 'typed' for a table typed line by line, null when they are not one. */
export function toTable(lines: TextLine[], region: Region, carriedXs?: number[]): PdfTable | 'typed' | null {
  const { gutters } = region;
  const spanning = new Set([...region.spanning].map((k) => k - region.start));
  const aligned = lines.filter((l, k) => !spanning.has(k) && l.segments.length >= 2).length;
  // A continuation needs no proof of its columns: the page before gave it (a cell's tail alone at the page's
  // top, vetted by the caller, has no line of two cells at all). Two columns (labels and values)
  // may have no line with both: each needs two lines of its own.
  const g = gutters[0];
  const paired =
    region.pair &&
    g &&
    [(s: Segment) => s.right <= g.a, (s: Segment) => s.x >= g.b].every((side) => lines.filter((l) => l.segments.some(side)).length >= 2);
  if ((region.pair ? !paired && !carriedXs : aligned < (carriedXs ? 0 : 3)) || gutters.length < (region.pair ? 1 : 2)) return null;
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
  const pitch = linePitch(
    within.filter((d) => d > size * 0.8),
    size,
  );
  // Rows set with a little padding are only a few points further apart than a cell's lines.
  const threshold = pitch <= size * MAX_PITCH ? pitch * 1.1 : 0;
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
