import { zipSync, type Zippable } from 'fflate';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';

const RATIO_FLOOR = 1024 * 1024;

/** Which Office format a zip holds, for the messages a user sees. */
export type OfficeZipKind = 'word' | 'excel';

const LABEL: Record<OfficeZipKind, { name: string; ext: string }> = {
  word: { name: 'Word 文档', ext: '.docx' },
  excel: { name: 'Excel 表格', ext: '.xlsx' },
};
const corruptError = (kind: OfficeZipKind, cause?: unknown) =>
  new DocumentError('document.unreadable', `${LABEL[kind].name}已损坏或不是有效的 ${LABEL[kind].ext} 文件，无法读取。`, { cause });
const tooLargeError = (kind: OfficeZipKind) =>
  new DocumentError(
    'document.too_large',
    `${LABEL[kind].name}解压后的内容过大（可能是压缩炸弹），已拒绝导入；请删除大图片或拆分文件后再试。`,
  );

/**
 * Reads a .docx's zip safely: the central directory is checked first (entry count, each part's declared
 * size and compression ratio, zip64 claims), then only the XML and relationship parts are inflated as
 * streams, counting bytes against the cap, and packed into a new stored (uncompressed) zip for mammoth.
 * So nothing past the limits is ever inflated, and mammoth sees exactly the bytes that were counted.
 */
export async function vetDocxZip(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): Promise<Uint8Array> {
  const parts = await readOfficeXmlParts(bytes, 'word', limits);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(parts)) out[name] = [data, { level: 0 }];
  return zipSync(out);
}

/**
 * The XML and relationship parts of an Office zip (.docx, .xlsx), inflated within the limits (see vetDocxZip):
 * part name → bytes. Media and other binary parts are never inflated.
 */
export async function readOfficeXmlParts(
  bytes: Uint8Array,
  kind: OfficeZipKind,
  limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS,
): Promise<Record<string, Uint8Array>> {
  const corrupt = (cause?: unknown) => corruptError(kind, cause);
  const tooLarge = () => tooLargeError(kind);
  const zip = await openZip(bytes, corrupt);
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw new DocumentError(
        'document.too_complex',
        `${LABEL[kind].name}内部包含的文件过多（${zip.entryCount} 个，上限 ${limits.maxZipEntries}），已拒绝导入。`,
      );
    }
    const entries = await listEntries(zip, corrupt);
    const parts = entries.filter((e) => /\.(xml|rels)$/i.test(e.fileName) && !e.fileName.endsWith('/'));
    let declared = 0;
    for (const e of parts) {
      declared += e.uncompressedSize;
      if (declared > limits.maxInflatedBytes) throw tooLarge();
      if (e.uncompressedSize > RATIO_FLOOR && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxCompressionRatio)
        throw tooLarge();
    }
    const out: Record<string, Uint8Array> = {};
    let budget = limits.maxInflatedBytes;
    for (const e of parts) {
      const data = await inflateEntry(zip, e, budget, corrupt, tooLarge);
      budget -= data.length;
      out[e.fileName] = data;
    }
    return out;
  } finally {
    zip.close();
  }
}

function openZip(bytes: Uint8Array, corrupt: (cause?: unknown) => DocumentError): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }, (err, zip) =>
      err || !zip ? reject(corrupt(err)) : resolve(zip),
    );
  });
}

function listEntries(zip: ZipFile, corrupt: (cause?: unknown) => DocumentError): Promise<Entry[]> {
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
function inflateEntry(
  zip: ZipFile,
  entry: Entry,
  cap: number,
  corrupt: (cause?: unknown) => DocumentError,
  tooLarge: () => DocumentError,
): Promise<Uint8Array> {
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
