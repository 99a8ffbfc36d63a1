import mammoth from 'mammoth';
import type { SourceText } from '../source-text.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';
import { vetDocxZip } from './docx-zip.js';
import { htmlToSource } from './html-to-source.js';

/**
 * Reads a .docx through mammoth's HTML conversion, so paragraphs and tables take the HTML path.
 * The zip is vetted first (see vetDocxZip): mammoth only ever sees parts within the limits.
 */
export async function docxToSource(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): Promise<SourceText> {
  const vetted = await vetDocxZip(bytes, limits);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(vetted.buffer, vetted.byteOffset, vetted.byteLength) },
      // Images carry no text: skip their payload (their parts are not even unpacked).
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (cause) {
    throw new DocumentError('document.unreadable', 'Word 文档已损坏或不是有效的 .docx 文件,无法读取。', { cause });
  }
  return htmlToSource(html, 'docx');
}
