import type { Block, ParagraphBlock, SourceText, TableBlock, TableCell } from '../source-text.js';
import { charWidth, displayWidth } from '../display-width.js';
import { isDeadlineCell } from './deadline-shape.js';
import { headerRole, type ColumnRole } from './table-columns.js';
import { splitUnitList } from '../units/unit-name.js';
import { LOCAL_GOVERNMENT_ENDINGS } from '../lexicons/org-suffixes.js';
import { alternation } from '../lexicons/pattern.js';
import { csvTable } from './csv-table.js';
import { boxTable } from './box-table.js';
import { withEmptyCells } from './gap-cells.js';

/**
 * Tables typed as text, as web copies and plain-text conversions carry them, become table blocks, so that they
 * are read exactly like the same table in HTML or .docx:
 * - `|` tables: rows with uneven cell counts (an empty middle cell loses its `|`), lone `|` lines between rows,
 *   `|---|` rules, a header that may end with `|`;
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

interface Found {
  table: TableBlock;
  /** Index of the first block after the table. */
  next: number;
}

interface Piece {
  text: string;
  start: number;
  end: number;
}

const para = (blocks: Block[], i: number): ParagraphBlock | null => {
  const b = blocks[i];
  return b?.kind === 'para' ? b : null;
};

const cell = (p: Piece): TableCell => ({ text: p.text, start: p.start, end: p.end, rowSpan: 1, colSpan: 1 });

function tableOf(rows: { line: ParagraphBlock; end: number; cells: TableCell[] }[]): TableBlock {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  return {
    kind: 'table',
    line: first.line.line,
    start: first.line.start,
    end: last.end,
    rows: rows.map((r) => ({ start: r.line.start, end: r.end, line: r.line.line, cells: r.cells })),
  };
}

// ---- `|` tables ----

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

function pipeTable(blocks: Block[], i: number, sep: '|' | '\t'): Found | null {
  const head = para(blocks, i);
  const headerCells = head ? pipeCells(head, sep) : null;
  if (!head || !headerCells || headerCells.length < 3) return null;
  if (headerCells.filter((c) => headerRole(c.text) !== null).length < 2) return null;
  const width = headerCells.length;
  const headerRoles = headerCells.map((c) => headerRole(c.text));
  const deadlineColumn = sep === '|' ? headerCells.findIndex((c) => headerRole(c.text) === 'deadline') : -1;
  const rows = [{ line: head, end: head.end, cells: headerCells.map(cell) }];
  let j = i + 1;
  for (; j < blocks.length; j++) {
    const b = para(blocks, j);
    if (!b) break;
    if (b.text.trim() === '' || isPipeRule(b.text, sep)) continue;
    const cells = pipeCells(b, sep);
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
      if (text.length > 30 || !next || !pipeCells(next, sep)) break;
      const lead = b.text.indexOf(text);
      rows.push({ line: b, end: b.end, cells: [cell({ text, start: b.start + lead, end: b.start + lead + text.length })] });
      continue;
    }
    const prev = rows.length > 1 ? rows[rows.length - 1] : undefined;
    if (prev && isContinuation(cells)) {
      // A cell wrapped onto a line of its own ("\t\t\t县发改局"): the row above goes on.
      cells.forEach((c, k) => {
        const target = prev.cells[k];
        if (c.text && target) appendToCell(target, c, headerRoles[k] ?? null);
      });
      prev.end = b.end;
      continue;
    }
    rows.push({ line: b, end: b.end, cells: alignShortRow(cells, width, deadlineColumn).map(cell) });
  }
  // Blank and rule lines after the last row belong to what follows.
  while (j > i + 1 && (para(blocks, j - 1)?.text.trim() === '' || PIPE_SEPARATOR.test(para(blocks, j - 1)?.text ?? ''))) j--;
  return rows.length >= 2 ? { table: tableOf(rows), next: j } : null;
}

/**
 * A row that lost empty cells before the deadline column (an empty 配合单位 cell written without its `|`): its
 * deadline goes back under the deadline column, the cells after it keep their order, the gap is left empty.
 */
