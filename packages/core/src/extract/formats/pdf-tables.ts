import { firstWordWidth, joinRuns, type Positioned, type Segment } from './pdf-geometry.js';
import type { RawCell } from './source-builder.js';

/** A ruled table found on one page. */
export interface PdfTable {
  /** Top and bottom edge (PDF units, y up). */
  top: number;
  bottom: number;
  /** Column boundaries, left to right. */
  xs: number[];
  rows: RawCell[][];
}

/** Lines closer than this (PDF units) are the same line: double borders, cell spacing. */
const TOL = 3;
/** Past this many merged lines per direction a page is not searched for tables. */
const MAX_LINES = 3_000;

/**
 * Rebuilds ruled tables from a page's ruling lines, as pdfplumber's lattice finder does: lines are merged,
 * joined into connected grids, each grid's slots are merged where an inner border is missing (a rowspan or
 * colspan), and every text run goes to the cell that holds its centre. Runs outside every table are returned.
 */
export function findTables(segments: Segment[], items: Positioned[]): { tables: PdfTable[]; rest: Positioned[] } {
  const h = mergeLines(segments.filter((s) => s.dir === 'h'));
  const v = mergeLines(segments.filter((s) => s.dir === 'v'));
  if (h.length < 2 || v.length < 2 || h.length > MAX_LINES || v.length > MAX_LINES) return { tables: [], rest: items };
  const grids = components(h, v)
    .flatMap(splitStacked)
    .map((c) => gridOf(c.h, c.v))
    .filter((g): g is Grid => g !== null);
  if (grids.length === 0) return { tables: [], rest: items };
  const rest: Positioned[] = [];
  const held = grids.map((g) => g.cells.map(() => [] as Positioned[]));
  for (const item of items) {
    const cx = (item.x + item.right) / 2;
    const cy = item.y + item.size * 0.35;
    const gi = grids.findIndex(
      (g) => cx >= g.xs[0]! - TOL && cx <= g.xs[g.xs.length - 1]! + TOL && cy <= g.ys[0]! + TOL && cy >= g.ys[g.ys.length - 1]! - TOL,
    );
    const grid = grids[gi];
    if (!grid) {
      rest.push(item);
      continue;
    }
    const c = clampIndex(grid.xs, cx, (a, b) => a <= b);
    const r = clampIndex(grid.ys, cy, (a, b) => a >= b);
    held[gi]![grid.slot[r]![c]!]!.push(item);
  }
  const tables = grids.map((g, gi) => toTable(g, held[gi]!));
  return { tables: tables.filter((t): t is PdfTable => t !== null), rest };
}

/** Index i with bounds[i] ≤ value < bounds[i + 1] (in the bounds' order), clamped to the slots. */
function clampIndex(bounds: number[], value: number, before: (a: number, b: number) => boolean): number {
  let i = 0;
  while (i < bounds.length - 2 && before(bounds[i + 1]!, value)) i++;
  return i;
}

/** Same-direction lines within TOL of each other merged, overlapping or touching pieces joined. */
function mergeLines(lines: Segment[]): Segment[] {
  const sorted = [...lines].sort((p, q) => p.at - q.at || p.a - q.a);
  const bands: Segment[][] = [];
  for (const s of sorted) {
    const band = bands[bands.length - 1];
    if (band && s.at - band[0]!.at <= TOL) band.push(s);
    else bands.push([s]);
  }
  const out: Segment[] = [];
  for (const band of bands) {
    const at = band.reduce((sum, s) => sum + s.at, 0) / band.length;
    band.sort((p, q) => p.a - q.a);
    let cur: Segment | null = null;
    for (const s of band) {
      if (cur && s.a <= cur.b + TOL) cur.b = Math.max(cur.b, s.b);
      else {
        if (cur) out.push(cur);
        cur = { dir: s.dir, at, a: s.a, b: s.b };
      }
    }
    if (cur) out.push(cur);
  }
  return out.filter((s) => s.b - s.a > TOL);
}

const crosses = (h: Segment, v: Segment) => v.at >= h.a - TOL && v.at <= h.b + TOL && h.at >= v.a - TOL && h.at <= v.b + TOL;

/** Groups of lines connected by crossings. */
function components(h: Segment[], v: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  h.forEach((hs, i) => v.forEach((vs, j) => crosses(hs, vs) && (parent[find(i)] = find(h.length + j))));
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  [...h, ...v].forEach((s, i) => {
    const root = find(i);
    const g = groups.get(root) ?? { h: [], v: [] };
    (s.dir === 'h' ? g.h : g.v).push(s);
    groups.set(root, g);
  });
  return [...groups.values()];
}

