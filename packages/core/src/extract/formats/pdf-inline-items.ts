import { toHalfWidth } from '../dates/calendar.js';

const NUMERALS = '一二三四五六七八九十';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The number of an item marker ("(3)", "(三)", "③") at the start of a text, or null. */
function markerAt(text: string): { n: number; kind: string } | null {
  const circled = CIRCLED.indexOf(text[0] ?? '');
  if (circled >= 0) return { n: circled + 1, kind: 'circled' };
  const m = /^\((\d{1,2}|[一二三四五六七八九十])\)/.exec(text);
  if (!m?.[1]) return null;
  const arabic = /\d/.test(m[1]);
  return { n: arabic ? Number(m[1]) : NUMERALS.indexOf(m[1]) + 1, kind: arabic ? 'arabic' : 'chinese' };
}

/** The marker for item n of a kind, as written in half-width text. */
function marker(n: number, kind: string): string {
  if (kind === 'circled') return CIRCLED[n - 1] ?? '';
  return `(${kind === 'arabic' ? String(n) : (NUMERALS[n - 1] ?? '')})`;
}

/**
 * A paragraph that enumerates its items inline ("…。(1)改造…;(2)完成…;") wrapped at the margin just before
 * the next one: the line starting with item k runs on the paragraph when item k − 1 is in it, not at its start
 * (a list with one item a line starts each line with its marker, and stays apart).
 */
export function continuesInlineItems(paragraph: string, next: string): boolean {
  const m = markerAt(toHalfWidth(next.trim()));
  if (!m || m.n < 2) return false;
  const text = toHalfWidth(paragraph.trim());
  const before = text.lastIndexOf(marker(m.n - 1, m.kind));
  return before > 0 && !text.includes(marker(m.n, m.kind), before);
}
