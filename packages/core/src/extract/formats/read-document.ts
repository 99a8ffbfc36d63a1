import type { SourceText } from '../source-text.js';
import { decodeText } from './decode-text.js';
import { DocumentError } from './document-error.js';
import { docxToSource } from './docx-to-source.js';
import { htmlToSource } from './html-to-source.js';
import { pdfToSource } from './pdf-to-source.js';
import { extensionOf, looksLikeHtml, sniffBytes } from './sniff-format.js';
import { textToSource } from './source-builder.js';

/** Input to the extraction engine: raw bytes (with a file name for the format) or already-decoded text. */
export type DocumentInput = { bytes: Uint8Array; fileName: string } | { text: string; fileName?: string };

/**
 * Turns a document (.txt in UTF-8/GB18030/UTF-16, .html, .docx, .pdf) into a SourceText.
 * The format comes from the content (zip → docx, %PDF → pdf, markup → html) and the file name.
 * Throws a DocumentError for input that is not a readable document (empty, binary, corrupt, unsupported).
 *
 * @example const source = await readDocument({ bytes, fileName: 'plan.docx' });
 */
export async function readDocument(input: DocumentInput): Promise<SourceText> {
  const source = await readAny(input);
  if (source.text.trim() === '') throw new DocumentError('document.empty', '文件没有文字内容。');
  return source;
}

async function readAny(input: DocumentInput): Promise<SourceText> {
  if ('text' in input) return fromText(input.text, extensionOf(input.fileName) === 'html' || extensionOf(input.fileName) === 'htm');
  if (input.bytes.length === 0) throw new DocumentError('document.empty', '文件是空的。');
  const kind = sniffBytes(input.bytes, input.fileName);
  if (kind === 'pdf') return pdfToSource(input.bytes);
  if (kind === 'docx') return docxToSource(input.bytes);
  return fromText(decodeText(input.bytes), kind === 'html');
}

function fromText(raw: string, html: boolean): SourceText {
  const text = cleanText(raw);
  if (html || looksLikeHtml(text)) return htmlToSource(text);
  return textToSource(text, 'txt');
}

/**
 * Line endings to \n (also Unicode line/paragraph separators, form feeds and Word's vertical tabs);
 * BOM, zero-width characters and soft hyphens removed; everything else kept as written.
 */
export function cleanText(raw: string): string {
  return raw.replace(/\r\n?|[\u2028\u2029\f\v]/g, '\n').replace(/[\ufeff\u200b-\u200d\u2060\u180e\u00ad]/g, '');
}
