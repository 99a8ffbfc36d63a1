import type { SourceText } from '../source-text.js';
import { findFlatTables } from '../structure/flat-table.js';
import { toPieces, type Line, type Piece } from '../structure/lines.js';
import { buildOutline, type OutlineNode, type OutlinePiece } from '../structure/outline.js';
import { layoutTableLines } from '../structure/real-table.js';
import { transposeRecordTable } from '../structure/record-table.js';
import { applyGroupTails } from '../structure/scope-attribution.js';
import { applyDutySplitSections } from '../structure/duty-split-section.js';
import type { ParsedTable } from '../structure/table-rows.js';
import { liftTextTables } from '../structure/text-tables.js';
import { splitRunTogetherPieces } from '../structure/run-together-items.js';
import { joinViewerChunks } from '../structure/viewer-chunks.js';
import type { UnitDirectory } from '../units/unit-directory.js';

/** The document cut into its shapes: lines, typed and flattened tables, and the item tree over them. */
export interface Segmented {
  /** Lines and tables in document order, flattened tables already cut out of the line stream. */
  stream: OutlinePiece<ParsedTable>[];
  outline: ReturnType<typeof buildOutline<ParsedTable>>;
  /** The plan's own roots: a covering notice's numbered requests left out. */
  roots: OutlineNode[];
}

/**
 * Stage 2, segment: tables typed into text are lifted, label/value records transposed, layout boxes read as lines,
 * flattened tables (one cell per line) cut out of the line stream, and the item tree built over what is left.
 * Attributions that cover a group of items are then placed on the items they cover.
 */
export function segment(source: SourceText, dir: UnitDirectory): Segmented {
  // Flattened tables are cut out of the line stream first, so their cells never read as prose.
  // Layout tables (a box of text, no duty columns) are read as lines.
  const pieces = toPieces(liftTextTables(joinViewerChunks(source))).flatMap((p): Piece[] => {
    if (p.kind !== 'table') return [p];
    // A label/value record per project (项目名称 | X ⏎ 牵头单位 | Y): read as a one-row table.
    const record = transposeRecordTable(p.table);
    if (record) return [{ kind: 'table' as const, table: record }];
    const asLines = layoutTableLines(p.table, dir);
    return asLines ? asLines.map((line) => ({ kind: 'line' as const, line })) : [p];
  });
  const stream = withFlatTables(splitRunTogetherPieces(pieces), dir);
  const outline = buildOutline(stream);
  applyGroupTails(outline.roots, dir);
  applyDutySplitSections(outline.roots, dir, outline.noticeRoots);
  return { stream, outline, roots: outline.roots.slice(outline.noticeRoots) };
}

/** The pieces with each run of lines that forms a flattened table replaced by that table. */
function withFlatTables(pieces: Piece[], dir: UnitDirectory): OutlinePiece<ParsedTable>[] {
  const lineIdx: number[] = [];
  const lines: Line[] = [];
  pieces.forEach((p, i) => {
    if (p.kind === 'line') {
      lineIdx.push(i);
      lines.push(p.line);
    }
  });
  const flats = findFlatTables(lines, dir);
  const stream: OutlinePiece<ParsedTable>[] = [];
  let f = 0;
  for (let i = 0; i < pieces.length; i++) {
    const flat = flats[f];
    if (flat && i === lineIdx[flat.from]) {
      stream.push({ kind: 'flat', flat: flat.table });
      i = lineIdx[flat.to - 1] ?? i;
      f++;
      continue;
    }
    stream.push(pieces[i] as OutlinePiece<ParsedTable>);
  }
  return stream;
}
