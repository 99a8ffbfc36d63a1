import type { Positioned } from './pdf-geometry.js';

/** A horizontal stretch of a line's text without a word gap: runs closer than WORD_GAP em. */
export interface Segment {
  x: number;
  right: number;
  runs: Positioned[];
}

/** A text line of the page with its segments. */
export interface TextLine {
  y: number;
  size: number;
  runs: Positioned[];
  segments: Segment[];
}

/** An x-interval no segment of a region crosses: the room between two columns. */
export interface Gutter {
  a: number;
  b: number;
}

/** Runs further apart than this (in em) are separate segments. */
const WORD_GAP = 0.3;
/**
 * Chinese text is set solid: two runs of it further apart than this (in em) are separate segments, whatever
 * WORD_GAP allows (a cell filled to its edge leaves only its padding before the next column's text).
 */
const HAN_GAP = 0.2;
const HAN_END = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef,;:]$/;
const HAN_START = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/**
 * Between Chinese and a number a layout engine sets a fixed space of a fifth of an em (its autospace); a gap
 * wider than that between them is room between two cells, however narrow the padding. (Not so next to other
 * signs: a typed space there, a quarter of an em, is no wider than such room.)
 */
const MIXED_GAP = 0.22;
/** A gutter narrower than this (PDF units) is not room between columns. */
export const MIN_GUTTER = 2.5;

/** A line of runs with its segments: runs closer than a word gap (narrower between Chinese) join. */
export function textLine(runs: Positioned[]): TextLine {
  const words = runs.filter((r) => r.text.trim() !== '');
  const size = Math.max(...runs.map((r) => r.size));
  const segments: Segment[] = [];
  for (const run of words) {
    const last = segments[segments.length - 1];
    const lastText = last?.runs[last.runs.length - 1]!.text ?? '';
    const hanEnd = HAN_END.test(lastText);
    const hanStart = HAN_START.test(run.text);
    const mixed = (hanEnd && /^\d/.test(run.text)) || (hanStart && /\d$/.test(lastText));
    const gap = hanEnd && hanStart ? HAN_GAP : mixed ? MIXED_GAP : WORD_GAP;
    if (last && run.x - last.right < size * gap) {
      last.right = Math.max(last.right, run.right);
      last.runs.push(run);
    } else segments.push({ x: run.x, right: run.right, runs: [run] });
  }
  return { y: runs[0]?.y ?? 0, size, runs, segments };
}

/** The gutters left open once a line's segments are laid over them. */
export function narrow(gutters: Gutter[], segments: Segment[]): Gutter[] {
  let out = gutters;
  for (const s of segments) {
    out = out.flatMap((g) => {
      if (s.right <= g.a || s.x >= g.b) return [g];
      const parts: Gutter[] = [];
      if (s.x - g.a >= MIN_GUTTER) parts.push({ a: g.a, b: s.x });
      if (g.b - s.right >= MIN_GUTTER) parts.push({ a: s.right, b: g.b });
      // A segment inside a gutter leaves its wider side as the gutter.
      return parts.length === 2 ? [parts[0]!.b - parts[0]!.a >= parts[1]!.b - parts[1]!.a ? parts[0]! : parts[1]!] : parts;
    });
  }
  return out;
}

/** The x-intervals between the lines' segments that no segment crosses. */
export function openRoom(lines: TextLine[]): Gutter[] {
  const spans = lines.flatMap((l) => l.segments).sort((p, q) => p.x - q.x);
  const out: Gutter[] = [];
  let reach = spans[0]?.right ?? 0;
  for (const s of spans.slice(1)) {
    if (s.x - reach >= MIN_GUTTER) out.push({ a: reach, b: s.x });
    reach = Math.max(reach, s.right);
  }
  return out;
}
