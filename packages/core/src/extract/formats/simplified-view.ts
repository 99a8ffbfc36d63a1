import { Converter } from 'opencc-js/t2cn';
import type { SourceText } from '../source-text.js';

/**
 * Traditional-character copies of mainland documents (mirror sites, Hong Kong/Taiwan reposts) are read through a
 * simplified view of the same length, so every lexicon and grammar written for simplified text applies, and the
 * fields are then given back as written. The conversion is OpenCC's (opencc-js: the standard, maintained
 * dictionaries, rather than a hand-kept character table).
 */
export interface SimplifiedView {
  /** The same document with every character simplified; offsets and lines unchanged. */
  source: SourceText;
  /**
   * A string read from the simplified view, in the characters the document itself uses. A document may be only
   * partly traditional (a simplified page in a traditional site frame, a traditional passage pasted into a
   * simplified plan), so the string is given back as written at the place it was read from: its occurrence
   * inside `near` (a span of the document), else the occurrence closest to it. Without an occurrence, character
   * by character, each as the document most often writes it.
   */
  written(text: string, near?: Near): string;
  /** The offset of the first occurrence of a string of the view, or null. */
  find(text: string): number | null;
}

/** Where a string was read: a span of the document, or an offset. */
export type Near = { start: number; end: number } | number;

// Common characters that exist only in traditional writing: a document using several of them is traditional.
const TRADITIONAL_ONLY = new Uint8Array(0x10000);
for (const c of '這個們為與發會國學實衛務單區縣時間開關進過還對應將當點體電機業員現處導護產環經濟質級勞動療醫藥齊參協區鄉鎮設劃')
  TRADITIONAL_ONLY[c.charCodeAt(0)] = 1;
const PROBE_CHARS = 20_000;
const MIN_HITS = 8;

let converter: ((text: string) => string) | null = null;
const toSimplified = (text: string) => (converter ??= Converter({ from: 't', to: 'cn' }))(text);

/** True when the document's opening is written in traditional characters. */
export function isTraditional(text: string): boolean {
  const n = Math.min(text.length, PROBE_CHARS);
  let hits = 0;
  // Code units, not a global RegExp: this runs over every document read, and most have no hit at all.
  for (let k = 0; k < n; k++) if (TRADITIONAL_ONLY[text.charCodeAt(k)] === 1 && ++hits >= MIN_HITS) return true;
  return false;
}

/** Character by character, so that a phrase rule can never change the length. */
function simplifyKeepingLength(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const s = toSimplified(ch);
    out += s.length === ch.length ? s : ch;
  }
  return out;
}

/** The simplified view of a traditional document, or null for a document already in simplified characters. */
export function simplifiedView(source: SourceText): SimplifiedView | null {
  if (!isTraditional(source.text)) return null;
  const text = simplifyKeepingLength(source.text);
  // For each simplified character that stands for another written one somewhere, the written form it most often
  // stands for in this document (a simplified character can cover several traditional ones: 发 ← 發/髮).
  const changed = new Set<string>();
  for (let i = 0; i < text.length; i++) if (text[i] !== source.text[i]) changed.add(text[i]!);
  const counts = new Map<string, Map<string, number>>();
  for (let i = 0; i < text.length; i++) {
    const s = text[i]!;
    if (!changed.has(s)) continue;
    const byWritten = counts.get(s) ?? new Map<string, number>();
    byWritten.set(source.text[i]!, (byWritten.get(source.text[i]!) ?? 0) + 1);
    counts.set(s, byWritten);
  }
  const back = new Map<string, string>();
  for (const [s, byWritten] of counts) back.set(s, [...byWritten].sort((a, b) => b[1] - a[1])[0]![0]);
  const blocks = source.blocks.map((b) =>
    b.kind === 'para'
      ? { ...b, text: text.slice(b.start, b.end) }
      : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: text.slice(c.start, c.end) })) })) },
  );
  const byCharacter = (s: string) => {
    let out = '';
    for (const ch of s) out += back.get(ch) ?? ch;
    return out;
  };
  return {
    source: { ...source, text, blocks },
    written: (s, near) => {
      if (s === '' || ![...s].some((ch) => back.has(ch))) return s;
      const at = near === undefined ? null : placeOf(text, s, near);
      return at === null ? byCharacter(s) : source.text.slice(at, at + s.length);
    },
    find: (s) => {
      const at = s === '' ? -1 : text.indexOf(s);
      return at === -1 ? null : at;
    },
  };
}

// How far around the place a field was read its occurrence is looked for: the search stays local to the item, so a
// long document with many fields is not searched end to end for each.
const WINDOW = 4000;

/** The offset of `s` in `text` inside `near`, else the closest one to it nearby; null when it does not occur there. */
function placeOf(whole: string, s: string, near: Near): number | null {
  const from = Math.max(0, (typeof near === 'number' ? near : near.start) - WINDOW);
  const text = whole.slice(from, Math.min(whole.length, (typeof near === 'number' ? near : near.end) + WINDOW));
  const start = (typeof near === 'number' ? near : near.start) - from;
  const end = (typeof near === 'number' ? near : near.end) - from;
  const at = closest(text, s, start, end);
  return at === null ? null : at + from;
}

function closest(text: string, s: string, start: number, end: number): number | null {
  const after = text.indexOf(s, start);
  if (after !== -1 && after + s.length <= end) return after;
  const before = text.lastIndexOf(s, start);
  if (after === -1) return before === -1 ? null : before;
  if (before === -1) return after;
  return after - end <= start - before ? after : before;
}
