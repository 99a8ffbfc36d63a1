import type { Positioned } from './pdf-geometry.js';
import { cellText } from './pdf-tables.js';
import type { RawCell } from './source-builder.js';

/** A line of a borderless table: its baseline and its runs by column. */
export interface ColumnLine {
  y: number;
  size: number;
  /** Runs of the line in each column it has text in. */
  cells: Map<number, Positioned[]>;
}

/** A cell's text as set in one column: consecutive lines of that column, with its extent (PDF units, y up). */
interface Block {
  col: number;
  top: number;
  bottom: number;
  runs: Positioned[];
}

const centre = (b: Block) => (b.top + b.bottom) / 2;
/** Past this many rows a table is not searched for spanning cells. */
const MAX_ROWS = 400;
/** A cell spans at most this many rows either side of those its text reaches. */
const MAX_REACH = 30;

/**
 * The rows of a borderless table whose cells span rows, as a layout engine sets them: every cell in the
 * middle of its row, so one row's cells share a centre, the first column's (the numbers) above all; a cell
 * spanning rows sits in the middle of them, off every row's centre. Rows are the first column's cells; a
 * cell at a row's centre is in that row, any other spans the rows around it whose middle is nearest its
 * centre (rows without a cell of their own in its column). Null when the first column does not give the
 * rows (a cell of it on several lines, fewer than three) or no cell is off the rows' centres: the rows cut
 * at gaps serve then. `gap` is the distance between two lines of one cell's text, past which they are
 * two cells.
 */
