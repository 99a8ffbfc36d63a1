import { toHalfWidth } from '../dates/calendar.js';
import { appendTableRows, tableContinuation } from './pdf-table-pages.js';
import { reconsiderFlushJoins, reindentLostLeads } from './pdf-flush-joins.js';
import { continuesInlineItems } from './pdf-inline-items.js';
import { completesPipeRow } from './pdf-pipe-rows.js';
import { isSubHeaderRow } from './pdf-sub-header.js';
import { realignGapJoins, realignTabJoins, type GapJoin, type TabJoin } from './pdf-wrapped-columns.js';
import type { RawCell } from './source-builder.js';

/** A line of text as laid out on a PDF page. */
export interface PdfLine {
  text: string;
  /** 1-based page number. */
  page: number;
  /** The line runs to the right margin (so a sentence may continue on the next line). */
  full: boolean;
  /** A paragraph starts here: a wider gap above than between lines, or a first-line indent. */
  breakBefore?: boolean;
  /** The line stops more than a character short of the right margin (it broke at a gap, not inside a word). */
  endsShort?: boolean;
  /** Spaces or tabs to keep before the line: its indent within rows of columns set apart by spaces or tabs. */
  indent?: string;
  /** On a page laid out on tab stops, the stops between the line's end and the right margin. */
  stopsToMargin?: number;
}

/** A ruled table as rebuilt from a page (see findTables), with its column boundaries. */
export interface PdfTableBlock {
  page: number;
  xs: number[];
  rows: RawCell[][];
}

export type PdfBlock = PdfLine | PdfTableBlock;

const isTable = (b: PdfBlock): b is PdfTableBlock => 'rows' in b;

