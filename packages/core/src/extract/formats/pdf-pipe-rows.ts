// Rows of a table typed with `|`, too wide for the page: the piece of a row that wrapped to the next line.

const PIPES = /[|｜]/g;
const pipes = (text: string) => text.match(PIPES)?.length ?? 0;
const closesRow = (text: string) => /[|｜]\s*$/.test(text);

/**
 * A row of a `|` table too wide for the page wrapped right before a column's pipe: the line ran to the margin
 * (a sentence may end there, "…方法。"), and the next line, at the left margin, starts with the pipe. That piece
 * is the rest of the row when the two together hold as many pipes as the closed row above them (the table's
 * width); a piece that only starts a row of its own would not complete such a count.
 */
export function completesPipeRow(above: readonly unknown[], prev: string, next: string): boolean {
  if (!/^\s*[|｜]/.test(next) || closesRow(prev)) return false;
  for (let i = above.length - 1; i >= 0 && i >= above.length - 4; i--) {
    const row = above[i];
    if (typeof row !== 'string') return false;
    if (closesRow(row) && pipes(row) >= 2) return pipes(prev) + pipes(next) === pipes(row);
  }
  return false;
}