/**
 * Tables set one right under another share the line between them and read as one grid. They are split
 * again at a horizontal line where the rows above and below it end at different places (tables of other
 * widths); a table's own rows, full-width ones included, share its outer edges.
 */
function splitStacked(c: { h: Segment[]; v: Segment[] }): { h: Segment[]; v: Segment[] }[] {
  const ys = positions(c.h.map((s) => s.at));
  /** The outer edges of the row between two horizontal lines. */
  const edges = (lo: number, hi: number) => {
    const xs = c.v.filter((s) => s.a <= lo + TOL && s.b >= hi - TOL).map((s) => s.at);
    return xs.length < 2 ? null : [Math.min(...xs), Math.max(...xs)];
  };
  for (let k = 1; k < ys.length - 1; k++) {
    const y = ys[k]!;
    const below = edges(ys[k - 1]!, y);
    const above = edges(y, ys[k + 1]!);
    if (!below || !above || (Math.abs(below[0]! - above[0]!) <= TOL && Math.abs(below[1]! - above[1]!) <= TOL)) continue;
    const part = (up: boolean) => ({
      h: c.h.filter((s) => (up ? s.at >= y - TOL : s.at <= y + TOL)),
      v: c.v
        .filter((s) => (up ? s.b > y + TOL : s.a < y - TOL))
        .map((s) => (up ? { ...s, a: Math.max(s.a, y) } : { ...s, b: Math.min(s.b, y) })),
    });
    return [...splitStacked(part(true)), ...splitStacked(part(false))];
  }
  return [c];
}

interface Grid {
  xs: number[];
  /** Row boundaries, top to bottom (descending y). */
  ys: number[];
  /** slot[r][c] → index into cells. */
  slot: number[][];
  cells: { r0: number; c0: number; r1: number; c1: number }[];
}

/** Distinct positions (within TOL), ascending. */
function positions(values: number[]): number[] {
  const out: number[] = [];
  for (const x of [...values].sort((a, b) => a - b)) if (out.length === 0 || x - out[out.length - 1]! > TOL) out.push(x);
  return out;
}

/** The grid a group of lines draws, with merged slots as single cells; null when it is not a table. */
function gridOf(h: Segment[], v: Segment[]): Grid | null {
  const xs = positions(v.map((s) => s.at));
  const ys = positions(h.map((s) => s.at)).reverse();
  if (xs.length < 2 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const hasV = (x: number, y: number) => v.some((s) => Math.abs(s.at - x) <= TOL && y >= s.a - TOL && y <= s.b + TOL);
  const hasH = (y: number, x: number) => h.some((s) => Math.abs(s.at - y) <= TOL && x >= s.a - TOL && x <= s.b + TOL);
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !hasV(xs[c + 1]!, midY)) parent[find(r * cols + c)] = find(r * cols + c + 1);
      if (r + 1 < rows && !hasH(ys[r + 1]!, midX)) parent[find(r * cols + c)] = find((r + 1) * cols + c);
    }
  }
  const index = new Map<number, number>();
  const cells: Grid['cells'] = [];
  const slot = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const root = find(r * cols + c);
      let i = index.get(root);
      if (i === undefined) {
        i = cells.push({ r0: r, c0: c, r1: r, c1: c }) - 1;
        index.set(root, i);
      }
      const cell = cells[i]!;
      cell.r1 = Math.max(cell.r1, r);
      cell.c1 = Math.max(cell.c1, c);
      cell.c0 = Math.min(cell.c0, c);
      return i;
    }),
  );
  // A box, or a column of boxes, is layout, not a table.
  return slot.some((line) => new Set(line).size >= 2) ? { xs, ys, slot, cells } : null;
}

