import type { SourceText } from '../source-text.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';
import { checkPdfStreams, tooManyPages } from './pdf-streams.js';
import { cleanPdfLines, type PdfLine } from './pdf-lines.js';
import { textToSource } from './source-builder.js';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface Positioned {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

/**
 * Reads the text layer of a PDF (pdfjs-dist, no worker thread): items grouped into lines by position,
 * then page furniture removed and broken sentences joined (see cleanPdfLines). A PDF without any text
 * (a scan) throws 'document.unreadable'. Streams are checked first (checkPdfStreams); pages and text items
 * are capped (`document.too_many_pages`, `document.too_complex`).
 */
export async function pdfToSource(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): Promise<SourceText> {
  checkPdfStreams(bytes, limits);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    // pdfjs takes ownership of the buffer it is given, so hand it a copy.
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (cause) {
    throw new DocumentError('document.unreadable', 'PDF 文件已损坏或加密,无法读取。', { cause });
  }
  try {
    if (doc.numPages > limits.maxPdfPages) throw tooManyPages(doc.numPages, limits);
    const lines: PdfLine[] = [];
    let items = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      items += content.items.length;
      if (items > limits.maxPdfTextItems) throw new DocumentError('document.too_complex', 'PDF 的文字结构过于复杂,超出可处理的范围,已拒绝导入。');
      lines.push(...pageLines(content.items.filter((i): i is TextItem & typeof i => 'str' in i) as TextItem[], p));
      page.cleanup();
    }
    const text = cleanPdfLines(lines).join('\n');
    if (text.trim() === '') throw new DocumentError('document.unreadable', 'PDF 中没有可提取的文字(可能是扫描件),请提供文字版文件。');
    return textToSource(text, 'pdf');
  } catch (cause) {
    if (cause instanceof DocumentError) throw cause;
    throw new DocumentError('document.unreadable', 'PDF 文件已损坏,无法读取其中的文字。', { cause });
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** Groups a page's text items into lines (same baseline within half a font size), left to right. */
function pageLines(items: TextItem[], page: number): PdfLine[] {
  const pos: Positioned[] = items
    .filter((i) => i.str !== '')
    .map((i) => {
      const size = Math.abs(i.transform[3] ?? 0) || Math.abs(i.height) || 10;
      const x = i.transform[4] ?? 0;
      return { text: i.str, x, y: i.transform[5] ?? 0, right: x + i.width, size };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Positioned[][] = [];
  for (const item of pos) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(first.y - item.y) <= Math.max(first.size, item.size) / 2) row.push(item);
    else rows.push([item]);
  }
  const margin = Math.max(0, ...pos.map((i) => i.right));
  const left = Math.min(...pos.map((i) => i.x));
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let lastRight: number | null = null;
    for (const item of row) {
      // A visible gap between items is a space; adjacent items run together (Chinese has no spaces).
      // A wide gap (table columns laid out with space) becomes two spaces.
      if (lastRight !== null && item.x - lastRight > item.size * 0.5) text += item.x - lastRight > item.size * 2 ? '  ' : ' ';
      text += item.text;
      lastRight = item.right;
    }
    const right = Math.max(...row.map((i) => i.right));
    const size = Math.max(...row.map((i) => i.size));
    // Full: it reaches the right margin and starts at the left one (a first-line indent of two characters
    // allowed); a right-aligned signature or date reaches the margin too but is not a broken sentence.
    const start = row[0]?.x ?? 0;
    return { text, page, full: right >= margin - size * 1.5 && start <= left + size * 2.5 };
  });
}
