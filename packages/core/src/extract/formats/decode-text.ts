import { DocumentError } from './document-error.js';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes the bytes of a text file: a BOM decides; else strict UTF-8; else UTF-16 or GB18030,
 * whichever reads as more plausible Chinese text. Binary content throws DocumentError('document.binary').
 */
export function decodeText(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return decodeStrict(bytes.subarray(bom.length), bom.encoding) ?? decodeLoose(bytes.subarray(bom.length), bom.encoding);
  if (hasNul(bytes)) {
    // Text in UTF-8 or GB18030 has no NUL byte; UTF-16 without a BOM has one in every ASCII character.
    const best = (['utf-16le', 'utf-16be'] as const)
      .map((encoding) => decodeStrict(bytes, encoding))
      .filter((t): t is string => t !== null)
      .map((text) => ({ text, score: plausibility(text) }))
      .sort((a, b) => b.score - a.score)[0];
    if (best && best.score > 0.9) return best.text;
  }
  if (looksBinary(bytes)) throw binaryError();
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return utf8;
  const candidates = (['gb18030', 'utf-16le', 'utf-16be'] as const)
    .map((encoding) => ({ encoding, text: bytes.length % 2 === 1 && encoding !== 'gb18030' ? null : decodeStrict(bytes, encoding) }))
    .filter((c): c is { encoding: Encoding & ('gb18030' | 'utf-16le' | 'utf-16be'); text: string } => c.text !== null)
    .map((c) => ({ ...c, score: plausibility(c.text) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best && best.score >= 0.8) return best.text;
  throw new DocumentError('document.unreadable', '无法识别文件的文字编码(支持 UTF-8、GB18030/GBK、UTF-16)。');
}

/** The DocumentError for bytes that are not text. */
export function binaryError(): DocumentError {
  return new DocumentError('document.binary', '文件是二进制数据,不是可读的文本文档。');
}

function bomEncoding(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function decodeStrict(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeLoose(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding).decode(bytes);
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 65536).includes(0);
}

// C0 control bytes other than tab, newline, carriage return, form feed and escape, and DEL.
const CONTROL_BYTE = new Uint8Array(256);
for (let b = 0; b < 0x20; b++) if (![0x09, 0x0a, 0x0d, 0x0c, 0x1b].includes(b)) CONTROL_BYTE[b] = 1;
CONTROL_BYTE[0x7f] = 1;

/** NUL bytes, or many C0 control bytes other than tab/newline/form feed, mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  if (bytes.subarray(0, n).includes(0)) return true;
  let control = 0;
  // A table look-up without branches: every byte of the opening is counted.
  for (let i = 0; i < n; i++) control += CONTROL_BYTE[bytes[i] as number] as number;
  return n > 0 && control / n > 0.05;
}

/** Share of characters that ordinary Chinese documents are made of. */
export function plausibility(text: string): number {
  const n = Math.min(text.length, 8192);
  if (n === 0) return 1;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x206f) ||
      c === 0xa0 ||
      c === 0xb7 ||
      (c >= 0x2460 && c <= 0x24ff)
    )
      good++;
  }
  return good / n;
}
