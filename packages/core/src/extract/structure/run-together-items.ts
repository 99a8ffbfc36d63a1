import type { Line, Piece } from './lines.js';
import { markerValue, readMarker, type NumberMarker, type NumberStyle } from './numbering.js';

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

const PLAN_HEADING = /(?:^|[。;；!！?？::))][ \u3000\u00a0]*|[ \u3000\u00a0]+)(?=[一二三四五六七八九十]{1,3}[、])/g;

/**
 * A whole plan run into one paragraph (a document site's preview): "…制定本方案。一、目标…。二、任务(一)…。1.…".
 * Its 一、 headings, at the start or after a closed sentence or a space, are where it is cut when their numbers run
 * in sequence (一、 … 二、, or three on from a later number when the excerpt starts past 一、).
 */
function planHeadingCuts(text: string): number[] {
  if (text.length < 120) return [];
  const chain: number[] = [];
  let value = 0;
  for (const m of text.matchAll(PLAN_HEADING)) {
    const at = (m.index ?? 0) + m[0].length;
    const marker = readMarker(text.slice(at));
    const v = marker?.style === 'cn' ? markerValue(marker.number) : null;
    if (v === null) continue;
    if (chain.length && v === value + 1) chain.push(at);
    else if (!chain.length || (chain.length === 1 && v === 1)) chain.splice(0, chain.length, at);
    else continue;
    value = v;
  }
  if (chain.length === 1 && value === 1 && chain[0] !== undefined && PREAMBLE_CLOSE.test(text.slice(0, chain[0]))) return chain;
  return chain.length >= (value - chain.length + 1 === 1 ? 2 : 3) ? chain.filter((at) => at > 0) : [];
}

// "…制定本方案。一、行动目标…": a preamble closing on the plan itself, so a lone 一、 after it opens the plan.
const PREAMBLE_CLOSE = /(?:制定|制订)本[\p{Script=Han}]{0,4}(?:方案|计划|规划|意见|办法)。[ \u3000\u00a0]*$/u;

// A section name glued to its paragraph: "一、指导思想坚持…", "二、重点任务各乡镇要…".
const SECTION_LABEL =
  /^(?:[一二三四五六七八九十]{1,3}、)(?:指导思想|基本原则|工作原则|总体要求|总体目标|主要目标|工作目标|行动目标|具体目标|发展目标|工作内容|重点任务|主要任务|工作任务|工作措施|主要措施|重点工作|保障措施|工作要求|组织领导|实施步骤|活动主题|活动时间|\p{Script=Han}{2}目标(?=到|通过|力争))(?![及和与、的之])(?=\p{Script=Han})/u;

/** The line cut at the given offsets, each part trimmed and keeping its own source offsets. */
function cutAt(line: Line, cuts: number[]): Line[] {
  const out: Line[] = [];
  let from = 0;
  for (const to of [...cuts, line.text.length]) {
    const text = line.text.slice(from, to).trimEnd();
    if (text) out.push({ text, start: line.start + from, end: line.start + from + text.length, line: line.line });
    from = to;
  }
  return out;
}

// Where an item of a run-together paragraph can start: after a closed sentence or bracket, or after a space.
const BOUNDARY = /[。;；!！?？::))][ \u3000\u00a0]*|[ \u3000\u00a0]+/g;
const SUB_STYLE: Partial<Record<NumberStyle, NumberStyle>> = { cn: 'pcn', pcn: 'arabic' };

/**
 * Where the items of `style` start in a part of a plan paragraph: each at a boundary, numbered on from the one before
 * (two at least, or a lone first one); `first` is where the first may start without one (right after its heading's title).
 */
function chainCuts(text: string, style: NumberStyle, first: number | null): number[] {
  const at = [...text.matchAll(BOUNDARY)].map((m) => (m.index ?? 0) + m[0].length);
  if (first !== null) at.push(first);
  const chain: number[] = [];
  let value = 0;
  for (const pos of [...new Set(at)].sort((a, b) => a - b)) {
    const marker = pos < text.length ? readMarker(text.slice(pos)) : null;
    const v = marker?.style === style ? markerValue(marker.number) : null;
    if (v === null) continue;
    if (chain.length && v === value + 1) chain.push(pos);
    else if (chain.length < 2) chain.splice(0, chain.length, pos);
    else continue;
    value = v;
  }
  return chain.length >= 2 || (chain.length === 1 && (chain[0] === first || value === 1)) ? chain : [];
}

/** A heading's short title glued to its first sub-item: "三、工作内容(一)…", "(二)提升能力4.实施…". */
function gluedTitleEnd(text: string, own: NumberMarker, sub: NumberStyle): number | null {
  const m = (
    sub === 'pcn' ? /^\p{Script=Han}{2,15}(?=[((][一二三四五六七八九十]{1,3}[))])/u : /^\p{Script=Han}{2,15}(?=\d{1,2}[、.．])/u
  ).exec(text.slice(own.length));
  if (!m) return null;
  const at = own.length + m[0].length;
  return readMarker(text.slice(at))?.style === sub ? at : null;
}

/** A part of a plan paragraph cut into its heading, its sub-items and theirs, down to 1. items. */
function splitPlanPart(line: Line): Line[] {
  const trimmed = line.text.trimStart();
  const lead = line.text.length - trimmed.length;
  const part = lead ? { ...line, text: trimmed, start: line.start + lead } : line;
  const own = readMarker(part.text);
  const sub = own && SUB_STYLE[own.style];
  if (!own || !sub) return splitOnce(part);
  const label = own.style === 'cn' ? SECTION_LABEL.exec(part.text) : null;
  const head = label ? label[0].length : gluedTitleEnd(part.text, own, sub);
  const cuts = chainCuts(part.text, sub, head);
  if (head !== null && !cuts.includes(head)) cuts.unshift(head);
  if (!cuts.length) return splitOnce(part);
  const [first, ...rest] = cutAt(part, cuts);
  return [...(first ? splitOnce(first) : []), ...rest.flatMap(splitPlanPart)];
}

/** The line cut into its run-together items (or the line itself when there are none). */
export function splitRunTogether(line: Line): Line[] {
  const plan = planHeadingCuts(line.text);
  if (plan.length) return cutAt(line, plan).flatMap(splitPlanPart);
  return splitOnce(line);
}

function splitOnce(line: Line): Line[] {
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
  return cutAt(line, cuts);
}

/** The pieces with every line cut into its run-together items. */
export function splitRunTogetherPieces(pieces: Piece[]): Piece[] {
  return pieces.flatMap((p): Piece[] => (p.kind === 'line' ? splitRunTogether(p.line).map((line) => ({ kind: 'line', line })) : [p]));
}
