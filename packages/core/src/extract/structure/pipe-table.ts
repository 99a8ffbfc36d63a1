import type { Block, ParagraphBlock } from '../source-text.js';
import { isDeadlineCell } from './deadline-shape.js';
import { headerRole } from './table-columns.js';
import { readMarker } from './numbering.js';
import { appendToCell, cell, para, tableOf, UNIT_ROLES, unitShaped, type Found, type Piece } from './text-table-parts.js';
import type { ColumnRole } from './table-columns.js';

const PIPE_SEPARATOR = /^[\s|:：\-—=+]*$/;

/** A rule (`|---|`) or a lone border line (`|`) between rows. */
const isPipeRule = (text: string, sep: '|' | '\t'): boolean => text.includes(sep) && PIPE_SEPARATOR.test(text);

/**
 * The cells of a `|` row (border pipes dropped), or of a tab-separated row (every tab a cell boundary, so an
 * empty cell keeps its place), or null for a line that is not one.
 */
function pipeCells(b: ParagraphBlock, sep: '|' | '\t'): Piece[] | null {
  const t = b.text;
  let count = 0;
  for (let k = t.indexOf(sep); k >= 0; k = t.indexOf(sep, k + 1)) count++;
  if (count < 2) return null;
  const pieces: Piece[] = [];
  let from = 0;
  for (let k = 0; k <= t.length; k++) {
    if (k < t.length && t[k] !== sep) continue;
    const raw = t.slice(from, k);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    pieces.push({ text, start: b.start + from + lead, end: b.start + from + lead + text.length });
    from = k + 1;
  }
  if (sep === '|' && pieces[0]?.text === '') pieces.shift();
  if (pieces.at(-1)?.text === '') pieces.pop();
  return pieces.length >= 2 ? pieces : null;
}

/**
 * A table typed with `|` (or tab) separators: rows with uneven cell counts (an empty middle cell loses its `|`), lone
 * `|` lines between rows, `|---|` rules, a header that may end with `|`. Null when the paragraph at `i` opens none.
 */
export function pipeTable(blocks: Block[], i: number, sep: '|' | '\t'): Found | null {
  const head = para(blocks, i);
  const headerCells = head ? pipeCells(head, sep) : null;
  if (!head || !headerCells || headerCells.length < 3) return null;
  if (headerCells.filter((c) => headerRole(c.text) !== null).length < 2) return null;
  const width = headerCells.length;
  const headerRoles = headerCells.map((c) => headerRole(c.text));
  const deadlineColumn = sep === '|' ? headerCells.findIndex((c) => headerRole(c.text) === 'deadline') : -1;
  const rows = [{ line: head, end: head.end, cells: headerCells.map(cell) }];
  let lastFull: Piece[] | null = null;
  // The last row when its line stopped short of its closing `|` with cells still to come: it may go on below.
  let open: { cells: Piece[]; line: number } | null = null;
  let j = i + 1;
  for (; j < blocks.length; j++) {
    const b = para(blocks, j);
    if (!b) break;
    if (b.text.trim() === '' || isPipeRule(b.text, sep)) continue;
    const wrapped = sep === '\t' ? wrappedTabRow(b, para(blocks, j + 1), width) : null;
    if (wrapped) {
      rows.push({ line: b, end: wrapped.end, cells: wrapped.cells.map(cell) });
      j++;
      continue;
    }
    const cells = pipeCells(b, sep);
    // Another table's header right under this table's rows: that table starts here. (A header repeated on each
    // page names the same columns and goes on.)
    if (cells && rows.length > 1 && isHeaderRow(cells) && cells.map((c) => c.text).join('|') !== headerCells.map((c) => c.text).join('|'))
      break;
    if (!cells) {
      // A category row (一、健康环境) or a page's furniture between rows: kept when the table goes on after it.
      // Lone `|` lines between rows are borders, not the table's end.
      const next = blocks
        .slice(j + 1, j + 5)
        .find((n): n is ParagraphBlock => n.kind === 'para' && n.text.trim() !== '' && !isPipeRule(n.text, sep));
      // A category row written inside its own borders (`| 一、源头预防 |`) keeps only its text.
      const text =
        sep === '|'
          ? b.text
              .trim()
              .replace(/^\|\s*/, '')
              .replace(/\s*\|$/, '')
          : b.text.trim();
      const nextCells = next ? pipeCells(next, sep) : null;
      // A heading followed by a header row ("二、重点任务分工" ⏎ "| 序号 | 工作任务 | 责任单位 |") opens the next table.
      if (text.length > 30 || !nextCells || isHeaderRow(nextCells)) break;
      const lead = b.text.indexOf(text);
      rows.push({ line: b, end: b.end, cells: [cell({ text, start: b.start + lead, end: b.start + lead + text.length })] });
      continue;
    }
    const prev = rows.length > 1 ? rows[rows.length - 1] : undefined;
    const rest = prev && open?.line === j - 1 ? restOfBrokenRow(open.cells, b, cells, width) : null;
    open = null;
    if (prev && rest) {
      prev.cells = rest.map(cell);
      prev.end = b.end;
      continue;
    }
    if (prev && isContinuation(cells)) {
      // A cell wrapped onto a line of its own ("\t\t\t县发改局"): the row above goes on.
      cells.forEach((c, k) => {
        const target = prev.cells[k];
        if (c.text && target) appendToCell(target, c, headerRoles[k] ?? null);
      });
      prev.end = b.end;
      continue;
    }
    joinSplitUnitCells(cells, headerRoles);
    const shifted = underMergedCells(cells, width, lastFull);
    const aligned = shifted ?? alignShortRow(cells, width, deadlineColumn, headerRoles);
    if (aligned.length >= width && aligned[0]?.text) lastFull = aligned;
    if (sep === '|' && aligned === cells && cells.length < width && !b.text.trimEnd().endsWith('|')) open = { cells, line: j };
    rows.push({ line: b, end: b.end, cells: aligned.map(cell) });
  }
  // Blank and rule lines after the last row belong to what follows.
  while (j > i + 1 && (para(blocks, j - 1)?.text.trim() === '' || PIPE_SEPARATOR.test(para(blocks, j - 1)?.text ?? ''))) j--;
  return rows.length >= 2 ? { table: tableOf(rows), next: j } : null;
}

