import { sendsPlanWithRequests } from './notice-requests.js';
import { isBodyTerminator, isTitleLine, type Line, type Piece } from './lines.js';
import { isInterpretationTitle, isReferenceListHeading } from './interpretation.js';
import { markerValue, opensList, readMarker, type NumberMarker, type NumberStyle } from './numbering.js';
import type { TableBlock } from '../source-text.js';
import { splitTableSections } from './table-sections.js';
import { isUnitName } from '../units/unit-name.js';
import { classifyHeading } from './headings.js';
import { isLabelLine, type Roles } from './attribution.js';
import { recordHeadAt } from './record-heads.js';
import { attributionFirst, isHeadingLike, isUnnumberedHeading, stopsMidSentence, TABLE_CAPTION } from './outline-lines.js';

/** A numbered item with the unnumbered lines that follow it and its numbered children. */
export interface OutlineNode {
  marker: NumberMarker;
  head: Line;
  body: Line[];
  children: OutlineNode[];
  parent: OutlineNode | null;
  level: number;
  /** A table follows this heading directly (no body between): the table is its content. */
  tableFollows: boolean;
  /** The unnumbered section heading ("保障措施" on its own line) the item sits under, if any. */
  section: string | null;
  /** Roles given to this item by a sentence after a group of items ("以上(1)—(3)项由X牵头"): see scope-attribution. */
  groupRoles?: Roles;
  /** A time limit given to this item by a line after its group ("以上任务完成时限:…"): see scope-attribution. */
  groupDeadline?: string;
}

/** A table (flattened or real) with the heading it belongs to, if it follows one directly. */
export interface PlacedTable<T> {
  table: T;
  owner: OutlineNode | null;
}

export type OutlinePiece<F> = Piece | { kind: 'flat'; flat: F };

/**
 * Builds the item tree. Nesting comes from the order in which numbering styles first appear
 * (一、 › (一) › 1. …): a style seen before closes the deeper levels, a new style opens a level.
 */
