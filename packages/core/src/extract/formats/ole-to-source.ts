import type { SourceText } from '../source-text.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';
import { docToSource } from './doc-to-source.js';
import { CFB, type CompoundFile } from './ole-container.js';
import { xlsToSource } from './xls-to-source.js';

/**
 * Reads an OLE compound file (the D0 CF 11 E0 container of Office 97–2003 and of WPS Office): a WordDocument
 * stream is Word 97 (.doc, .wps), a Workbook/Book stream is BIFF (.xls, .et). The container is parsed by
 * SheetJS's CFB reader, which bounds sector chains by the file's own size, so a looping or lying FAT ends in
 * an error rather than a hang. The file name is never consulted: a .wps may be either kind.
 */
export async function oleToSource(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): Promise<SourceText> {
  let cfb: CompoundFile;
  try {
    cfb = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  } catch (cause) {
    throw new DocumentError('document.unreadable', 'Office 文件已损坏或不完整(复合文档结构无法读取),请重新保存后再导入。', { cause });
  }
  if (CFB.find(cfb, 'WordDocument')) return docToSource(cfb, limits);
  if (CFB.find(cfb, 'Workbook') || CFB.find(cfb, 'Book')) return xlsToSource(bytes, cfb, limits);
  if (CFB.find(cfb, 'EncryptedPackage')) {
    throw new DocumentError('document.unreadable', '文件设有打开密码(已加密),无法读取;请取消密码后再导入。');
  }
  if (CFB.find(cfb, 'PowerPoint Document'))
    throw new DocumentError('document.unsupported', '不支持演示文稿(.ppt/.dps);请提供 Word、Excel、WPS、PDF 或文本文件。');
  throw new DocumentError('document.unsupported', '无法识别的旧版 Office 文件:其中既没有 Word 正文也没有 Excel 工作簿。');
}
