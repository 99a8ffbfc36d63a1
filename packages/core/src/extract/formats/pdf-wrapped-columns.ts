import { displayWidth } from '../display-width.js';

/**
 * A row of columns set apart by spaces that was too wide for the page wrapped, and was joined again by
 * cleanPdfBlocks. Where it wrapped at a column gap, the spaces of that gap went with the break, so the
 * columns after it no longer line up. They are put back under the columns the rows around it show (rows
 * that wrapped inside a cell kept every gap): the gap becomes what puts the most of the continuation's cells
 * at those columns. With nothing to line up with, the two spaces the join gave stay.
 */

/** A join at a column gap: the line (index into the output) and where the continuation starts in it. */
export interface GapJoin {
  index: number;
  at: number;
}

/** Display columns where a cell starts (at the line's start, or after two spaces or more). */
export function cellStarts(text: string): number[] {
  const out: number[] = [];
  const re = /(^ *| {2,})(\S)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(displayWidth(text.slice(0, m.index + (m[1]?.length ?? 0))));
  return out;
}

/** Whether a cell starts with a digit (a date, a number). */
const startsWithDigit = (cell: string) => /^\s*[0-9０-９]/.test(cell);

/** How far to look for rows to line up with, in lines either side. */
const REACH = 12;
/** A cell within this many columns of a column start is under it (as the text table lifter allows). */
const TOLERANCE = 2;

/** Re-spaces the joins at column gaps (see the module comment); returns the lines, changed in place. */
export function realignGapJoins(lines: (string | unknown)[], joins: GapJoin[]): void {
  const byLine = new Map<number, number[]>();
  for (const j of joins) byLine.set(j.index, [...(byLine.get(j.index) ?? []), j.at]);
  // Starts that can be trusted: every line's cells up to its first join at a gap.
  const trusted = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (typeof l !== 'string' || !/ {2}/.test(l)) return;
    const first = Math.min(...(byLine.get(i) ?? [Infinity]));
    trusted.set(i, cellStarts(Number.isFinite(first) ? l.slice(0, first) : l));
  });
  const unplaced: { index: number; head: number }[] = [];
  for (const [index, ats] of byLine) {
    const original = lines[index];
    if (typeof original !== 'string') continue;
    let line = original;
    // A column start shown by two rows at least: one row may have been joined wrongly itself.
    const seen = new Map<number, number>();
    for (let k = index - REACH; k <= index + REACH; k++)
      if (k !== index) for (const s of new Set(trusted.get(k) ?? [])) seen.set(s, (seen.get(s) ?? 0) + 1);
    const starts = [...seen].filter(([, n]) => n >= 2).map(([s]) => s);
    const rows: number[][] = [];
    for (let k = index - REACH; k <= index + REACH; k++) if (k !== index && trusted.has(k)) rows.push(trusted.get(k) ?? []);
    // In order, each join's place moved by what the ones before it added.
    let shift = 0;
    const sorted = [...ats].sort((a, b) => a - b);
    for (const at of sorted) {
      // The line's last continuation ends the row: on a tie it goes to the later column (the cells between
      // were empty), an earlier one to the nearer. On an indented line (a header's second line, a cell's
      // continuation) each cell goes on one above it, so every continuation goes to the nearer.
      const last = at === sorted[sorted.length - 1] && !/^\s/.test(original);
      const head = line.slice(0, at + shift).trimEnd();
      const tail = line.slice(at + shift).trimStart();
      const end = displayWidth(head);
      const rel = cellStarts(tail);
      let best: { start: number; hits: number } | null = null;
      for (const s of new Set([...starts, ...rows.flat()])) {
        if (s < end + 2) continue;
        const shared = rel.filter((r) => starts.some((t) => Math.abs(t - (s + r)) <= TOLERANCE)).length;
        // Or one row alone whose columns take every one of the continuation's cells (three or more), its first
        // at s (a typist's rows may be a column or two off one another, and few rows around were read whole).
        const own = Math.max(0, ...rows.map((row) => ownHits(row, s, rel)));
        const whole = own >= 3 && own === rel.length;
        if (!whole && !starts.includes(s)) continue;
        const hits = Math.max(shared, whole ? own : 0);
        if (!best || hits > best.hits || (hits === best.hits && (last ? s > best.start : s < best.start))) best = { start: s, hits };
      }
      if (!best) {
        unplaced.push({ index, head: head.length });
        continue;
      }
      const next = head + ' '.repeat(best.start - end) + tail;
      shift += next.length - line.length;
      line = next;
    }
    lines[index] = line;
  }
  lineUpTogether(lines, unplaced);
}

