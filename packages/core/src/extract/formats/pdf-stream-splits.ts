import type { Segment, TextLine } from './pdf-stream-lines.js';

/** Between two runs split at a column's edge there is at least this much room (em): a cell's padding. */
const MIN_SPLIT_GAP = 0.15;
/** A run starts at a column's edge when it starts this close (PDF units) to where other lines' cells start. */
const EDGE_SLACK = 0.75;
/** Lines further apart than this (em) do not tell each other's column edges. */
const NEAR_LINES = 8;
/** So many other lines near it must start a cell at an x for it to be a column's edge. */
const MIN_EDGE_LINES = 2;

/**
 * Splits segments at column edges: in a tight table a cell's padding is narrower than a word gap, so a cell
 * filled to its edge (a label, a long value) joins the next column's text into one segment. A run inside a
 * segment, after a gap of a cell's padding, that starts where cells of at least two lines nearby start, starts
 * a segment of its own. Text set solid (Chinese without gaps) is never split.
 */
export function splitAtColumnEdges(lines: TextLine[]): TextLine[] {
  return lines.map((line, i) => {
    if (!line.segments.some((s) => s.runs.length > 1)) return line;
    const near = lines.filter((l, j) => j !== i && Math.abs(l.y - line.y) <= NEAR_LINES * line.size);
    const isEdge = (x: number) => near.filter((l) => l.segments.some((s) => Math.abs(s.x - x) <= EDGE_SLACK)).length >= MIN_EDGE_LINES;
    let split = false;
    const segments = line.segments.flatMap((s) => {
      const parts: Segment[] = [];
      let open: Segment = { x: s.x, right: s.runs[0]!.right, runs: [s.runs[0]!] };
      for (const run of s.runs.slice(1)) {
        if (run.text.trim() !== '' && run.x - open.right >= MIN_SPLIT_GAP * line.size && isEdge(run.x)) {
          parts.push(open);
          open = { x: run.x, right: run.right, runs: [run] };
          split = true;
        } else {
          open.right = Math.max(open.right, run.right);
          open.runs.push(run);
        }
      }
      parts.push(open);
      return parts;
    });
    return split ? { ...line, segments } : line;
  });
}