/** The rows of a grid with its cells' text; rows that only continue rowspans are folded away. */
function toTable(grid: Grid, held: Positioned[][]): PdfTable | null {
  const byRow = new Map<number, number[]>();
  grid.cells.forEach((cell, i) => byRow.set(cell.r0, [...(byRow.get(cell.r0) ?? []), i]));
  const starts = [...byRow.keys()].sort((a, b) => a - b);
  const rows = starts.map((r) =>
    (byRow.get(r) ?? [])
      .sort((a, b) => grid.cells[a]!.c0 - grid.cells[b]!.c0)
      .map((i): RawCell => {
        const cell = grid.cells[i]!;
        const spanned = starts.filter((s) => s >= cell.r0 && s <= cell.r1).length;
        return {
          text: cellText(held[i] ?? [], grid.xs[cell.c1 + 1] ?? 0, grid.xs[cell.c0]),
          rowSpan: spanned,
          colSpan: cell.c1 - cell.c0 + 1,
          header: false,
        };
      }),
  );
  if (held.every((list) => list.length === 0)) return null;
  return { top: grid.ys[0]!, bottom: grid.ys[grid.ys.length - 1]!, xs: grid.xs, rows };
}

/**
 * A cell's runs read line by line. A line that wrapped at the cell's edge runs on into the next (a space only
 * between Latin words); one that stops well short of the edge, or short enough that the next line's first
 * piece would have fitted after it, was broken on purpose (a <br>, one unit per line) and is kept apart by a
 * space, as the HTML and .docx readers do. A ruled cell (its left border given) keeps as much room inside its
 * right border as its text keeps from the left one; a borderless column's edge is its text's widest line.
 */
export function cellText(items: Positioned[], cellRight: number, cellLeft?: number): string {
  const lines = groupLines(items);
  const inked = items.filter((i) => i.text.trim() !== '');
  const inset = cellLeft === undefined || inked.length === 0 ? 0 : Math.max(0, Math.min(...inked.map((i) => i.x)) - cellLeft);
  let out = '';
  lines.forEach((row, k) => {
    const line = joinRuns(row);
    if (out) out += /[A-Za-z0-9,.]$/.test(out) && /^[A-Za-z0-9]/.test(line) ? ' ' : '';
    out += line;
    const right = Math.max(...row.map((r) => r.right));
    const size = Math.max(...row.map((r) => r.size));
    const next = lines[k + 1]?.filter((r) => r.text.trim() !== '');
    const nextText = next?.[0] ? joinRuns(next) : '';
    // Between Chinese and a Latin word or number the layout sets a little extra space.
    const autospace = mixedScripts(line.slice(-1), nextText.slice(0, 1)) ? size * AUTOSPACE_EM : 0;
    const nextWord = next?.[0] ? startWidth(nextText, next[0].size) + autospace : 0;
    const roomForNext = nextWord > 0 && right + nextWord <= cellRight - inset - FIT_TOLERANCE;
    if ((right < cellRight - CELL_PADDING - size * 1.5 || roomForNext) && !out.endsWith(' ')) out += ' ';
  });
  return out.trim();
}

/** The extra space a layout sets between Chinese and Latin text, at most (in em). */
const AUTOSPACE_EM = 0.25;

/** One character Latin (or a digit) and the other Chinese. */
const mixedScripts = (a: string, b: string) =>
  (/[A-Za-z0-9]/.test(a) && /[\u2e80-\uffef]/.test(b)) || (/[\u2e80-\uffef]/.test(a) && /[A-Za-z0-9]/.test(b));

/** Marks that may not end a line (and signs that hold on to the number after them): they go to the next line with what follows. */
const OPENING = /^[“‘(（〔【《「『[≥≤＞＜<>]+/;

/** Width of what must start a line together: opening marks (set full width) and the first piece after them. */
function startWidth(text: string, size: number): number {
  const open = OPENING.exec(text.trim())?.[0] ?? '';
  const rest = text.trim().slice(open.length);
  // A Latin comma, stop or bracket holds on to a number after it ("改,2026", "区)216").
  const held = /^[^\sA-Za-z0-9][,.:;)\]]+([A-Za-z0-9.%]+)/.exec(rest)?.[1] ?? '';
  // Curly quotes closing the first piece are set full width among Chinese.
  const quotes = /^[^\s][”’]/.test(rest) ? size * 0.45 : 0;
  return open.length * size + firstWordWidth(rest, size) + held.length * size * 0.55 + quotes;
}

/** Slack for the estimated width of the next line's first piece (a character may be set a little narrower). */
const FIT_TOLERANCE = 0.5;

/** Room between a cell's text and its right border. */
const CELL_PADDING = 6;

/** Runs grouped into lines (same baseline within half a font size), top to bottom, each left to right. */
export function groupLines(items: Positioned[]): Positioned[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Positioned[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(first.y - item.y) <= Math.max(first.size, item.size) / 2) row.push(item);
    else rows.push([item]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}
