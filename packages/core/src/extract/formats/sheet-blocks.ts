import { DocumentError } from './document-error.js';
import type { SourceBuilder, RawCell } from './source-builder.js';

/** One worksheet as read (from .xlsx XML or a BIFF .xls): cell text by row and column (0-based) and its merged ranges. */
export interface Sheet {
  name: string;
  cells: Map<number, Map<number, string>>;
  merges: { r0: number; c0: number; r1: number; c1: number }[];
}

/** Cells a workbook may hold in all, a bound like maxTextChars (empty cells are never stored). */
export const MAX_CELLS = 500_000;

/** Rows × columns one sheet's table may span, empty cells included. */
const MAX_GRID = 2_000_000;

/** Excel's 1900 date serial → 2026年6月30日 (what a deadline cell shows). */
export function serialDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/**
 * Writes one sheet: leading one-text rows as paragraphs (titles), the rest as one table with spans. A sheet holding
 * several tables one under another (a heading row, then a header again) is cut later, by splitTableSections, as any
 * real table is.
 */
export function emitSheet(builder: SourceBuilder, sheet: Sheet): void {
  const filled = [...sheet.cells.keys()].sort((a, b) => a - b);
  if (filled.length === 0) return;
  const first = filled[0] ?? 0;
  const last = filled[filled.length - 1] ?? 0;
  let width = 1;
  for (const row of sheet.cells.values()) for (const c of row.keys()) width = Math.max(width, c + 1);
  // The table is laid out cell by cell, empty ones too: a few cells far apart must not make a huge grid.
  if ((last - first + 1) * width > MAX_GRID)
    throw new DocumentError('document.too_complex', `工作表“${sheet.name}”的表格范围过大,请删除空行空列或拆分后再导入。`);
  const covered = new Set<string>();
  const mergedRows = new Set<number>();
  const spanAt = new Map<string, { rowSpan: number; colSpan: number }>();
  // Ranges are clipped to the filled area: a file may declare a merge over a million empty rows.
  const merges = sheet.merges
    .filter((m) => m.r0 >= 0 && m.c0 >= 0 && m.r0 <= last && m.c0 < width && m.r1 >= m.r0 && m.c1 >= m.c0)
    .map((m) => ({ ...m, r1: Math.min(m.r1, last), c1: Math.min(m.c1, width - 1) }));
  for (const m of merges) {
    spanAt.set(`${m.r0}:${m.c0}`, { rowSpan: m.r1 - m.r0 + 1, colSpan: m.c1 - m.c0 + 1 });
    for (let r = m.r0; r <= m.r1; r++) {
      mergedRows.add(r);
      for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r}:${c}`);
    }
  }
  // Rows inside a vertical merge stay even when empty, so row spans count the rows that are emitted.
  const rowIndexes = [...new Set([...filled, ...[...mergedRows].filter((r) => r >= first && r <= last)])].sort((a, b) => a - b);
  const rows: RawCell[][] = [];
  let tableStarted = false;
  for (const r of rowIndexes) {
    const values = sheet.cells.get(r) ?? new Map<number, string>();
    if (!tableStarted && values.size === 1 && width > 1) {
      builder.para([...values.values()][0] ?? '');
      continue;
    }
    tableStarted = true;
    const cells: RawCell[] = [];
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const span = spanAt.get(`${r}:${c}`) ?? { rowSpan: 1, colSpan: 1 };
      cells.push({ text: values.get(c) ?? '', rowSpan: span.rowSpan, colSpan: Math.min(span.colSpan, width - c), header: false });
    }
    rows.push(cells);
  }
  builder.table(rows);
}
