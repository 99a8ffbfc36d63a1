import type { Block, ParagraphBlock, TableBlock, TableCell } from '../source-text.js';
import { para } from './text-table-parts.js';

/** A box-drawn table found in the text, and the index of the first block after it. */
export interface BoxFound {
  table: TableBlock;
  next: number;
}

const VERTICAL = '│┃║|';
const RULE_LINE = /^[┌┏╔├┣╠└┗╚┬┼┴┳╋┻╦╬╩─━═+\-\s┐┓╗┤┫╣┘┛╝]+$/u;
const isVertical = (ch: string | undefined) => ch !== undefined && VERTICAL.includes(ch);

/** One content line of the table: its text and where each of its characters sits in the source. */
interface BoxLine {
  text: string;
  at: (k: number) => number;
  start: number;
  end: number;
  line: number;
}

const asLine = (p: ParagraphBlock): BoxLine => ({ text: p.text, at: (k) => p.start + k, start: p.start, end: p.end, line: p.line });

const verticals = (t: string) => [...t].filter((ch) => isVertical(ch)).length;

/** A content line followed by the rest of it, as a page too narrow for the table wraps it (its printed twin). */
function joinLines(a: BoxLine, b: ParagraphBlock): BoxLine {
  const cut = a.text.length;
  return {
    text: a.text + b.text,
    at: (k) => (k < cut ? a.at(k) : b.start + k - cut),
    start: a.start,
    end: b.end,
    line: a.line,
  };
}

/** The cells of one content line "│1 │推进…│基层卫生股│": text trimmed, offsets in the source. */
function lineCells(p: BoxLine): TableCell[] | null {
  const t = p.text;
  const lead = t.length - t.trimStart().length;
  if (!isVertical(t[lead])) return null;
  const cells: TableCell[] = [];
  let from = lead + 1;
  for (let k = from; k <= t.length; k++) {
    if (k < t.length && !isVertical(t[k])) continue;
    if (k === t.length && t.slice(from).trim() === '') break;
    const raw = t.slice(from, k);
    const pad = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = p.at(from + pad);
    const end = text ? p.at(from + pad + text.length - 1) + 1 : start;
    cells.push({ text, start, end, rowSpan: 1, colSpan: 1 });
    from = k + 1;
  }
  return cells.length >= 2 ? cells : null;
}

const ASCII_END = /[A-Za-z0-9]$/;
const ASCII_START = /^[A-Za-z0-9]/;

/** Joins a cell wrapped over several lines: CJK text runs on, Latin words keep a space. */
function joinCell(a: TableCell, b: TableCell): TableCell {
  if (!b.text) return a;
  if (!a.text) return { ...b };
  const gap = ASCII_END.test(a.text) && ASCII_START.test(b.text) ? ' ' : '';
  return { ...a, text: a.text + gap + b.text, end: b.end };
}

const isRule = (b: ParagraphBlock | null) => b !== null && RULE_LINE.test(b.text.trim()) && /[─━═-]/u.test(b.text);
const isContent = (b: ParagraphBlock | null) => b !== null && isVertical(b.text.trim()[0]);

/** Whether the box table whose top rule is block `top` draws a rule between its rows (├─┼─┤, or +---+ in ASCII). */
function innerRules(blocks: Block[], top: number): boolean {
  for (let j = top + 1; j < blocks.length; j++) {
    const b = para(blocks, j);
    if (isContent(b)) continue;
    return isRule(b) && isContent(para(blocks, j + 1));
  }
  return false;
}

/**
 * The content line at block `j`, with the lines it was wrapped onto when it has fewer bars than a full line:
 * printed to a page narrower than the table, a long line goes on in the next line (often at a bar, its padding
 * lost). Kept only when the pieces add up to exactly a full line's bars, so that a row with merged cells stays alone.
 */
function wholeLine(blocks: Block[], j: number, bars: number): { line: BoxLine; last: number } {
  const b = para(blocks, j)!;
  let line = asLine(b);
  let count = verticals(b.text);
  let k = j;
  while (count < bars) {
    const next = para(blocks, k + 1);
    if (!next || isRule(next) || !next.text.trim()) break;
    const more = verticals(next.text);
    if (more === 0 || count + more > bars) break;
    line = joinLines(line, next);
    count += more;
    k++;
  }
  return count === bars && k > j ? { line, last: k } : { line: asLine(b), last: j };
}

/**
 * A table drawn with box characters (┌─┬─┐ / │…│ / ├─┼─┤ / └─┴─┘), as plain-text conversions of Word tables
 * write it. Every row between two rules is one table row, its cells wrapped over as many lines as they need; where
 * the rules between rows are missing, a line whose first cell (the 序号) is filled starts the next row.
 */
export function boxTable(blocks: Block[], i: number): BoxFound | null {
  const first = para(blocks, i);
  if (!first || !/^\s*(?:[┌┏╔]|\+[-=]{3,})/u.test(first.text) || !isRule(first) || !isContent(para(blocks, i + 1))) return null;
  const rows: TableBlock['rows'] = [];
  let cur: { start: number; end: number; line: number; cells: TableCell[] } | null = null;
  // With rules between the rows, a row's cells may wrap in any column, the first included ("序" ⏎ "号").
  const ruled = innerRules(blocks, i);
  // The top rule's junctions (┌ ┬ ┐, or + in ASCII) are the bars of a full content line.
  const bars = [...first.text.trim()].filter((ch) => !/[─━═\-=\s]/u.test(ch)).length;
  const close = () => {
    if (cur && cur.cells.some((c) => c.text)) rows.push(cur);
    cur = null;
  };
  let j = i + 1;
  for (; j < blocks.length; j++) {
    const b = para(blocks, j);
    if (!b) break;
    if (isRule(b)) {
      close();
      // The bottom rule: nothing of the table follows it.
      if (!isContent(para(blocks, j + 1))) {
        j++;
        break;
      }
      continue;
    }
    const whole = wholeLine(blocks, j, bars);
    const cells = lineCells(whole.line);
    if (!cells) break;
    j = whole.last;
    if (cur && !ruled && cells[0]?.text && cur.cells[0]?.text) close();
    if (!cur) {
      cur = { start: whole.line.start, end: whole.line.end, line: whole.line.line, cells };
      continue;
    }
    const row: { cells: TableCell[]; end: number } = cur;
    row.end = whole.line.end;
    cells.forEach((c, k) => {
      row.cells[k] = row.cells[k] ? joinCell(row.cells[k]!, c) : c;
    });
  }
  close();
  if (rows.length < 2) return null;
  const last = rows[rows.length - 1]!;
  return { table: { kind: 'table', line: first.line, start: first.start, end: last.end, rows }, next: j };
}
