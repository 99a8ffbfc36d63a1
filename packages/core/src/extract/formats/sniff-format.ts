import type { SourceFormat } from '../source-text.js';
import { DocumentError } from './document-error.js';

/** What the first bytes and the file name say a file is. */
export type SniffedKind = Exclude<SourceFormat, 'doc' | 'xls'> | 'ole' | 'text';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The file name's extension in lower case, without the dot ('' when none). */
export function extensionOf(fileName: string | undefined): string {
  const m = /\.([a-z0-9]+)$/i.exec(fileName ?? '');
  return m?.[1]?.toLowerCase() ?? '';
}

/**
 * Decides the format from the content first (PK zip → docx, or xlsx when it holds a workbook; %PDF → pdf;
 * D0 CF 11 E0 → 'ole', an Office 97–2003 or WPS compound file whose streams tell Word from Excel), then the
 * extension. 'text' means: decode and then look for HTML. Known non-document formats throw 'document.unsupported'.
 */
export function sniffBytes(bytes: Uint8Array, fileName: string): SniffedKind {
  const ext = extensionOf(fileName);
  const head = bytes.subarray(0, 1024);
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    if (['pptx', 'dps', 'zip', 'odt', 'ods', 'epub'].includes(ext)) throw unsupported(ext);
    // WPS saves .wps/.et as OOXML too: the part names (stored uncompressed in the zip) say which.
    if (ext === 'xlsx' || ext === 'et' || (ext !== 'docx' && ext !== 'wps' && holdsWorkbook(bytes))) return 'xlsx';
    return 'docx';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(head, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw unsupported('rtf');
  if (isImage(head)) throw new DocumentError('document.unsupported', '文件是图片,不是文字文档;请提供文字版文件。');
  const names: Record<string, string> = {
    pdf: 'PDF 文档',
    docx: 'Word 文档',
    xlsx: 'Excel 表格',
    doc: 'Word 文档',
    wps: 'WPS 文字文档',
    xls: 'Excel 表格',
    et: 'WPS 表格',
  };
  const name = names[ext];
  if (name) throw new DocumentError('document.unreadable', `文件扩展名为 .${ext},但内容不是有效的 ${name}。`);
  return ext === 'html' || ext === 'htm' || ext === 'xhtml' ? 'html' : 'text';
}

/**
 * True when a zip names an Excel workbook part (xl/workbook.xml) and no Word document part. Names are looked for
 * in the central directory at the end (a 2,000-entry directory is well under 256 KB) and the first local headers.
 */
function holdsWorkbook(bytes: Uint8Array): boolean {
  const latin = (from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, to - from)).toString('latin1');
  const names = latin(0, Math.min(bytes.length, 65_536)) + latin(Math.max(0, bytes.length - 262_144), bytes.length);
  return names.includes('xl/workbook.xml') && !names.includes('word/document.xml');
}

/** True when decoded text is HTML markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (!head.includes('<')) return false;
  if (/^<(!doctype html|html|head|body|meta|table|div|p|section|article|h[1-6])[\s>]/.test(head)) return true;
  return /<(html|body)[\s>]/.test(head) && /<\/(p|div|td|body)>/.test(text.slice(0, 65536).toLowerCase());
}

function isImage(head: Uint8Array): boolean {
  return (
    startsWith(head, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(head, [0xff, 0xd8, 0xff]) ||
    startsWith(head, [0x47, 0x49, 0x46, 0x38]) ||
    (startsWith(head, [0x42, 0x4d]) && head.length > 14 && head[6] === 0 && head[7] === 0)
  );
}

function unsupported(ext: string): DocumentError {
  return new DocumentError(
    'document.unsupported',
    `不支持 .${ext} 格式;请提供 Word(.docx/.doc/.wps)、Excel(.xlsx/.xls/.et)、PDF、网页或文本文件。`,
  );
}
