import type { SourceText } from '../source-text.js';
import { decodeText } from './decode-text.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';
import { docxToSource } from './docx-to-source.js';
import { htmlToSource } from './html-to-source.js';
import { oleToSource } from './ole-to-source.js';
import { pdfToSource } from './pdf-to-source.js';
import { extensionOf, looksLikeHtml, sniffBytes } from './sniff-format.js';
import { textToSource } from './source-builder.js';
import { decodeTextEntities } from './text-entities.js';
import { xlsxToSource } from './xlsx-to-source.js';

/** Input to the extraction engine: raw bytes (with a file name for the format) or already-decoded text. */
export type DocumentInput = { bytes: Uint8Array; fileName: string } | { text: string; fileName?: string };

/**
 * Turns a document (.txt in UTF-8/GB18030/UTF-16, .html, .docx, .xlsx, .pdf, and the Office 97–2003 / WPS
 * binaries .doc, .wps, .xls, .et) into a SourceText. The format comes from the content (zip → docx or xlsx,
 * %PDF → pdf, OLE compound file → doc or xls by its streams, markup → html), then the file name.
 * Throws a DocumentError for input that is not a readable document (empty, binary, corrupt, unsupported)
 * or one past the limits (too large, too many pages, too complex).
 *
 * @example const source = await readDocument({ bytes, fileName: 'plan.docx' });
 */
export async function readDocument(input: DocumentInput, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): Promise<SourceText> {
  const source = await readAny(input, limits);
  if (source.text.trim() === '') throw new DocumentError('document.empty', '文件没有文字内容。');
  if (source.text.length > limits.maxTextChars) throw tooMuchText(source.text.length, limits);
  return source;
}

async function readAny(input: DocumentInput, limits: DocumentLimits): Promise<SourceText> {
  if ('text' in input) return fromText(input.text, extensionOf(input.fileName) === 'html' || extensionOf(input.fileName) === 'htm', limits);
  if (input.bytes.length === 0) throw new DocumentError('document.empty', '文件是空的。');
  const kind = sniffBytes(input.bytes, input.fileName);
  if (kind === 'pdf') return pdfToSource(input.bytes, limits);
  if (kind === 'docx') return docxToSource(input.bytes, limits);
  if (kind === 'xlsx') return xlsxToSource(input.bytes, limits);
  if (kind === 'ole') return oleToSource(input.bytes, limits);
  return fromText(decodeText(input.bytes), kind === 'html', limits);
}

function tooMuchText(chars: number, limits: DocumentLimits): DocumentError {
  const wan = (n: number) => `${Math.round(n / 10_000)} 万`;
  return new DocumentError('document.too_large', `文档文字过多(约 ${wan(chars)}字,上限 ${wan(limits.maxTextChars)}字),请拆分后再导入。`);
}

function fromText(raw: string, html: boolean, limits: DocumentLimits): SourceText {
  // Refused before any parsing; markup may be a few times the text it carries.
  const markup = html || looksLikeHtml(raw);
  if (raw.length > limits.maxTextChars * (markup ? 4 : 1)) throw tooMuchText(raw.length, limits);
  const text = cleanText(raw);
  if (markup) return htmlToSource(text);
  return textToSource(decodeTextEntities(text), 'txt');
}

/**
 * Line endings to \n (also Unicode line/paragraph separators, form feeds and Word's vertical tabs);
 * BOM, zero-width characters and soft hyphens removed; everything else kept as written.
 */
export function cleanText(raw: string): string {
  return raw.replace(/\r\n?|[\u2028\u2029\f\v]/g, '\n').replace(/[\ufeff\u200b-\u200d\u2060\u180e\u00ad]/g, '');
}