function alignShortRow(cells: Piece[], width: number, deadlineColumn: number): Piece[] {
  if (cells.length >= width || cells.length < 2 || deadlineColumn < 0) return cells;
  const at = cells.findIndex((c, k) => k >= 1 && isDeadlineCell(c.text.replace(/\s+/g, '')));
  const missing = deadlineColumn - at;
  if (at < 0 || missing <= 0 || cells.length + missing > width) return cells;
  const due = cells[at]!;
  const gap = Array.from({ length: missing }, (): Piece => ({ text: '', start: due.start, end: due.start }));
  return [...cells.slice(0, at), ...gap, ...cells.slice(at)];
}

// ---- tables aligned with spaces ----

interface Word extends Piece {
  /** Display column where the word starts, and how many spaces (or a tab) came before it. */
  col: number;
  gap: number;
}

function words(b: ParagraphBlock): Word[] {
  const out: Word[] = [];
  const t = b.text;
  let col = 0;
  let gap = 0;
  let k = 0;
  while (k < t.length) {
    const c = t[k]!;
    if (c === ' ' || c === '\u3000' || c === '\t' || c === '\u00a0') {
      gap += c === '\t' ? 4 : c === '\u3000' ? 2 : 1;
      col += c === '\t' ? 4 : c === '\u3000' ? 2 : 1;
      k++;
      continue;
    }
    const from = k;
    const startCol = col;
    while (k < t.length && !/[ \u3000\t\u00a0]/.test(t[k]!)) col += charWidth(t.charCodeAt(k++));
    out.push({ text: t.slice(from, k), start: b.start + from, end: b.start + k, col: startCol, gap: out.length === 0 ? 99 : gap });
    gap = 0;
  }
  return out;
}

const TOLERANCE = 2;
/** How close to a column's start a piece may begin and still be read as that column's shifted cell. */
const NEAR_EDGE = 6;

/** Groups words into cells: a cell starts after two or more spaces, or where a word starts at a column's edge. */
function cellsOf(ws: Word[], starts: number[]): Word[] {
  const out: Word[] = [];
  for (const w of ws) {
    const prev = out[out.length - 1];
    const atEdge = starts.some((s) => Math.abs(s - w.col) <= TOLERANCE);
    if (!prev || w.gap >= 2 || atEdge) out.push({ ...w });
    else {
      prev.text += ` ${w.text}`;
      prev.end = w.end;
    }
  }
  return out;
}

/**
 * The column of each cell: the last column starting at or before it, never one already used on the line, except
 * a unit name that follows another under a unit column (a list of units written with spaces).
 */
function place(cells: Word[], starts: number[], roles: (ColumnRole | null)[] = []): Map<number, Word[]> {
  const placed = new Map<number, Word[]>();
  let min = 0;
  let prev: { col: number; cell: Word } | null = null;
  for (const c of cells) {
    if (prev && sharesUnitColumn(prev.cell, c, starts, roles[prev.col] ?? null, prev.col)) {
      placed.get(prev.col)!.push(c);
      continue;
    }
    let col = min;
    for (let k = min; k < starts.length; k++) if (starts[k]! <= c.col + TOLERANCE) col = k;
    placed.set(col, [...(placed.get(col) ?? []), c]);
    prev = { col, cell: c };
    min = Math.min(col + 1, starts.length - 1);
  }
  return placed;
}

/**
 * True when `next` is one more unit name in the unit column of `cell`: it fits before the next column starts, or starts
 * well inside this column. A piece starting just short of the next column is that column's cell in a row shifted
 * by a few places (curly quotes typed as one column wide move the rest of the row left).
 */
function sharesUnitColumn(cell: Word, next: Word, starts: number[], role: ColumnRole | null, col: number): boolean {
  const nextStart = starts[col + 1];
  if (!UNIT_ROLES.has(role) || nextStart === undefined || next.col + TOLERANCE >= nextStart) return false;
  if (next.col + displayWidth(next.text) > nextStart && nextStart - next.col <= NEAR_EDGE) return false;
  return unitShaped(cell) && unitShaped(next);
}

const isBlank = (b: ParagraphBlock | null) => !b || b.text.trim() === '';

