import { unzipSync, type UnzipFileInfo } from 'fflate';

/** The Office Open XML types accepted as evidence, by their main part. */
export type OfficeType = 'docx' | 'xlsx';

const MAIN_PART: Record<OfficeType, { part: string; contentType: string }> = {
  docx: { part: '/word/document.xml', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' },
  xlsx: { part: '/xl/workbook.xml', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' },
};

/** Limits of the zip directory: more entries or a larger inflated [Content_Types].xml is not an ordinary document. */
const MAX_ENTRIES = 5_000;
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
/** Parts no evidence document needs: programs, scripts, macros, nested archives. */
const FORBIDDEN_PART =
  /(\.(exe|dll|com|scr|msi|bat|cmd|ps1|vbs|vbe|js|jse|wsf|hta|jar|sh|elf|so|dylib|apk|zip|rar|7z|gz|bin)$)|(^|\/)vbaProject\.bin$/i;

/**
 * What an Office zip is by its structure, or null: the central directory is read without inflating any part but
 * [Content_Types].xml, which must declare the main document part (word/document.xml or xl/workbook.xml) with its
 * content type, and that part must exist. Zips with programs, scripts, macros or nested archives are refused.
 */
export function officeTypeOf(bytes: Uint8Array): OfficeType | null {
  const entries: UnzipFileInfo[] = [];
  let contentTypes: string | null = null;
  try {
    const out = unzipSync(bytes, {
      filter: (f) => {
        entries.push(f);
        // Only this small XML part is inflated (declared size checked first: no bomb gets inflated here).
        return f.name === '[Content_Types].xml' && f.originalSize <= MAX_CONTENT_TYPES_BYTES && entries.length <= MAX_ENTRIES;
      },
    });
    const ct = out['[Content_Types].xml'];
    if (ct && ct.byteLength <= MAX_CONTENT_TYPES_BYTES) contentTypes = new TextDecoder('utf-8', { fatal: true }).decode(ct);
  } catch {
    return null;
  }
  if (!contentTypes || entries.length > MAX_ENTRIES) return null;
  const names = new Set(entries.map((e) => e.name));
  if (entries.some((e) => FORBIDDEN_PART.test(e.name))) return null;
  for (const type of ['docx', 'xlsx'] as const) {
    const { part, contentType } = MAIN_PART[type];
    if (!names.has(part.slice(1))) continue;
    const declared = new RegExp(
      `<Override\\b[^>]*PartName="${part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"[^>]*ContentType="([^"]+)"|<Override\\b[^>]*ContentType="([^"]+)"[^>]*PartName="${part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`,
      'i',
    ).exec(contentTypes);
    if (declared && (declared[1] ?? declared[2]) === contentType) return type;
  }
  return null;
}
