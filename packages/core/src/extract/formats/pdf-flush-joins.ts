import { displayWidth } from '../display-width.js';
import { cellStarts, type GapJoin } from './pdf-wrapped-columns.js';

/**
 * A row of columns set apart by spaces, too wide for the page, that filled its line to the margin: it broke
 * inside a cell (`市发展改革 | 委、    2024年11月 …`) or at a column gap whose spaces hung past the margin
 * (`市教育局、 | 持续推进       新增托位860个 …`); both look alike. cleanPdfBlocks joined it without a gap.
 * Where the continuation has cells of its own, their spacing tells: the rest of a line keeps its spaces, so
 * its cells line up with the columns of the rows around (cells of other rows, or the continuations of other
 * rows wrapped at a gap) at some offset. If the best fit puts the continuation's first cell at a column too,
 * and no fit that leaves it out lines up as many cells, the row broke at a gap: the join gets the two spaces
 * of a gap join (realignGapJoins then places it). Otherwise the join stays as it is.
 */

/** How far to look for rows to line up with, in lines either side. */
const REACH = 12;
/** A cell within this many columns of a column start is under it. */
const TOLERANCE = 2;

/** Column starts of a row around: absolute (a whole row) or relative to a continuation's start. */
interface Pattern {
  starts: number[];
  absolute: boolean;
}

/** Turns the flush joins that broke at a column gap into gap joins (lines and joins changed in place). */
export function reconsiderFlushJoins(lines: (string | unknown)[], flush: GapJoin[], joins: GapJoin[]): void {
  if (flush.length === 0) return;
  const atsOf = new Map<number, number[]>();
  for (const j of [...flush, ...joins]) atsOf.set(j.index, [...(atsOf.get(j.index) ?? []), j.at]);
  // Column patterns: the cell starts of whole rows (no join in them), and the continuations of rows joined at
  // a gap (each starts at a column), each up to the next join on its line.
  const patterns = new Map<number, Pattern[]>();
  const add = (i: number, starts: number[], absolute: boolean) => {
    if (starts.length >= 2) patterns.set(i, [...(patterns.get(i) ?? []), { starts, absolute }]);
  };
  lines.forEach((l, i) => {
    if (typeof l === 'string' && / {2}/.test(l) && !atsOf.has(i)) add(i, cellStarts(l), true);
  });
  for (const j of joins) {
    const l = lines[j.index];
    if (typeof l === 'string') add(j.index, cellStarts(segment(l, j.at, atsOf.get(j.index) ?? [])), false);
  }
  // Right to left within a line, so that the places of the joins before are not moved.
  for (const j of [...flush].sort((a, b) => a.index - b.index || b.at - a.at)) {
    const line = lines[j.index];
    if (typeof line !== 'string') continue;
    const tail = cellStarts(segment(line, j.at, atsOf.get(j.index) ?? []));
    if (tail.length < 2) continue;
    const around: Pattern[] = [];
    for (let k = j.index - REACH; k <= j.index + REACH; k++) if (k !== j.index) around.push(...(patterns.get(k) ?? []));
    if (!brokeAtGap(tail, displayWidth(line.slice(0, j.at)), around)) continue;
    lines[j.index] = `${line.slice(0, j.at)}  ${line.slice(j.at)}`;
    for (const g of joins) if (g.index === j.index && g.at > j.at) g.at += 2;
    joins.push({ index: j.index, at: j.at + 2 });
  }
}

/** The text from a join to the next join on its line. */
function segment(line: string, at: number, ats: number[]): string {
  const next = Math.min(...ats.filter((a) => a > at), line.length);
  return line.slice(at, next);
}

/**
 * Whether the continuation's cells (display columns from its start; the line before it ends at column `end`)
 * line up best with its first cell at a column: some fit with the first cell on a column lines up more cells
 * than every fit without it. Against a whole row the fit is fixed: at a column two or more past the end (a
 * gap), or right at the end (no gap); a continuation of another row may sit anywhere.
 */
function brokeAtGap(tail: number[], end: number, patterns: Pattern[]): boolean {
  let withFirst = 0;
  let withoutFirst = 0;
  for (const { starts, absolute } of patterns) {
    const offsets = absolute ? [end, ...starts.filter((c) => c >= end + 2)] : tail.flatMap((t) => starts.map((c) => c - t));
    for (const offset of offsets) {
      const on = (x: number) => starts.some((q) => Math.abs(q - (x + offset)) <= TOLERANCE);
      const hits = tail.filter(on).length;
      const first = on(tail[0] ?? 0) && !(absolute && offset === end);
      if (first) withFirst = Math.max(withFirst, hits);
      else withoutFirst = Math.max(withoutFirst, absolute ? tail.slice(1).filter(on).length : hits);
    }
  }
  return withFirst >= 2 && withFirst > withoutFirst;
}