// Page numbers that say what they are (—1—, -3-, 第 3 页, 3/12); a bare number only when set apart.
const PAGE_NUMBER =
  /^\s*(?:[—–\-－─]+\s*\d{1,4}\s*[—–\-－─]+|第\s*\d{1,4}\s*页(?:\s*[,,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[-—]?\s*[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\s*[-—]?)\s*$/;
const BARE_NUMBER = /^\s*\d{1,4}\s*$/;
const ITEM_START =
  /^\s*(?:第[一二三四五六七八九十百零]+[章节条部分]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|[①-⑳]|附件|附表)/;

/**
 * Turns the lines of a PDF into the lines of a document (see cleanPdfBlocks); for a PDF without tables.
 */
export function cleanPdfLines(lines: PdfLine[]): string[] {
  return cleanPdfBlocks(lines).filter((b): b is string => typeof b === 'string');
}

/**
 * Turns the lines and tables of a PDF into the lines and tables of a document: page numbers at a page's top
 * or bottom (—1—, -3-, 第 3 页; a bare number only when set apart from the text) and running headers/footers
 * repeated on most pages are dropped; a line that runs to the margin is joined with the next one unless that
 * one starts a paragraph, a numbered item or a heading. A line that ends short of the margin is never joined,
 * so a table flattened one cell per line stays one cell per line. A row of columns joined at a column gap is
 * lined up again with the rows around it (realignGapJoins). A table cut by a page break is joined
 * again (its header row repeated on the new page dropped, a row split by the break put back together).
 */
export function cleanPdfBlocks(blocks: PdfBlock[]): (string | RawCell[][])[] {
  const lines = blocks.filter((b): b is PdfLine => !isTable(b));
  const furniture = runningFurniture(lines);
  const edges = pageEdges(lines);
  const dropped = new Set<PdfLine>();
  lines.forEach((l, i) => {
    const text = toHalfWidth(l.text);
    if (l.text.trim() === '' || furniture.has(key(l.text))) dropped.add(l);
    else if (edges.has(l) && PAGE_NUMBER.test(text)) dropped.add(l);
    else if (edges.has(l) && BARE_NUMBER.test(text) && setApart(lines, i)) dropped.add(l);
  });
  const out: (string | RawCell[][])[] = [];
  const joins: GapJoin[] = [];
  // Joins without a gap of a row of columns filled to the margin, with cells after the join: maybe at a gap.
  const flush: GapJoin[] = [];
  // Rows of columns after a gap, at the left margin: maybe a cell's continuation whose leading spaces wrapped.
  const lostLeads: number[] = [];
  const tabJoins: TabJoin[] = [];
  let joinNext = false;
  let lastTable: PdfTableBlock | null = null;
  let lastLine: PdfLine | null = null;
  for (const block of blocks) {
    if (isTable(block)) {
      const part = lastTable && out[out.length - 1] === lastTable.rows ? tableContinuation(lastTable, block) : null;
      if (lastTable && part) appendTableRows(lastTable, part);
      else {
        lastTable = { ...block, rows: [...block.rows] };
        out.push(lastTable.rows);
      }
      joinNext = false;
      continue;
    }
    if (dropped.has(block)) continue;
    const text = block.text.trim();
    const prev = out[out.length - 1];
    if (
      joinNext &&
      typeof prev === 'string' &&
      !block.breakBefore &&
      !(isTabWrap(prev, block.indent) && isSubHeaderRow(prev, text)) &&
      (!ITEM_START.test(toHalfWidth(text)) || continuesInlineItems(prev, text)) &&
      (runsOn(prev, block) || completesPipeRow(out.slice(0, -1), prev, text))
    ) {
      const gap = glue(prev, text, lastLine, block.indent);
      if (gap === '  ') joins.push({ index: out.length - 1, at: prev.length + gap.length });
      else if (gap === '' && / {2}/.test(prev) && !/[\tA-Za-z0-9]/.test(prev.slice(-1)) && !prev.includes('\t') && / {2}/.test(text))
        flush.push({ index: out.length - 1, at: prev.length });
      if (isTabWrap(prev, block.indent) && lastLine?.stopsToMargin)
        tabJoins.push({ index: out.length - 1, at: prev.length, extra: lastLine.stopsToMargin });
      out[out.length - 1] = prev + gap + text;
    } else {
      if (block.breakBefore && !block.indent && / {2}/.test(text) && !text.includes('\t')) lostLeads.push(out.length);
      out.push((block.indent ?? '') + text);
    }
    lastLine = block;
    joinNext = block.full;
  }
  reconsiderFlushJoins(out, flush, joins);
  realignGapJoins(out, joins);
  realignTabJoins(out, tabJoins);
  reindentLostLeads(out, lostLeads);
  return out;
}

/** A single space between two Chinese characters: cells of a row typed with single spaces. */
const SPACED_CELLS = /(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g;

/**
 * What goes between a line and the line it runs on into. Latin words keep their space, and so does a `|`
 * column. In a row of columns set apart by spaces, a line that stopped short of the margin broke at a column
 * gap, and so did one broken between a Chinese character and a number ("完成时限 | 1—6月"); within a word
 * or after a number ("2024 | 年") the line simply wrapped. A row laid out on tab stops whose next line
 * starts at a stop broke at a tab: a tab past the margin goes on to the next line's stops, so the tabs are
 * the stops before the text on the next line, and maybe some the line had left (see realignTabJoins).
 */
function glue(prev: string, next: string, prevLine: PdfLine | null, indent = ''): string {
  // The fewest tabs: those before the text on the next line (realignTabJoins may add the line's own).
  if (isTabWrap(prev, indent)) return indent;
  // A row on tab stops goes on after a tab at a stop (isTabWrap); at the left margin, a number or word broken at
  // its hyphen (`0376- | 8627710`) is one cell, however short the line stopped.
  if (prevLine?.stopsToMargin !== undefined && prev.includes('\t') && !indent && /[A-Za-z0-9]-$/.test(prev) && /^[A-Za-z0-9]/.test(next))
    return '';
  if (/[A-Za-z0-9,]$/.test(prev) && /^[A-Za-z0-9]/.test(next)) return ' ';
  if (/[|｜]$/.test(prev) || /^[|｜]/.test(next)) return ' ';
  if (splitLabel(prev, next) || splitDate(prev, next)) return '';
  // A row typed with single spaces between its cells (Chinese either side of each) broke at one before a number.
  if (!/ {2}|\t/.test(prev))
    return (prev.match(SPACED_CELLS) ?? []).length >= 3 && /[\u3400-\u9fff]$/.test(prev) && /^\d/.test(next) ? ' ' : '';
  if (prevLine?.endsShort) return prev.includes('\t') ? '\t' : '  ';
  // A row on tab stops that broke at a tab goes on at a stop (isTabWrap): at the left margin, a number after
  // Chinese ("2026年9月 | 30日前") is the same cell wrapped.
  const onStops = prevLine?.stopsToMargin !== undefined;
  if (!onStops && !/[A-Za-z0-9]$/.test(prev) && /^[A-Za-z0-9]/.test(next)) return prev.includes('\t') ? '\t' : '  ';
  return '';
}

/**
 * A line of labelled fields ("主责单位:县卫生健康局  项目责任人:黄志强  完成时") broken inside a label: its last
 * field has no colon yet, and the next line starts with the rest of the label ("限:2024年12月"). Not a new
 * labelled line, and no gap between the two pieces.
 */
const splitLabel = (prev: string, next: string) =>
  /[:：]/.test(prev) && !/[:：]/.test(prev.split(/ {2,}|\t/).pop() ?? '') && /^[^\s:：]{1,5}[:：]/.test(next.trim());

/**
 * A date broken at the margin between its parts (`2024年8月 | 31日`, `2024年8 | 月31日`, `2024年 | 9月底`): one
 * cell wrapped, never a column gap, though the line ends short by a character or a number follows Chinese.
 */
const splitDate = (rawPrev: string, rawNext: string) => {
  // Full-width digits (２０２７ | 年底) break the same way.
  const prev = toHalfWidth(rawPrev);
  const next = toHalfWidth(rawNext);
  return (
    /(?:^|[^\d])(?:19|20)\d{2}\s*(?:年\s*(?:\d{1,2}\s*(?:月\s*)?)?)?$/.test(prev) &&
    (/(?:\d)$/.test(prev) ? /^[年月日号]/.test(next) : /^\d{1,2}\s*[月日号]/.test(next)) &&
    /(?:19|20)\d{2}\s*年/.test(`${prev.slice(-12)}${next.slice(0, 6)}`)
  );
};

/** A row laid out on tab stops runs on into a line that starts at a stop: it broke at a tab. */
const isTabWrap = (prev: string, indent = '') => prev.includes('\t') && /^\t+$/.test(indent);

const SENTENCE_END = /[。;；!！?？]\s*$/;
const CLOSING = /[。;；:：!！?？」』”)）】》]\s*$/;

/**
 * After a line that ends a sentence at the margin, the next line runs on only if it is long or closes a
 * sentence itself: a short line with no closing mark (a signature, a date, a cell) stands alone.
 */
function runsOn(prev: string, next: PdfLine): boolean {
  // A row of columns is not continued by the next numbered row ("3  健康食品安全  …"),
  // Nor by a labelled field ("文 号：…").
  if (
    / {2}|\t/.test(prev) &&
    (/^\s*\d{1,3}\s/.test(toHalfWidth(next.text)) || (/^.{1,8}[:：]/.test(next.text) && !splitLabel(prev, next.text)))
  )
    return false;
  // A row of comma-separated values is not continued by the next numbered record ("6,中小学…").
  if (/^\s*\d{1,3}[,，]/.test(next.text) && (prev.match(/[,，]/g)?.length ?? 0) >= 3) return false;
  // A row of a `|` table that closed is not continued by the next row.
  if (/[|｜]\s*$/.test(prev) && /^\s*[|｜]/.test(next.text)) return false;
  return !SENTENCE_END.test(prev) || next.full || CLOSING.test(next.text);
}

/** The first and last two lines of every page. */
function pageEdges(lines: PdfLine[]): Set<PdfLine> {
  const out = new Set<PdfLine>();
  lines.forEach((l, i) => {
    const samePage = (j: number) => lines[j]?.page === l.page;
    if (!samePage(i - 2) || !samePage(i + 2)) out.add(l);
  });
  return out;
}

/** A line with a paragraph gap on its inner side (below it at a page's top, above it at the bottom). */
function setApart(lines: PdfLine[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  const top = lines[i - 1]?.page !== line?.page;
  if (top) return !next || next.page !== line?.page || next.breakBefore === true;
  return line?.breakBefore === true;
}

const key = (text: string) => toHalfWidth(text).trim().replace(/\d+/g, '#').replace(/\s+/g, '');

/** Lines at the top or bottom of a page that recur there (digits aside) on most pages. */
function runningFurniture(lines: PdfLine[]): Set<string> {
  const pages = new Map<number, PdfLine[]>();
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    const list = pages.get(l.page) ?? [];
    list.push(l);
    pages.set(l.page, list);
  }
  if (pages.size < 3) return new Set();
  // Counted at the very top and the very bottom apart: a cell repeated down a flattened table may land on a
  // page's edge now and then, a running header does so on every page.
  const counts = new Map<string, number>();
  for (const list of pages.values()) {
    for (const [where, l] of [
      ['top', list[0]],
      ['bottom', list[list.length - 1]],
    ] as const) {
      const k = `${where}:${key(l?.text ?? '')}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [k, n] of counts) {
    const text = k.slice(k.indexOf(':') + 1);
    if (text.replace(/[#\p{P}\p{S}]/gu, '').length >= 2 && n >= Math.max(3, pages.size * 0.6)) out.add(text);
  }
  return out;
}
