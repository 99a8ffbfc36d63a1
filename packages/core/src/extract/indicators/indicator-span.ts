import type { ExtractedIndicator, SourceSpan } from '../plan-schema.js';

/**
 * Places an indicator's clause in the document when the text it was read from is a cleaned copy of the
 * source (an item marker dropped, blank lines joined): the span is searched near where it was expected,
 * exactly first, then ignoring whitespace.
 */

const WS = /\s/;
/** How far from the expected place a clause is looked for, and how much of it must agree when whitespace is ignored. */
const REACH = 400;
const LOOSE_PREFIX = 40;

/** Where `needle` occurs in `hay` within [from, to), ignoring whitespace on both sides; null if nowhere. */
function findLoose(hay: string, needle: string, from: number, to: number): { start: number; end: number } | null {
  const want = needle.replace(/\s+/g, '').slice(0, LOOSE_PREFIX);
  if (want === '') return null;
  const full = needle.replace(/\s+/g, '');
  for (let p = Math.max(0, from); p < Math.min(hay.length, to); p++) {
    if (hay[p] !== want[0]) continue;
    let i = p;
    let k = 0;
    while (i < hay.length && k < full.length) {
      const ch = hay[i] ?? '';
      if (WS.test(ch)) {
        i++;
        continue;
      }
      if (ch !== full[k]) break;
      i++;
      k++;
    }
    if (k === full.length) return { start: p, end: i };
  }
  return null;
}

/**
 * Re-anchors spans to `sourceText` in order. `expected` spans were computed as offsets of the clause in the
 * cleaned text plus its start; each is kept when the source agrees, else moved to where the clause really is.
 */
export class SpanLocator {
  private drift = 0;
  private looseBudget = 200;

  constructor(private readonly sourceText: string) {}

  /** The span of `clause` in the source, near `expected`. */
  locate(clause: string, expected: SourceSpan, lineOf: (offset: number) => number): SourceSpan {
    const src = this.sourceText;
    const guess = expected.start + this.drift;
    if (src.startsWith(clause, guess)) return this.found(guess, guess + clause.length, expected, lineOf);
    // Search a bounded window only, so a clause that is nowhere near costs little.
    const lo = Math.max(0, guess - REACH);
    const rel = src.slice(lo, guess + REACH + clause.length).indexOf(clause);
    if (rel >= 0) return this.found(lo + rel, lo + rel + clause.length, expected, lineOf);
    if (this.looseBudget > 0) {
      this.looseBudget--;
      const loose = findLoose(src, clause, guess - REACH, guess + REACH);
      if (loose) return this.found(loose.start, loose.end, expected, lineOf);
    }
    return expected;
  }

  private found(start: number, end: number, expected: SourceSpan, lineOf: (offset: number) => number): SourceSpan {
    this.drift = start - expected.start;
    return { start, end, line: start === expected.start ? expected.line : lineOf(start) };
  }
}

/** Moves each span to where its clause is in the document (see IndicatorContext.sourceText). */
export function relocate(out: ExtractedIndicator[], sourceText: string, start: number, length: number, line: number): void {
  const from = Math.max(0, start - 400);
  const to = Math.min(sourceText.length, start + 2 * length + 400);
  const breaks: number[] = [];
  for (let k = sourceText.indexOf('\n', from); k >= 0 && k < to; k = sourceText.indexOf('\n', k + 1)) breaks.push(k);
  const before = (offset: number) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const base = before(start);
  const lineOf = (offset: number) => Math.max(1, line + before(offset) - base);
  const locator = new SpanLocator(sourceText);
  for (const ind of out) ind.source = locator.locate(ind.text, ind.source, lineOf);
}
