import type { Block, SourceText, TableBlock } from '../source-text.js';
import { csvTable } from './csv-table.js';
import { boxTable } from './box-table.js';
import { pipeTable } from './pipe-table.js';
import { alignedTable } from './aligned-table.js';
import { cellLineTable } from './cell-line-table.js';

/**
 * Tables typed as text, as web copies and plain-text conversions carry them, become table blocks, so that they
 * are read exactly like the same table in HTML or .docx:
 * - `|` tables: rows with uneven cell counts (an empty middle cell loses its `|`), lone `|` lines between rows,
 *   `|---|` rules, a header that may end with `|`; or one cell per line, each closed by `|` (see cell-line-table);
 * - tables aligned with runs of spaces (or tabs), whose header may take two lines (牵头 ⏎ 领导) and whose rows may
 *   continue on the next lines, cells placed by their display column (CJK characters are two columns wide);
 * - CSV exports (see csv-table) and box-drawn tables (see box-table).
 */
export function liftTextTables(source: SourceText): SourceText {
  // Sheets are real tables already. Every other format can carry tables typed into paragraphs: a .doc or .docx is
  // often plain text typed into Word, with columns lined up by tabs or spaces.
  if (source.format === 'xlsx' || source.format === 'xls') return source;
  const paras = source.blocks;
  const out: Block[] = [];
  let changed = false;
  for (let i = 0; i < paras.length; i++) {
    const b = paras[i]!;
    if (b.kind === 'para') {
      const found =
        boxTable(paras, i) ??
        pipeTable(paras, i, '|') ??
        cellLineTable(paras, i) ??
        pipeTable(paras, i, '\t') ??
        csvTable(source.text, paras, i) ??
        alignedTable(paras, i);
      if (found) {
        out.push(found.table);
        i = found.next - 1;
        changed = true;
        continue;
      }
    }
    out.push(b);
  }
  if (!changed) return source;
  // "合并单元格只在首行显示": an export of a sheet with merged cells writes each merged value in its first row only.
  return { ...source, blocks: MERGED_NOTE.test(source.text) ? out.map((b) => (b.kind === 'table' ? fillDown(b) : b)) : out };
}

const MERGED_NOTE = /合并单元格[^。\n]{0,12}(?:首行|第一行|首格|第一格)/;

/** Empty cells of data rows take the value of the cell above them (a merged cell written once). */
function fillDown(t: TableBlock): TableBlock {
  const width = t.rows[0]?.cells.length ?? 0;
  const rows = t.rows.map((r) => ({ ...r, cells: [...r.cells] }));
  for (let r = 2; r < rows.length; r++) {
    const row = rows[r]!;
    const above = rows[r - 1]!;
    if (row.cells.length < 2 || above.cells.length < 2) continue;
    for (let c = 0; c < width; c++) {
      const up = above.cells[c];
      if ((row.cells[c]?.text ?? '') === '' && up && up.text !== '') row.cells[c] = { ...up };
    }
  }
  return { ...t, rows };
}