/**
 * The cells of a row whose line broke before its last cells ("| 5 | 推进…下降30%" ⏎ " | 市司法局 | 各执法部门 | 2026年底 |"),
 * or null when the line below does not complete it. A line that opens without `|` goes on the last cell first.
 */
function restOfBrokenRow(above: Piece[], b: ParagraphBlock, cells: Piece[], width: number): Piece[] | null {
  if (b.text.trimStart().startsWith('|')) return above.length + cells.length === width ? [...above, ...cells] : null;
  const last = above[above.length - 1];
  const first = cells[0];
  if (!last || !first || above.length + cells.length - 1 !== width) return null;
  return [...above.slice(0, -1), { text: last.text + first.text, start: last.start, end: first.end }, ...cells.slice(1)];
}

/** A row of column labels (序号, 工作任务, 责任单位…): the header of a table, not a data row. */
function isHeaderRow(cells: Piece[]): boolean {
  return cells.length >= 3 && cells.filter((c) => headerRole(c.text) !== null).length >= 2;
}

/**
 * A row that lost empty cells before the deadline column (an empty 配合单位 cell written without its `|`): its
 * deadline goes back under the deadline column, the cells after it keep their order, the gap is left empty.
 * When the unit list before the deadline would then stand under a column of another kind (目标 and 措施 merged
 * into one cell), the gap goes before the units instead, so they stay under the unit column.
 */
function alignShortRow(cells: Piece[], width: number, deadlineColumn: number, roles: (ColumnRole | null)[]): Piece[] {
  if (cells.length >= width || cells.length < 2 || deadlineColumn < 0) return cells;
  const at = cells.findIndex((c, k) => k >= 1 && isDeadlineCell(c.text.replace(/\s+/g, '')));
  const missing = deadlineColumn - at;
  if (at < 0 || missing <= 0 || cells.length + missing > width) return cells;
  let units = 0;
  while (units < at - 1 && cells[at - 1 - units]!.text && unitShaped(cells[at - 1 - units]!)) units++;
  const moveUnits = units > 0 && !UNIT_ROLES.has(roles[at - 1] ?? null) && UNIT_ROLES.has(roles[deadlineColumn - 1] ?? null);
  const cut = moveUnits ? at - units : at;
  const next = cells[cut]!;
  const gap = Array.from({ length: missing }, (): Piece => ({ text: '', start: next.start, end: next.start }));
  return [...cells.slice(0, cut), ...gap, ...cells.slice(cut)];
}

