import { cellShape, type CellShape, type ColumnRole } from './table-columns.js';
import { UNIT_ROLES } from './flat-header.js';
import type { UnitDirectory } from '../units/unit-directory.js';

/** A cell of a row being read, as flat-table keeps it. */
export interface WrappedCell {
  text: string;
  shape: CellShape | 'person';
}

/** The tail of a wrapped date: digits and date words only ("030年", "0月底前", "前;2026年"). */
const DATE_TAIL = /^[\d年月日底前后内起止至季度每周旬上中下半期间持续推进长期完成;;、,,.—–\-~]+$/;

/**
 * How well column `c` takes a piece of a wrapped line, 0 when it does not: a unit or deadline cell that the piece
 * completes ("各县区人民政" + "府", "2023年" + "11月") best; then a unit cell that reads whole already but ends in a
 * separator ("区医保局、区中心医院、"), or filled its column's width (`full`), so that its list went on ("区行政服务中心、
 * 区政府" + "各委办局"); any text column last.
 */
function fit(role: ColumnRole | undefined, cell: WrappedCell, piece: string, full: boolean, dir: UnitDirectory): number {
  if (!role || role === 'num' || role === 'person') return 0;
  if (role === 'deadline') return DATE_TAIL.test(piece) && cellShape(cell.text + piece, dir) === 'deadline' ? 4 : 0;
  if (UNIT_ROLES.includes(role)) {
    const whole = cell.shape === 'units';
    const goesOn = /[、,,]$/.test(cell.text);
    if (whole && !full && !goesOn) return 0;
    // Of two whole lists that filled their columns, the participants' is the one that runs long.
    return cellShape(cell.text + piece, dir) === 'units' ? (!whole ? 4 : goesOn ? 3 : role === 'part' ? 2.5 : 2) : 0;
  }
  return 1;
}

/**
 * A PDF row whose cells wrap: the next line carries the tails of some cells, separated by single spaces and with no
 * row number ("能力提升 处 府(管委会) 11月" under "1 基层医疗机构 建设… 市卫健委 各县区人民政 2023年"). The tails go to
 * columns in order, the placing that fits them best (see `fit`). Returns false (and changes nothing) when the row is
 * not laid out one cell per column or the tails have no placing. `full(c)` says that the row's cell in column `c`
 * filled the column's width on the row's first line.
 */
export function mergeWrappedLine(
  cells: WrappedCell[],
  roles: ColumnRole[],
  pieces: string[],
  dir: UnitDirectory,
  full: (c: number) => boolean = () => false,
): boolean {
  if (cells.length !== roles.length || !pieces.length || pieces.length > roles.length) return false;
  const score = pieces.map((piece) => roles.map((r, c) => fit(r, cells[c] as WrappedCell, piece, full(c), dir)));
  // Best placing of pieces k… in columns from c on: its score and columns (small rows: a plain search).
  const best = (k: number, from: number): { score: number; cols: number[] } | null => {
    if (k === pieces.length) return { score: 0, cols: [] };
    let top: { score: number; cols: number[] } | null = null;
    for (let c = from; c <= roles.length - (pieces.length - k); c++) {
      const s = score[k]?.[c] ?? 0;
      if (!s) continue;
      const rest = best(k + 1, c + 1);
      if (rest && (!top || s + rest.score > top.score)) top = { score: s + rest.score, cols: [c, ...rest.cols] };
    }
    return top;
  };
  const plan = best(0, 0);
  if (!plan) return false;
  plan.cols.forEach((c, k) => {
    const cell = cells[c] as WrappedCell;
    cell.text += pieces[k] ?? '';
    cell.shape = cellShape(cell.text, dir);
  });
  return true;
}
