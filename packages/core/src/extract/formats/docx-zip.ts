import { zipSync, type Zippable } from 'fflate';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';

const RATIO_FLOOR = 1024 * 1024;
const corrupt = (cause?: unknown) => new DocumentError('document.unreadable', 'Word 文档已损坏或不是有效的 .docx 文件,无法读取。', { cause });
const tooLarge = () =>
  new DocumentError('document.too_large', 'Word 文档解压后的内容过大(可能是压缩炸弹),已拒绝导入;请删除大图片或拆分文档后再试。');

/**
 * Reads a .docx's zip safely: the central directory is checked first (entry count, each part's declared
 * size and compression ratio, zip64 claims), then only the XML and relationship parts are inflated as
 * streams, counting bytes against the cap, and packed into a new stored (uncompressed) zip for mammoth.
 * So nothing past the limits is ever inflated, and mammoth sees exactly the bytes that were counted.
 */
export async function vetDocxZip(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): Promise<Uint8Array> {
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw new DocumentError('document.too_complex', `Word 文档内部包含的文件过多(${zip.entryCount} 个,上限 ${limits.maxZipEntries}),已拒绝导入。`);
    }
    const entries = await listEntries(zip);
    const parts = entries.filter((e) => /\.(xml|rels)$/i.test(e.fileName) && !e.fileName.endsWith('/'));
    let declared = 0;
    for (const e of parts) {
      declared += e.uncompressedSize;
      if (declared > limits.maxInflatedBytes) throw tooLarge();
      if (e.uncompressedSize > RATIO_FLOOR && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxCompressionRatio) throw tooLarge();
    }
    const out: Zippable = {};
    let budget = limits.maxInflatedBytes;
    for (const e of parts) {
      const data = await inflateEntry(zip, e, budget);
      budget -= data.length;
      out[e.fileName] = [data, { level: 0 }];
    }
    return zipSync(out);
  } finally {
    zip.close();
  }
}

function openZip(bytes: Uint8Array): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }, (err, zip) => (err || !zip ? reject(corrupt(err)) : resolve(zip)));
  });
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (e: Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', (err) => reject(corrupt(err)));
    zip.readEntry();
  });
}

/** One part's bytes, inflated as a stream and given up as soon as they pass `cap`. */
function inflateEntry(zip: ZipFile, entry: Entry, cap: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(corrupt(err));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > cap) {
          stream.destroy();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      });
      // yauzl reports a part longer than its declared size as a stream error: a lying header is corrupt.
      stream.once('error', (e) => reject(size > cap ? tooLarge() : corrupt(e)));
      stream.once('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}
