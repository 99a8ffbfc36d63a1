import { officeTypeOf } from './office-structure.js';

// Evidence files are checked by their content, not by the name the browser sent: the declared extension
// must agree with what the bytes are. Office formats are zip containers checked by their structure.

/** The evidence types accepted. */
export type EvidenceType = 'pdf' | 'docx' | 'xlsx' | 'jpg' | 'png' | 'txt';

export const EVIDENCE_MIME: Record<EvidenceType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
  txt: 'text/plain; charset=utf-8',
};

/** The largest evidence file accepted (20 MB). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

const EXTENSIONS: Record<string, EvidenceType> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  jpg: 'jpg',
  jpeg: 'jpg',
  png: 'png',
  txt: 'txt',
};

/** The type a file name claims, or null for an extension that is not accepted. */
export function typeFromName(name: string): EvidenceType | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? (EXTENSIONS[m[1]!.toLowerCase()] ?? null) : null;
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What the bytes are, or null when they are none of the accepted types. */
export function sniffEvidence(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  // Any other zip (an archive, an .exe packed in one) and any program are refused.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeTypeOf(bytes);
  if (bytes.length > 0 && isUtf8Text(bytes)) return 'txt';
  return null;
}
