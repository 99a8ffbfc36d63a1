import { toHalfWidth } from '../dates/calendar.js';
import type { SourceText } from '../source-text.js';
import { decorationLength, isSharingSiteNote, strayCellCloser } from '../line-noise.js';
import { dropUploadStamps } from './upload-stamp.js';

/** A non-empty line of the document as meta extraction sees it. */
export interface MetaLine {
  /** Index among the non-empty lines. */
  index: number;
  /** The line as written, trimmed. */
  raw: string;
  /** Half-width, trimmed, for matching (same length as `raw`). */
  half: string;
  /** Half-width with all whitespace removed, for comparing titles and names. */
  compact: string;
}

/** The document's non-empty lines (table rows as their tab-joined text). */
export function metaLines(source: SourceText): MetaLine[] {
  const out: MetaLine[] = [];
  let start = 0;
  const text = source.text;
  const closer = strayCellCloser(text.split('\n'));
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let raw = text.slice(start, end).trim();
    if (closer && raw.endsWith(closer)) raw = raw.slice(0, -1).trimEnd();
    raw = raw.slice(decorationLength(raw));
    if (raw !== '' && !isSharingSiteNote(raw)) {
      const half = toHalfWidth(raw);
      out.push({ index: out.length, raw, half, compact: compact(half) });
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return dropUploadStamps(out);
}

/** Half-width with whitespace removed. */
export function compact(text: string): string {
  return toHalfWidth(text).replace(/[\s\u00a0]+/g, '');
}
