// How far apart a PDF's lines are set: the line pitch that tells a wrapped line from a new paragraph.

/** A line of a page with its place (y up), or a table block (no line). */
export type SpacedBlock = { line: { page: number; y: number } } | { table: unknown };

/** The most common distance between consecutive lines of a page (0 when there is none). */
export function usualSpacing(blocks: readonly SpacedBlock[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const a = blocks[i - 1];
    const b = blocks[i];
    if (a && b && 'line' in a && 'line' in b && a.line.page === b.line.page && a.line.y > b.line.y) gaps.push(a.line.y - b.line.y);
  }
  return mostCommon(gaps);
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
