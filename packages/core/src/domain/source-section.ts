// The heading a span of a plan's source sits under, so an office can act on a section at once (assign the
// owner of every indicator of "（三）合理膳食行动" in one step) without the extractor storing a section per item.
import { classifyHeading, headingCore } from '../extract/structure/headings.js';
import { readMarker, type NumberStyle } from '../extract/structure/numbering.js';

const HEADING_STYLES = new Set<NumberStyle>(['chapter', 'section', 'cn', 'pcn']);
const MAX_HEADING = 40;
/** How far back to look: a heading further away than this is not the one a reader would name. */
const MAX_LINES_BACK = 400;

/** The heading a line states, as it should be shown ("（一）实施健康知识普及行动"), or null when it is not one. */
export function headingOfLine(raw: string): string | null {
  const line = raw.trim();
  if (!line) return null;
  const marker = readMarker(line);
  if (marker && HEADING_STYLES.has(marker.style)) {
    const core = headingCore(line.slice(marker.length));
    return core ? clip(line.slice(0, marker.length).trim() + core) : null;
  }
  // Unnumbered section heads ("主要目标", "保障措施") are short lines without sentence punctuation.
  if (!marker && line.length <= 16 && !/[。，,;；]/.test(line) && classifyHeading(line) !== null) return clip(headingCore(line));
  return null;
}

function clip(s: string): string {
  return s.length > MAX_HEADING ? `${s.slice(0, MAX_HEADING - 1)}…` : s;
}

/**
 * The nearest heading at or before `offset` in `text` (the line holding `offset` counts: an item such as
 * "（一）实施控烟行动。到2025年…" heads its own indicators), or null when none is found.
 */
export function sectionAt(text: string, offset: number): string | null {
  let end = Math.min(Math.max(offset, 0), text.length);
  const lineEnd = text.indexOf('\n', end);
  end = lineEnd < 0 ? text.length : lineEnd;
  for (let seen = 0; seen < MAX_LINES_BACK && end > 0; seen++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const heading = headingOfLine(text.slice(start, end));
    if (heading) return heading;
    end = start - 1;
  }
  return null;
}
