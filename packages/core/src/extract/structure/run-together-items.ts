import type { Line, Piece } from './lines.js';
import { readMarker } from './numbering.js';

/**
 * Page excerpts as a crawler stores them join paragraphs with a space: "…(X牵头,Y配合) (二)推进…" or
 * "…如期完成。 三、重大疾病防治行动". A heading marker (一、 / (一)) right after a closed clause and a space opens
 * an item of its own, so the line is cut there and each part keeps its own source offsets.
 */
const BREAK = /[。;;!!))][ \u3000\u00a0]+(?=[((]?[一二三四五六七八九十]{1,3}[、))])/g;

/** The line cut into its run-together items (or the line itself when there are none). */
export function splitRunTogether(line: Line): Line[] {
  const cuts: number[] = [];
  for (const m of line.text.matchAll(BREAK)) {
    const at = (m.index ?? 0) + m[0].length;
    const marker = readMarker(line.text.slice(at));
    if (marker && (marker.style === 'cn' || marker.style === 'pcn')) cuts.push(at);
  }
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
