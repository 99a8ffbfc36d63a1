import { toHalfWidth } from '../dates/calendar.js';

/** A line of text as laid out on a PDF page. */
export interface PdfLine {
  text: string;
  /** 1-based page number. */
  page: number;
  /** The line runs to the right margin (so a sentence may continue on the next line). */
  full: boolean;
}

const PAGE_NUMBER = /^\s*(?:[—–\-－─]+\s*\d{1,4}\s*[—–\-－─]+|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[-—]?\s*[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\s*[-—]?)\s*$/;
const SENTENCE_END = /[。;；:：!！?？」』”)）】》]\s*$/;
const ITEM_START = /^\s*(?:第[一二三四五六七八九十百零]+[章节条部分]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|[①-⑳]|附件|附表)/;

/**
 * Turns the lines of a PDF into the lines of a document: page numbers (—1—, -3-, 第 3 页) and running
 * headers/footers repeated on most pages are dropped; a line that runs to the margin without ending a
 * sentence is joined with the next one unless that one starts a numbered item or heading.
 */
export function cleanPdfLines(lines: PdfLine[]): string[] {
  const furniture = runningFurniture(lines);
  const kept = lines.filter((l) => l.text.trim() !== '' && !PAGE_NUMBER.test(toHalfWidth(l.text)) && !furniture.has(key(l.text)));
  const out: string[] = [];
  let joinNext = false;
  for (const line of kept) {
    const text = line.text.trim();
    if (joinNext && !ITEM_START.test(toHalfWidth(text)) && out.length > 0) {
      const prev = out[out.length - 1] ?? '';
      out[out.length - 1] = prev + (/[A-Za-z0-9,]$/.test(prev) && /^[A-Za-z0-9]/.test(text) ? ' ' : '') + text;
    } else {
      out.push(text);
    }
    joinNext = line.full && !SENTENCE_END.test(toHalfWidth(text));
  }
  return out;
}

const key = (text: string) => toHalfWidth(text).trim().replace(/\d+/g, '#').replace(/\s+/g, '');

/** Lines among the first or last two of a page that recur (digits aside) on most pages. */
function runningFurniture(lines: PdfLine[]): Set<string> {
  const pages = new Map<number, PdfLine[]>();
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    const list = pages.get(l.page) ?? [];
    list.push(l);
    pages.set(l.page, list);
  }
  if (pages.size < 3) return new Set();
  const counts = new Map<string, number>();
  for (const list of pages.values()) {
    const edge = new Set([...list.slice(0, 2), ...list.slice(-2)].map((l) => key(l.text)));
    for (const k of edge) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [k, n] of counts) if (k !== '' && n >= Math.max(3, pages.size * 0.6)) out.add(k);
  return out;
}