function alignedTable(blocks: Block[], i: number): Found | null {
  const head = para(blocks, i);
  if (!head || head.text.includes('|')) return null;
  const wide = cellsOf(words(head), []);
  // Only a header already laid out in wide gaps: single spaces throughout are a PDF line, read elsewhere.
  const headerWords = wide.length >= 3 ? splitLabels(wide) : wide;
  if (headerWords.length < 3 || headerWords.some((w) => w.text.length > 14)) return null;
  const named = headerWords.filter((w) => headerRole(w.text) !== null).length;
  if (named < 2 || !headerWords.some((w) => headerRole(w.text) === 'task')) return null;
  const starts = headerWords.map((w) => w.col);
  const header = headerWords.map((w): Piece => ({ ...w }));
  const roles = headerWords.map((w) => headerRole(w.text));
  let j = i + 1;
  // A second header line: short words under the header's columns, no row number ("领导  责任单位  责任单位").
  const second = para(blocks, j);
  if (second && !isBlank(second)) {
    const ws = cellsOf(words(second), starts);
    if (ws.length && ws[0]!.col > starts[0]! + TOLERANCE && ws.every((w) => w.text.length <= 6 && !/\d/.test(w.text))) {
      for (const [col, cs] of place(ws, starts)) {
        const h = header[col]!;
        h.text += cs.map((c) => c.text).join('');
      }
      j++;
    }
  }
  const rows: { line: ParagraphBlock; end: number; cells: Piece[] }[] = [];
  // Cells separated by spaces but not aligned under the header ("任务     单位     时限" with equal gaps) are taken
  // in order instead of by column.
  const aligned = isAligned(blocks, j, starts);
  for (; j < blocks.length; j++) {
    const b = para(blocks, j);
    if (!b || isBlank(b)) break;
    const ws = aligned ? cellsOf(words(b), starts) : cellsOf(words(b), []);
    if (!ws.length) break;
    const placed = aligned ? place(ws, starts, roles) : inOrder(ws, roles);
    const startsRow = ws[0]!.col <= starts[0]! + TOLERANCE;
    const current = rows[rows.length - 1];
    if (startsRow) {
      if (placed.size < 2) {
        // A category row (四、能力建设) when the table goes on after it; else a sentence after the table.
        const next = para(blocks, j + 1);
        const text = b.text.trim();
        if (text.length > 30 || isBlank(next) || cellsOf(words(next!), []).length < 3) break;
        rows.push({ line: b, end: b.end, cells: [{ text, start: ws[0]!.start, end: ws[ws.length - 1]!.end }] });
        continue;
      }
      const cells = starts.map((_, k): Piece => {
        const cs = placed.get(k);
        return cs
          ? { text: joinCell(cs, roles[k] ?? null), start: cs[0]!.start, end: cs[cs.length - 1]!.end }
          : { text: '', start: b.start, end: b.start };
      });
      rows.push({ line: b, end: b.end, cells });
    } else if (current) {
      // The row goes on: each piece joins the cell of its column. Without columns to go by, one piece wrapped
      // under a row goes on its last cell (the line broke at the row's end).
      const lastFilled = current.cells.findLastIndex((c) => c.text !== '');
      if (!aligned && placed.size === 1 && lastFilled > 0) {
        const only = [...placed.values()][0]!;
        const piece = { text: only.map((c) => c.text).join(''), start: only[0]!.start, end: only[only.length - 1]!.end };
        appendToCell(current.cells[lastFilled]!, piece, roles[lastFilled] ?? null);
        current.end = b.end;
        continue;
      }
      for (const [k, cs] of placed) {
        appendToCell(
          current.cells[k]!,
          { text: cs.map((c) => c.text).join(''), start: cs[0]!.start, end: cs[cs.length - 1]!.end },
          roles[k] ?? null,
        );
      }
      current.end = b.end;
    } else break;
  }
  if (rows.length < 2) return null;
  return {
    table: tableOf([{ line: head, end: head.end, cells: header.map(cell) }, ...rows.map((r) => ({ ...r, cells: r.cells.map(cell) }))]),
    next: j,
  };
}

/**
 * Header cells split where one space separates two column labels ("序号 重点任务"): a label is short, so a writer
 * aligning the columns below often left a single space between the first two.
 */
function splitLabels(cells: Word[]): Word[] {
  return cells.flatMap((cell) => {
    const parts = cell.text.split(' ');
    if (parts.length < 2 || parts.some((p) => headerRole(p) === null)) return [cell];
    let offset = 0;
    return parts.map((text) => {
      const from = cell.start + cell.text.indexOf(text, offset);
      const col = cell.col + displayWidth(cell.text.slice(0, from - cell.start));
      offset = from - cell.start + text.length;
      return { ...cell, text, start: from, end: from + text.length, col };
    });
  });
}

