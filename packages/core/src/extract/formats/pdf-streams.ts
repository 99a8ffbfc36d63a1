import { Unzlib } from 'fflate';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';

const STREAM = /stream\r?\n/g;
const DICT_LOOKBACK = 2048;
// Input bytes per inflate step: deflate expands at most ~1032×, so one step yields at most ~4 MB.
const PUSH = 4096;

/**
 * Inflates every Flate-compressed stream of a PDF, each capped by the bytes left in the document's budget,
 * and checks the written page count, before pdfjs sees the file: pdfjs inflates a stream whole into one growing buffer (outside the JS heap),
 * so a small stream that inflates to hundreds of MB must be refused here. Streams are found in the raw bytes
 * (a stream cannot live inside an object stream); damaged streams are left for pdfjs to judge.
 */
export function checkPdfStreams(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): void {
  const text = new TextDecoder('latin1').decode(bytes);
  checkPageCount(text, limits);
  let budget = limits.maxPdfStreamBytes;
  STREAM.lastIndex = 0;
  for (let m = STREAM.exec(text); m; m = STREAM.exec(text)) {
    if (text.slice(m.index - 3, m.index) === 'end') continue;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const dict = text.slice(Math.max(0, m.index - DICT_LOOKBACK), m.index);
    // From the object's start: a nested /DecodeParms << … >> must not hide the /Filter before it.
    const layers = flateLayers(dict.slice(Math.max(0, dict.lastIndexOf('obj'))));
    let data = bytes.subarray(start, end);
    for (let i = 0; i < layers; i++) {
      const last = i === layers - 1;
      const inflated = inflateCapped(data, budget, !last);
      if (inflated === null) break;
      if (last) budget -= inflated.size;
      else data = inflated.data;
    }
    STREAM.lastIndex = end + 'endstream'.length;
  }
}

/**
 * Refuses a PDF whose page tree, as written in the file, holds more pages than allowed: pdfjs walks a large
 * tree for seconds before it can say how many pages there are. (Pages inside compressed object streams are
 * invisible here; pdfjs's own count catches those.)
 */
function checkPageCount(text: string, limits: DocumentLimits): void {
  let pages = 0;
  // A /Count beside /Kids is a page-tree node's (outline items carry a /Count too).
  for (const m of text.matchAll(/\/Count\s+(\d{1,12})/g)) {
    const object = text.slice(Math.max(0, text.lastIndexOf(' obj', m.index)), text.indexOf('endobj', m.index) >>> 0);
    if (object.includes('/Kids')) pages = Math.max(pages, Number(m[1]));
  }
  let leaves = 0;
  for (const re = /\/Type\s*\/Page(?![a-zA-Z])/g; re.exec(text);) leaves++;
  pages = Math.max(pages, leaves);
  if (pages > limits.maxPdfPages) throw tooManyPages(pages, limits);
}

/** The error for a PDF past the page limit. */
export function tooManyPages(pages: number, limits: DocumentLimits): DocumentError {
  return new DocumentError('document.too_many_pages', `PDF 共 ${pages} 页,超过导入上限 ${limits.maxPdfPages} 页;请拆分后再导入。`);
}

/** How many Flate filters the stream dictionary chains (a bomb may wrap one in another). */
function flateLayers(dict: string): number {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dict)?.[1] ?? '';
  return (filter.match(/\/(FlateDecode|Fl)\b/g) ?? []).length;
}

/**
 * Inflates zlib data in small pushes, counting the output and throwing once it passes `cap`, so no more than
 * about one push's worth past the cap is ever produced. The bytes are kept only when `keep` (another filter
 * layer follows). Null for data that is not valid zlib (pdfjs decides what it is).
 */
function inflateCapped(data: Uint8Array, cap: number, keep: boolean): { size: number; data: Uint8Array } | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const unzlib = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > cap) throw tooLarge();
    if (keep) chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += PUSH) unzlib.push(data.subarray(i, i + PUSH), i + PUSH >= data.length);
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    // A cut-off or damaged stream still counts what it inflated to.
    return size > 0 ? { size, data: concat(chunks, size) } : null;
  }
  return { size, data: keep ? concat(chunks, size) : new Uint8Array(0) };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function tooLarge(): DocumentError {
  return new DocumentError('document.too_large', 'PDF 中的内容解压后过大(可能是压缩炸弹),已拒绝导入。');
}
