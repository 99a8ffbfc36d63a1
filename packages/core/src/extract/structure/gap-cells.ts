/**
 * Empty cells of a row typed with runs of spaces between its cells, not aligned under its header: when the writer
 * used one run length between cells (three spaces), a run two or three times as long stands for cells left empty
 * ("市工信局      持续推进": the 责任单位 cell between them is empty).
 *
 * Returns the pieces with `null` for each empty cell, as many as the row lacks at most; the pieces as they are
 * when the row is full or its runs are uneven.
 */
export function withEmptyCells<T extends { gap: number }>(pieces: T[], width: number): (T | null)[] {
  const missing = width - pieces.length;
  const gaps = pieces.slice(1).map((p) => p.gap);
  if (missing <= 0 || gaps.length < 2) return pieces;
  const unit = Math.min(...gaps);
  if (unit < 2) return pieces;
  // The usual run must be the writer's separator: most gaps are exactly it.
  if (gaps.filter((g) => g === unit).length < gaps.length / 2) return pieces;
  const out: (T | null)[] = [pieces[0]!];
  let left = missing;
  for (const p of pieces.slice(1)) {
    const extra = p.gap % unit === 0 ? p.gap / unit - 1 : 0;
    for (let k = 0; k < extra && left > 0; k++, left--) out.push(null);
    out.push(p);
  }
  return out;
}
