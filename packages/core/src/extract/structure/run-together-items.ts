import type { Line, Piece } from './lines.js';
import { markerValue, readMarker } from './numbering.js';

/**
 * Page excerpts as a crawler stores them join paragraphs with a space: "…(X牵头,Y配合) (二)推进…" or
 * "…如期完成。 三、重大疾病防治行动". A heading marker (一、 / (一)) right after a closed clause and a space opens
 * an item of its own, so the line is cut there and each part keeps its own source offsets.
 */
const BREAK = /[。;;!!))][ \u3000\u00a0]+(?=[((]?[一二三四五六七八九十]{1,3}[、))])/g;

const FIRST_ITEM_STYLES = new Set(['arabic', 'parabic', 'rarabic', 'circled']);

/**
 * A heading whose first item follows on its line: "(一)做好复审迎检。1.组织…" (a short title closed by 。) or
 * "1.(1)开展…" (a marker with no text before its first sub-item). Returns where the item starts, or null.
 */
function headingThenFirstItem(text: string): number | null {
  const outer = readMarker(text);
  if (!outer) return null;
  let at = outer.length;
  if (outer.style === 'cn' || outer.style === 'pcn') {
    const stop = text.indexOf('。', at);
    if (stop < 0 || stop - at > 30 || /[,,;;]/.test(text.slice(at, stop))) return null;
    at = stop + 1;
  } else if (outer.style !== 'arabic') return null;
  const inner = readMarker(text.slice(at));
  if (!inner || inner.style === outer.style || !FIRST_ITEM_STYLES.has(inner.style) || markerValue(inner.number) !== 1) return null;
  // A marker right after another must open text of its own: "1.(1)" alone is no item.
  return text.length - at > inner.length + 4 ? at : null;
}

// Not 一、: a whole plan run into one line ("一、主要目标…。二、重点任务…") is no list of duties to cut.
const SEQUENCE_STYLES = new Set(['pcn', 'arabic']);
const CLOSED = /[。;;](?=[((]?[一二三四五六七八九十\d])/g;

/**
 * "(二)将…纳入考核。(三)各责任单位于…报送…": the next number of the line's own list, right after a closed
 * sentence, opens the next item even without a space. Returns where each such item starts.
 */
function nextInSequence(text: string): number[] {
  const own = readMarker(text);
  if (!own || !SEQUENCE_STYLES.has(own.style)) return [];
  let value = markerValue(own.number);
  // "1.要完成以下工作:1.…;2.…": a list of its own after a colon, numbered afresh; its numbers are not the line's.
  if (value === null || (own.style === 'arabic' ? /[::]\s*1[、.．](?!\d)/ : /[::]\s*[((]一[))]/).test(text)) return [];
  const out: number[] = [];
  for (const m of text.matchAll(CLOSED)) {
    const at = (m.index ?? 0) + 1;
    const next = readMarker(text.slice(at));
    if (next?.style !== own.style || markerValue(next.number) !== value + 1) continue;
    out.push(at);
    value++;
  }
  return out;
}

/** The line cut into its run-together items (or the line itself when there are none). */
export function splitRunTogether(line: Line): Line[] {
  const cuts: number[] = [];
  for (const m of line.text.matchAll(BREAK)) {
    const at = (m.index ?? 0) + m[0].length;
    const marker = readMarker(line.text.slice(at));
    if (marker && (marker.style === 'cn' || marker.style === 'pcn')) cuts.push(at);
  }
  for (const at of nextInSequence(line.text)) if (!cuts.includes(at)) cuts.push(at);
  cuts.sort((a, b) => a - b);
  const head = headingThenFirstItem(line.text);
  if (head !== null && !cuts.includes(head)) cuts.unshift(head);
  if (!cuts.length) return [line];
  const out: Line[] = [];
  let from = 0;
  for (const to of [...cuts, line.text.length]) {
    const text = line.text.slice(from, to).trimEnd();
    if (text) out.push({ text, start: line.start + from, end: line.start + from + text.length, line: line.line });
    from = to;
  }
  return out;
}

/** The pieces with every line cut into its run-together items. */
export function splitRunTogetherPieces(pieces: Piece[]): Piece[] {
  return pieces.flatMap((p): Piece[] => (p.kind === 'line' ? splitRunTogether(p.line).map((line) => ({ kind: 'line', line })) : [p]));
}
