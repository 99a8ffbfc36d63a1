import type { Block, ParagraphBlock } from '../source-text.js';
import { displayWidth } from '../display-width.js';
import { headerRole } from './table-columns.js';
import { appendToCell, cell, para, tableOf, type Found, type Piece } from './text-table-parts.js';
import { cellsOf, inOrder, joinCell, place, TOLERANCE, words, type Word } from './aligned-cells.js';
import { isIndicatorTableHeader } from '../indicators/indicator-columns.js';

const WIDE_GAP = /[\t\u3000]|[ \u00a0]{2}/;
const isBlank = (b: ParagraphBlock | null) => !b || b.text.trim() === '';
/**
 * A table aligned with runs of spaces (or tabs), whose header may take two lines (牵头 ⏎ 领导) and whose rows may
 * continue on the next lines, cells placed by their display column (CJK characters are two columns wide).
 */
export function alignedTable(blocks: Block[], i: number): Found | null {
  const head = para(blocks, i);
  // A header needs at least two wide gaps between its labels; most lines have none and are left at once.
  if (!head || head.text.includes('|') || !WIDE_GAP.test(head.text)) return null;
  const wide = cellsOf(words(head), []);
  // Only a header already laid out in wide gaps: single spaces throughout are a PDF line, read elsewhere.
  const headerWords = wide.length >= 3 ? splitLabels(wide) : wide;
  if (headerWords.length < 3 || headerWords.some((w) => w.text.length > 14)) return null;
  const named = headerWords.filter((w) => headerRole(w.text) !== null).length;
  // A duty table has a task column; a target table (指标 / 单位 / 基线 / 2026年目标) is lifted the same way so that
  // its rows stay apart and are read under their columns.
  const duty = headerWords.some((w) => headerRole(w.text) === 'task');
  if (named < 2 || !(duty || isIndicatorTableHeader(headerWords.map((w) => w.text)))) return null;
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