/**
 * A row under merged cells of the first columns (a category cell spanning several items, copied once): its
 * numbered duty cell has the numbering of the duty column of the last full row, not of the first column. Its
 * cells move right by the number of cells it lacks.
 */
function underMergedCells(row: Piece[], width: number, lastFull: Piece[] | null): Piece[] | null {
  // "| 2.… | X牵头 | 持续推进 | |": the copy pads the shifted row with empty cells at its end.
  let kept = row.length;
  while (kept > 0 && row[kept - 1]!.text === '') kept--;
  const cells = row.slice(0, kept);
  const missing = width - cells.length;
  if (!lastFull || missing <= 0 || missing >= width - 1) return null;
  const own = readMarker(cells[0]?.text ?? '');
  const duty = readMarker(lastFull[missing]?.text ?? '');
  const first = readMarker(lastFull[0]?.text ?? '');
  if (!own || !duty || own.style !== duty.style || first?.style === own.style) return null;
  const at = cells[0]!.start;
  return [...Array.from({ length: missing }, (): Piece => ({ text: '', start: at, end: at })), ...cells];
}

/**
 * A tab row whose duty wrapped: "5\t落实…政策" ⏎ "\t县医保局、县卫健委\t2023年6月底", or "6\t推进…筛查," ⏎
 * "\t新生儿…98%以上\t县妇幼保健院\t2023年12月底". The first line holds the number and the start of the duty; the
 * next opens with a tab and holds the rest, its first cell the duty's tail when the two lines overfill the row.
 */
function wrappedTabRow(b: ParagraphBlock, next: ParagraphBlock | null, width: number): { cells: Piece[]; end: number } | null {
  if (!next || !/^\d{1,3}\t/.test(b.text.trim())) return null;
  // Or the next line opens with the duty's tail, no tab before it ("6\t推动…创建示范" ⏎ "餐厅10家\t区市场监管局\t…"): not a
  // row of its own (a number) and only as many cells as the row lacks.
  const tabbed = next.text.startsWith('\t');
  if (!tabbed && /^\s*\d{1,3}(?:\t|$)/.test(next.text)) return null;
  const tab = b.text.indexOf('\t');
  const own = [
    { start: b.start, text: b.text.slice(0, tab) },
    { start: b.start + tab + 1, text: b.text.slice(tab + 1) },
  ].map((p) => {
    const lead = p.text.length - p.text.trimStart().length;
    const text = p.text.trim();
    return { text, start: p.start + lead, end: p.start + lead + text.length };
  });
  if (b.text.indexOf('\t', tab + 1) >= 0 || !own[1]?.text) return null;
  const rest = tabbed ? (pipeCells({ ...next, text: `x${next.text}` }, '\t')?.slice(1) ?? null) : pipeCells(next, '\t');
  if (!rest || rest.some((c) => !c.text)) return null;
  const tail = tabbed ? rest.map((c) => ({ ...c, start: c.start - 1, end: c.end - 1 })) : rest;
  if (tabbed && own.length + tail.length === width) return { cells: [...own, ...tail], end: next.end };
  if (own.length + tail.length !== width + 1) return null;
  const duty = own[1]!;
  const more = tail[0]!;
  return { cells: [own[0]!, { text: duty.text + more.text, start: duty.start, end: more.end }, ...tail.slice(1)], end: next.end };
}

/** A `|` or tab row whose number and duty cells are empty but another is not: a wrapped cell of the row above. */
function isContinuation(cells: Piece[]): boolean {
  return cells.length >= 3 && cells[0]!.text === '' && cells[1]!.text === '' && cells.some((c) => c.text !== '');
}

/**
 * A row with more cells than the header whose unit column's list runs on into the next cell (`|X|Y、Z|2026年6月底|`
 * under `|责任单位|完成时限|`): the unit cells are one list again, so the cells after them keep their columns.
 */
function joinSplitUnitCells(cells: Piece[], roles: (ColumnRole | null)[]): void {
  for (let k = 0; cells.length > roles.length && k + 1 < cells.length; k++) {
    const [own, next] = [cells[k]!, cells[k + 1]!];
    if (!UNIT_ROLES.has(roles[k] ?? null) || UNIT_ROLES.has(roles[k + 1] ?? null)) continue;
    if (!own.text || !next.text || !unitShaped(own) || !unitShaped(next)) continue;
    cells.splice(k, 2, { text: `${own.text}、${next.text}`, start: own.start, end: next.end });
    k--;
  }
}
