// How far apart a PDF's lines are set: the line pitch that tells a wrapped line from a new paragraph.

/** A line of a page with its place (y up), or a table block (no line). */
export type SpacedBlock = { line: { page: number; y: number } } | { table: unknown };

/** A spacing seen this many times at least is a document's own, not a chance one. */
const RECURRING = 3;

/**
 * The distance between the wrapped lines of a paragraph (0 when there is none): the most common distance
 * between consecutive lines of a page, or a clearly smaller one that recurs, at least a line's height (a page
 * of one-line paragraphs set apart by paragraph spacing, its few wrapped lines closer together).
 */
export function usualSpacing(blocks: readonly SpacedBlock[], bodySize: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const a = blocks[i - 1];
    const b = blocks[i];
    if (a && b && 'line' in a && 'line' in b && a.line.page === b.line.page && a.line.y > b.line.y) gaps.push(a.line.y - b.line.y);
  }
  const most = mostCommon(gaps);
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(Math.round(g), (counts.get(Math.round(g)) ?? 0) + 1);
  const closer = [...counts]
    .filter(([g, n]) => n >= RECURRING && g >= bodySize && g * 1.5 < most)
    .sort((p, q) => q[1] - p[1] || p[0] - q[0])[0];
  return closer?.[0] ?? most;
}

/** The most common value (rounded to whole units; the smallest on a tie), 0 for none. */
export function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [gap, n] of counts) if (n > most || (n === most && gap < best)) [best, most] = [gap, n];
  return best;
}
