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
 * line up with its first cell at a column: two rows around or more take every one of its cells so, and more
 * rows than take all its cells but the first (a piece of the cell before) with that one off their columns.
 * Against a whole row the fit is fixed: at a column two or more past the end (a gap), or right at the end (no
 * gap); a continuation of another row may sit anywhere. Rows that are not lined up (cells set apart by a few
 * spaces wherever they end) seldom take every cell, and decide nothing.
 */
function brokeAtGap(tail: number[], end: number, patterns: Pattern[]): boolean {
  let gapRows = 0;
  let directRows = 0;
  for (const { starts, absolute } of patterns) {
    const on = (x: number, offset: number) => starts.some((q) => Math.abs(q - (x + offset)) <= TOLERANCE);
    const offsets = absolute ? [end, ...starts.filter((c) => c >= end + 2)] : tail.flatMap((t) => starts.map((c) => c - t));
    const gap = offsets.some((o) => !(absolute && o === end) && tail.every((t) => on(t, o)));
    const direct = offsets.some((o) => (!absolute || o === end) && !on(tail[0] ?? 0, o) && tail.slice(1).every((t) => on(t, o)));
    if (gap) gapRows++;
    else if (direct) directRows++;
  }
  return gapRows >= 2 && gapRows > directRows;
}

/**
 * A continuation line of a typed row (only later cells filled: `<98 spaces>城关街道办事处  2024年9月`) is
 * wider than the page by its leading spaces alone: they fill a line of their own, and the text starts the
 * next line at the left margin, after what looks like a paragraph gap. Such a line (by index; rows of columns
 * after a gap) whose cells all fall on the columns of a whole row around when moved right, and fewer where it
 * is, gets its indent back. It sits between two rows of the table.
 */
export function reindentLostLeads(lines: (string | unknown)[], candidates: number[]): void {
  for (const index of candidates) {
    const line = lines[index];
    if (typeof line !== 'string') continue;
    const cells = cellStarts(line);
    // Only between two rows of the table.
    const isRow = (l: unknown) => typeof l === 'string' && / {2}/.test(l) && cellStarts(l).length >= 3;
    if (cells.length < 2 || !isRow(lines[index - 1]) || !isRow(lines[index + 1])) continue;
    const rows: number[][] = [];
    for (let k = index - REACH; k <= index + REACH; k++) {
      const row = lines[k];
      if (k !== index && typeof row === 'string' && / {2}/.test(row) && cellStarts(row).length >= 3) rows.push(cellStarts(row));
    }
    const fits = (starts: number[], offset: number) => cells.every((c) => starts.some((s) => Math.abs(s - (c + offset)) <= TOLERANCE));
    // The place where its cells fall nearest the columns: where it is, or moved to a column (the nearer
    // to the margin on a tie).
    const miss = (starts: number[], offset: number) =>
      cells.reduce((sum, c) => sum + Math.min(...starts.map((s) => Math.abs(s - (c + offset)))), 0);
    const best = rows
      .flatMap((starts) => [0, ...starts].filter((s) => fits(starts, s)).map((s) => ({ s, miss: miss(starts, s) })))
      .sort((a, b) => a.miss - b.miss || a.s - b.s)[0];
    if (best && best.s > 0) lines[index] = ' '.repeat(best.s) + line;
  }
}