/** How many of a continuation's cells (placed from column s) fall on a row's columns, none unless s does. */
function ownHits(row: number[], s: number, rel: number[]): number {
  const on = (x: number) => row.some((t) => Math.abs(t - x) <= TOLERANCE);
  return on(s) ? rel.filter((r) => on(s + r)).length : 0;
}

/**
 * Rows that all wrapped at their last gap show no column for it: their continuations go to one column
 * together, two spaces past the longest head among neighbouring rows (a header and its rows alike).
 */
function lineUpTogether(lines: (string | unknown)[], unplaced: { index: number; head: number }[]): void {
  const sorted = [...unplaced].sort((a, b) => a.index - b.index);
  let group: typeof sorted = [];
  const flush = () => {
    if (group.length >= 2) {
      const column = Math.max(...group.map((u) => displayWidth((lines[u.index] as string).slice(0, u.head)))) + 2;
      // A continuation of one cell that starts like the others' last cells (a date under dates) goes under
      // them: the cells between were empty.
      const tails = group.map((u) => (lines[u.index] as string).slice(u.head).trimStart());
      const lastCell = Math.max(0, ...tails.map((t) => cellStarts(t).pop() ?? 0));
      const kinds = tails.filter((t) => cellStarts(t).length > 1).map((t) => startsWithDigit(t.slice(t.lastIndexOf('  ') + 2)));
      const digits = kinds.filter(Boolean).length;
      // The kind most of the last cells have (a header's label aside).
      const lastKind = digits * 2 > kinds.length ? true : digits * 2 < kinds.length ? false : null;
      for (const u of group) {
        const line = lines[u.index] as string;
        const head = line.slice(0, u.head);
        const tail = line.slice(u.head).trimStart();
        const alike = lastKind === startsWithDigit(tail);
        const at = column + (cellStarts(tail).length === 1 && alike ? lastCell : 0);
        lines[u.index] = head + ' '.repeat(at - displayWidth(head)) + tail;
      }
    }
    group = [];
  };
  for (const u of sorted) {
    const last = group[group.length - 1];
    if (last && (!sameTable(lines, last.index, u.index) || u.index === last.index)) flush();
    group.push(u);
  }
  flush();
}

/** How many lines apart two rows may be and still be rows of one table (continuations, headings between). */
const ROW_REACH = 6;

/**
 * Rows a and b (a < b) belong to one table: at most a line between them, or only lines that go on a row's
 * cells (set in under its columns) or head a group of rows (short, without columns) between them.
 */
function sameTable(lines: (string | unknown)[], a: number, b: number): boolean {
  if (b - a <= 2) return true;
  if (b - a > ROW_REACH) return false;
  return lines.slice(a + 1, b).every((l) => typeof l === 'string' && (/^\s+\S/.test(l) || (!/ {2}|\t/.test(l) && displayWidth(l) <= 40)));
}

/** A join at a tab that ran past the margin: where the tabs were put, and how many more may have been there. */
export interface TabJoin {
  index: number;
  at: number;
  /** Stops the line before the break still had room for: tabs that may have stayed on it. */
  extra: number;
}

/**
 * Gives the joins at a tab their tabs back. Where a row laid out on tab stops broke at a tab, the line before
 * may have kept some tabs (empty cells) or none (the tab went on with the text that did not fit after it):
 * both print alike. The join gave the fewest; a row left with fewer tabs than most rows of tabs on the page
 * has, that the stops left on the line can make up, gets them (a table's rows have as many cells).
 */
export function realignTabJoins(lines: (string | unknown)[], joins: TabJoin[]): void {
  const joined = new Set(joins.map((j) => j.index));
  const counts = new Map<number, number>();
  lines.forEach((l, i) => {
    if (typeof l === 'string' && l.includes('\t') && !joined.has(i)) {
      const n = tabCount(l);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  });
  const usual = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (usual === undefined) return;
  for (const j of [...joins].sort((a, b) => a.index - b.index || b.at - a.at)) {
    const line = lines[j.index];
    if (typeof line !== 'string') continue;
    const add = Math.min(j.extra, usual - tabCount(line));
    if (add > 0) lines[j.index] = line.slice(0, j.at) + '\t'.repeat(add) + line.slice(j.at);
  }
}

const tabCount = (line: string) => line.trim().split('\t').length - 1;