/** True when most cells of the rows under the header start at a header column. */
function isAligned(blocks: Block[], from: number, starts: number[]): boolean {
  let hits = 0;
  let total = 0;
  for (let j = from; j < Math.min(blocks.length, from + 6); j++) {
    const b = para(blocks, j);
    if (isBlank(b)) break;
    for (const w of cellsOf(words(b!), [])) {
      total++;
      if (starts.some((s) => Math.abs(s - w.col) <= TOLERANCE)) hits++;
    }
  }
  return total > 0 && hits >= total * 0.7;
}

const UNIT_ROLES = new Set<ColumnRole | null>(['lead', 'part', 'resp']);
const unitShaped = (w: Piece) => splitUnitList(w.text) !== null;

/** A `|` or tab row whose number and duty cells are empty but another is not: a wrapped cell of the row above. */
function isContinuation(cells: Piece[]): boolean {
  return cells.length >= 3 && cells[0]!.text === '' && cells[1]!.text === '' && cells.some((c) => c.text !== '');
}

/**
 * A wrapped piece that names a unit of its own: one with a level (县…, 各…) or a local government (…街道办事处).
 * Without one it is a part of the unit above (区公安分局 ⏎ 交警大队).
 */
const OWN_UNIT = new RegExp(`^[省市县区州旗盟各]|${alternation(LOCAL_GOVERNMENT_ENDINGS)}$`);

/**
 * Adds a wrapped piece to the cell of its column. A piece that is a whole unit name of its own, under a unit column
 * whose text is one already, is the next unit of a list (县城管执法局 ⏎ 城关街道办事处); anything else goes on the text.
 */
function appendToCell(target: Piece, piece: Piece, role: ColumnRole | null): void {
  if (!target.text) Object.assign(target, { text: piece.text, start: piece.start });
  else if (UNIT_ROLES.has(role) && !/[、,,;;]$/.test(target.text) && OWN_UNIT.test(piece.text) && unitShaped(target) && unitShaped(piece))
    target.text += `、${piece.text}`;
  else target.text += piece.text;
  target.end = piece.end;
}

/**
 * The text of a cell made of several space-separated pieces. Under a unit column, pieces that are each a unit
 * name are a list written with spaces ("县林业局  县气象局"): joined with 、 so they stay apart.
 */
function joinCell(cs: Piece[], role: ColumnRole | null): string {
  if (cs.length > 1 && UNIT_ROLES.has(role) && cs.every(unitShaped)) return cs.map((c) => c.text).join('、');
  return cs.map((c) => c.text).join(' ');
}

/**
 * Cells in order; a short row's last cell, when a deadline, goes under the last column. A row with more cells than
 * the header whose surplus is unit names (several units in one cell, separated by spaces) keeps the cells before and
 * after the unit columns in place and gives the surplus to the last unit column.
 */
function inOrder(ws: Word[], roles: (ColumnRole | null)[]): Map<number, Word[]> {
  const width = roles.length;
  const placed = new Map<number, Word[]>();
  const units = roles.flatMap((r, k) => (UNIT_ROLES.has(r) ? [k] : []));
  const first = units[0] ?? -1;
  const lastUnit = units[units.length - 1] ?? -1;
  const after = width - 1 - lastUnit;
  if (ws.length > width && first >= 0 && lastUnit - first + 1 === units.length && ws.slice(first, ws.length - after).every(unitShaped)) {
    ws.forEach((w, k) => {
      const col = k < first ? k : k >= ws.length - after ? width - (ws.length - k) : Math.min(k, lastUnit);
      placed.set(col, [...(placed.get(col) ?? []), w]);
    });
    return placed;
  }
  const spaced = withEmptyCells(ws, width);
  if (spaced.length > ws.length) {
    spaced.forEach((w, k) => w && placed.set(k, [w]));
    return placed;
  }
  ws.forEach((w, k) => placed.set(Math.min(k, width - 1), [...(placed.get(Math.min(k, width - 1)) ?? []), w]));
  const last = ws[ws.length - 1];
  if (ws.length < width && ws.length >= 2 && last && isDeadlineCell(last.text)) {
    placed.delete(ws.length - 1);
    placed.set(width - 1, [last]);
  }
  return placed;
}