export function spannedRows(lines: ColumnLine[], cols: number, rights: number[], gap: number): RawCell[][] | null {
  const blocks: Block[] = [];
  for (let c = 0; c < cols; c++) {
    let open: Block | null = null;
    let lastY = Infinity;
    for (const l of lines) {
      const runs = l.cells.get(c);
      if (!runs) continue;
      if (open && lastY - l.y <= gap) {
        open.bottom = l.y - l.size * 0.2;
        open.runs.push(...runs);
      } else {
        open = { col: c, top: l.y + l.size * 0.8, bottom: l.y - l.size * 0.2, runs: [...runs] };
        blocks.push(open);
      }
      lastY = l.y;
    }
  }
  const size = Math.max(...lines.map((l) => l.size));
  const oneLine = (c: number) => {
    const inCol = blocks.filter((b) => b.col === c);
    return inCol.every((k) => k.top - k.bottom <= size * 1.5) ? inCol : null;
  };
  const numbers = oneLine(0);
  if (!numbers || numbers.length < 3 || numbers.length > MAX_ROWS) return null;
  // A number spanning several rows (a problem with several measures, each a row) leaves the rows to another
  // column of one-line cells with more of them (a date or a status per measure).
  let keys = numbers;
  for (let c = 1; c < cols; c++) {
    const cells = oneLine(c);
    if (cells && cells.length > keys.length && cells.length <= MAX_ROWS) keys = cells;
  }
  const rowOf = (b: Block) => keys.findIndex((k) => Math.abs(centre(k) - centre(b)) <= size * 0.5);
  const off = blocks.filter((b) => rowOf(b) < 0);
  if (off.length === 0) return null;
  // Each row's extent: its own cells'.
  const rows = keys.map((k) => ({ top: k.top, bottom: k.bottom }));
  for (const b of blocks) {
    const r = rowOf(b);
    if (r < 0) continue;
    rows[r]!.top = Math.max(rows[r]!.top, b.top);
    rows[r]!.bottom = Math.min(rows[r]!.bottom, b.bottom);
  }
  const halfGaps = rows.slice(1).map((r, i) => (rows[i]!.bottom - r.top) / 2);
  const pad = Math.max(0, Math.min(...halfGaps, size));
  const upper = (r: number) => (r === 0 ? rows[0]!.top + pad : (rows[r - 1]!.bottom + rows[r]!.top) / 2);
  const lower = (r: number) => (r === rows.length - 1 ? rows[r]!.bottom - pad : (rows[r]!.bottom + rows[r + 1]!.top) / 2);
  /** Rows whose extent the block overlaps. */
  const touched = (b: Block) => {
    const ks = rows.map((_, r) => r).filter((r) => b.top > lower(r) && b.bottom < upper(r));
    return ks.length > 0 ? ([ks[0]!, ks[ks.length - 1]!] as [number, number]) : null;
  };

  /**
   * A spanning block takes only rows without a cell of their own in its column (a page-broken row's tail at
   * the top of the next page lies between the repeated header and the first row, touching both); when every
   * row it touches has one, it joins the row whose middle is nearest its centre.
   */
  const ownFree = (span: [number, number] | null, own: Set<number>, block: Block): [number, number] | null => {
    if (!span) return null;
    const all = Array.from({ length: span[1] - span[0] + 1 }, (_, k) => span[0] + k);
    const free = all.filter((r) => !own.has(r));
    if (free.length) return [free[0]!, free[free.length - 1]!];
    const miss = (r: number) => Math.abs((upper(r) + lower(r)) / 2 - centre(block));
    const near = all.reduce((p, q) => (miss(q) < miss(p) ? q : p));
    return [near, near];
  };

  const placed: { block: Block; a: number; b: number }[] = [];
  for (let c = 0; c < cols; c++) {
    const inCol = blocks.filter((b) => b.col === c).sort((p, q) => q.top - p.top);
    const own = new Set(inCol.map(rowOf).filter((r) => r >= 0));
    let floor = 0;
    inCol.forEach((block, k) => {
      const r = rowOf(block);
      const span = r >= 0 ? [r, r] : ownFree(touched(block), own, block);
      if (!span) return;
      const next = inCol[k + 1];
      const nextRow = next ? (rowOf(next) >= 0 ? rowOf(next) : (touched(next)?.[0] ?? rows.length)) : rows.length;
      let best = { a: span[0]!, b: span[1]!, miss: Infinity };
      if (r >= 0) best.miss = 0;
      else
        for (let a = span[0]!; a >= Math.max(floor, span[0]! - MAX_REACH) && (a === span[0] || !own.has(a)); a--)
          for (let b = span[1]!; b < Math.min(nextRow, span[1]! + MAX_REACH) && (b === span[1] || !own.has(b)); b++) {
            const miss = Math.abs((upper(a) + lower(b)) / 2 - centre(block));
            if (miss < best.miss - 0.5 || (Math.abs(miss - best.miss) <= 0.5 && b - a > best.b - best.a)) best = { a, b, miss };
          }
      placed.push({ block, a: best.a, b: best.b });
      floor = best.b + 1;
    });
  }

  const out: RawCell[][] = rows.map(() => []);
  const covered = rows.map(() => new Set<number>());
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows.length; r++) {
      if (covered[r]!.has(c)) continue;
      const here = placed.filter((p) => p.block.col === c && p.a === r);
      const b = Math.max(r, ...here.map((p) => p.b));
      for (let k = r + 1; k <= b; k++) covered[k]!.add(c);
      out[r]!.push({
        text: cellText(
          here.flatMap((p) => p.block.runs),
          rights[c]!,
        ),
        rowSpan: b - r + 1,
        colSpan: 1,
        header: false,
      });
    }
  }
  // Text above the first row, its first column empty: the end of a row the page before cut (or a header without
  // a first cell), a row of its own.
  const lead = blocks.filter((b) => rowOf(b) < 0 && b.bottom >= upper(0));
  if (lead.length === 0) return out;
  const cells = Array.from({ length: cols }, (_, c) => lead.filter((b) => b.col === c).flatMap((b) => b.runs));
  return [cells.map((runs, c) => ({ text: cellText(runs, rights[c]!), rowSpan: 1, colSpan: 1, header: false })), ...out];
}