export function buildOutline<F>(pieces: OutlinePiece<F>[]): {
  roots: OutlineNode[];
  tables: PlacedTable<TableBlock>[];
  flats: PlacedTable<F>[];
  /** Roots before this index belong to a covering notice (its numbered requests), not to the plan. */
  noticeRoots: number;
} {
  let previous: string | null = null;
  const lastValue = new Map<NumberStyle, number>();
  let planName: string | null = null;
  let recent = '';
  let section: string | null = null;
  // The numbered item an unnumbered caption sits inside: when that item closes, so does the caption's scope.
  let sectionOwner: OutlineNode | null = null;
  // How many items were open when a goal caption (主要指标) appeared after an item's text: the first item to close one
  // of them decides whether the caption headed a new list (it restarts at 1) or sat inside the item (numbering goes on).
  let captionDepth: number | null = null;
  let noticeRoots = 0;
  // Roots numbered after a notice sentence that sends the plan and announces requests, up to the notice's end.
  let requests: { from: number; to: number | null } | null = null;
  const closeRequests = () => {
    if (requests && requests.to === null && roots.length > requests.from) requests.to = roots.length;
  };
  const roots: OutlineNode[] = [];
  const styles: NumberStyle[] = [];
  const stack: OutlineNode[] = [];
  const tables: PlacedTable<TableBlock>[] = [];
  const flats: PlacedTable<F>[] = [];
  let current: OutlineNode | null = null;
  let afterAttachment = false;

  const ownerForTable = (): OutlineNode | null => {
    // The heading right above the table, or a heading whose short lead-in announces it ("具体安排如下:").
    // A caption line of its own ("附表1", "表2 主要指标") names the table below; it announces it too.
    const announces = (n: OutlineNode) =>
      n.body.length <= 2 &&
      (/(?:[::]|如下)$/.test((n.body[n.body.length - 1] ?? n.head).text) || n.body.every((l) => TABLE_CAPTION.test(l.text.trim())));
    if (current && current.children.length === 0 && (current.body.length === 0 || announces(current))) {
      current.tableFollows = true;
      return current;
    }
    return null;
  };

  for (let pi = 0; pi < pieces.length; pi++) {
    const p = pieces[pi] as OutlinePiece<F>;
    if (p.kind === 'table') {
      for (const table of splitTableSections(p.table)) tables.push({ table, owner: ownerForTable() });
      current = null;
      continue;
    }
    if (p.kind === 'flat') {
      flats.push({ table: p.flat, owner: ownerForTable() });
      current = null;
      continue;
    }
    const line = attributionFirst(p.line);
    // A policy interpretation after the plan's items explains them; it numbers no duties of its own.
    if (roots.length > noticeRoots && (isInterpretationTitle(line.text) || isReferenceListHeading(line.text))) break;
    let marker = readMarker(line.text);
    // "3.35岁及以上…" after item 2 is item 3 on "35岁", not the decimal 3.35; so is "6.30—70岁人群…" on an age range.
    const ageItem = marker ? null : /^(\d{1,2})[.．](?=\d{1,3}(?:\s*[—–\-~～至到]\s*\d{1,3})?\s*周?岁)/.exec(line.text);
    if (ageItem?.[1] && lastValue.get('arabic') === Number(ageItem[1]) - 1)
      marker = { style: 'arabic', number: ageItem[1], length: ageItem[0].length };
    const rest = marker ? line.text.slice(marker.length).trim() : '';
    const before = previous;
    // A PDF line break inside "一、二、三级预防" puts "二、" at a line start: out of sequence after a
    // line that stops mid-sentence, it is text, not a number.
    // Only inside an open item: with none open, a number cannot continue an item's sentence.
    if (marker && current && previous && stopsMidSentence(previous)) {
      const value = markerValue(marker.number);
      const last = lastValue.get(marker.style);
      const listGoesOn = /[、,,]$/.test(previous);
      const newLevel = !styles.includes(marker.style);
      // "一、稳增长,促发展" ⏎ "1.…": a heading with a comma, still without text of its own, opens a list below it
      // (numbered afresh, or going on from the list under the heading before).
      const firstBelowHeading =
        newLevel &&
        (value === 1 || (last !== undefined && value === last + 1)) &&
        current.body.length === 0 &&
        current.head.text === previous &&
        previous.length <= 40 &&
        !/[。;；]/.test(previous);
      if (!firstBelowHeading && (listGoesOn || newLevel || (value !== null && value !== 1 && last !== undefined && value !== last + 1)))
        marker = null;
    }
    previous = line.text;
    if (marker) lastValue.set(marker.style, markerValue(marker.number) ?? 0);
    // After 附件: the attachment list ("1.XX方案" ⏎ "2.XX评价标准") is not an item.
    const attachmentEntry = afterAttachment && rest.length <= 40 && !/[。;;,,]/.test(rest);
    // "1.(1)开展…" cut in two: the bare "1." heads the sub-items that follow it.
    const following = pieces[pi + 1];
    const bareHead = !rest && !!marker && following?.kind === 'line' && opensList(following.line.text, marker.style);
    if (marker && (rest || bareHead) && !attachmentEntry) {
      afterAttachment = false;
      let level = styles.indexOf(marker.style);
      // An excerpt that starts below its headings: a later "三、" or "(二)" is still the outermost level, not one below "6.".
      const missedOuter = level < 0 && (markerValue(marker.number) ?? 0) > 1 && outranks(marker.style, styles[0]);
      if (missedOuter) {
        level = 0;
        styles.length = 0;
        styles.push(marker.style);
      } else if (level < 0) {
        level = styles.length;
        styles.push(marker.style);
      } else {
        styles.length = level + 1;
      }
      stack.length = Math.min(stack.length, level);
      // "一、发展目标" ⏎ "主要指标" (a caption) ⏎ … ⏎ "二、重点任务": the caption belonged to 一、, not to what follows it.
      const continues = captionDepth !== null && stack.length < captionDepth && markerValue(marker.number) !== 1;
      if (captionDepth !== null && stack.length < captionDepth) captionDepth = null;
      if ((sectionOwner && !stack.includes(sectionOwner)) || continues) {
        section = null;
        sectionOwner = null;
        captionDepth = null;
      }
      const parent = stack[stack.length - 1] ?? null;
      const node: OutlineNode = { marker, head: line, body: [], children: [], parent, level: stack.length, tableFollows: false, section };
      (parent ? parent.children : roots).push(node);
      // "第一部分 通知" ⏎ … ⏎ "第二部分 任务": the part named 通知 is the covering notice, whatever it numbers.
      if (!parent && marker.style === 'chapter' && /^(?:印发|转发)?通知$/.test(rest.replace(/\s+/g, ''))) noticeRoots = roots.length;
      stack.push(node);
      current = node;
      continue;
    }
    const next = pieces[pi + 1];
    const signature =
      !marker &&
      next?.kind === 'line' &&
      isBodyTerminator(next.line.text) &&
      line.text.length <= 30 &&
      // "、宜宾广播电视台": a unit list broken before its 、 continues the item; a signature opens its own line.
      !/^\s*[、,,;;]/.test(line.text) &&
      isUnitName(line.text.replace(/\s+/g, ''));
    // "联系人:X" between an item's labelled fields ("牵头单位:…" ⏎ "联系人:…" ⏎ "完成时限:…") is a field, not the closing contact.
    const contactField = current !== null && /^\s*联系(?:人|电话)/.test(line.text) && next?.kind === 'line' && isLabelLine(next.line.text);
    if (signature || (isBodyTerminator(line.text) && !contactField)) {
      closeRequests();
      if (/^附件/.test(line.text)) afterAttachment = true;
      current = null;
      continue;
    }
    const flat = line.text.replace(/[\s“”"《》「」]/g, '');
    if (!marker && !requests && roots.length === noticeRoots && sendsPlanWithRequests(line.text))
      requests = { from: roots.length, to: null };
    if (!planName) {
      // The notice's title may be broken over two or three lines.
      recent = (recent + flat).slice(-120);
      // The notice title may close on its own document number in brackets: "…的通知(某府办〔2024〕12号)".
      const m = /印发(.{4,60}?)的?通知(?:[((][^()()]{0,16}〔\d{4}〕\d{1,4}号[))])?$/.exec(recent);
      if (m?.[1]) planName = m[1];
    } else if (
      roots.length > noticeRoots &&
      isTitleLine(line.text) &&
      (flat.includes(planName) || planName.includes(flat)) &&
      flat.length >= 6
    ) {
      // The plan the notice sends ("印发《X》的通知" … "X"): whatever was numbered before was the notice.
      noticeRoots = roots.length;
    }
    if (isUnnumberedHeading(line.text)) {
      section = line.text.trim();
      sectionOwner = captionOwner(stack);
      captionDepth = !sectionOwner && stack.length && classifyHeading(section) === 'preamble' ? stack.length : null;
      current = null;
      continue;
    }
    if (isTitleLine(line.text)) {
      closeRequests();
      section = null;
      sectionOwner = null;
      captionDepth = null;
      // A new document part (the plan after its covering notice): numbering starts afresh, and the
      // attachment list ("附件:1.…") is over, so "一、工作目标" under the attachment's title is a heading.
      current = null;
      afterAttachment = false;
      styles.length = 0;
      stack.length = 0;
      lastValue.clear();
      continue;
    }
    let record = current && (!before || /[。;;::]$/.test(before) || isHeadingLike(before)) ? recordHeadAt(pieces, pi) : null;
    // Fields followed by the next item of the open list ("(4)…") belong to the item before them. A record with no
    // items of its own is one only after records that had some: else it is the body of the item it follows.
    const closing = record?.closingStyle ? styles.indexOf(record.closingStyle) : -1;
    if (
      record &&
      !record.itemStyle &&
      (!styles.includes('record') || (record.closingStyle && !(closing >= 0 && closing < styles.indexOf('record'))))
    )
      record = null;
    if (record) {
      // A record head opens a level of its own, just above the items it heads.
      let level = styles.indexOf('record');
      if (level < 0) {
        const itemLevel = record.itemStyle ? styles.indexOf(record.itemStyle) : -1;
        level = itemLevel >= 0 ? itemLevel : stack.length;
      }
      styles.length = level;
      styles.push('record');
      stack.length = Math.min(stack.length, level);
      const parent = stack[stack.length - 1] ?? null;
      const marker: NumberMarker = { style: 'record', number: record.number, length: 0 };
      const node: OutlineNode = { marker, head: line, body: [], children: [], parent, level: stack.length, tableFollows: false, section };
      (parent ? parent.children : roots).push(node);
      stack.push(node);
      current = node;
      continue;
    }
    if (current) current.body.push(line);
  }
  // The notice's requests, when the plan it sends is not in the text (or follows under a heading of its own).
  if (requests) noticeRoots = Math.max(noticeRoots, requests.to ?? roots.length);
  return { roots, tables, flats, noticeRoots };
}

/**
 * The numbered item a caption line belongs to: the open item when it is a bare heading still waiting for its content
 * ("一、发展目标" ⏎ "主要指标"), else the parent of the open item (a caption between items is their sibling).
 */
function captionOwner(stack: OutlineNode[]): OutlineNode | null {
  const top = stack[stack.length - 1];
  if (!top) return null;
  if (!top.body.length && !top.children.length && isHeadingLike(top.head.text)) return top;
  return stack[stack.length - 2] ?? null;
}

// The usual nesting of Chinese numbering, outermost first (一、 › (一) › 1. › (1) › ①).
const USUAL_ORDER: NumberStyle[] = [
  'chapter',
  'section',
  'article',
  'cn',
  'pcn',
  'arabic',
  'decimal2',
  'decimal3',
  'parabic',
  'rarabic',
  'circled',
];

/** Whether `style` usually nests above `than` (false when either is not a ranked style). */
function outranks(style: NumberStyle, than: NumberStyle | undefined): boolean {
  const a = USUAL_ORDER.indexOf(style);
  const b = than ? USUAL_ORDER.indexOf(than) : -1;
  return a >= 0 && b >= 0 && a < b;
}

/** Headings above a node, outermost first. */
export function ancestors(node: OutlineNode): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (let p = node.parent; p; p = p.parent) out.unshift(p);
  return out;
}

/** All leaves (items without numbered children), in document order. */
export function leaves(roots: OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (n: OutlineNode) => {
    if (!n.children.length) out.push(n);
    else n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}
