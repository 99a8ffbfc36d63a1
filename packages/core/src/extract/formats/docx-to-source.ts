import mammoth from 'mammoth';
import type { SourceText } from '../source-text.js';
import { DocumentError } from './document-error.js';
import { htmlToSource } from './html-to-source.js';

/** Reads a .docx through mammoth's HTML conversion, so paragraphs and tables take the HTML path. */
export async function docxToSource(bytes: Uint8Array): Promise<SourceText> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images carry no text: skip their base64 payload instead of inlining it into the HTML.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (cause) {
    throw new DocumentError('document.unreadable', 'Word 文档已损坏或不是有效的 .docx 文件,无法读取。', { cause });
  }
  return htmlToSource(html, 'docx');
}
