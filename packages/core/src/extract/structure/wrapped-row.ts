import { cellShape, type CellShape, type ColumnRole } from './table-columns.js';
import { UNIT_ROLES } from './flat-header.js';
import type { UnitDirectory } from '../units/unit-directory.js';

/** A cell of a row being read, as flat-table keeps it. */
export interface WrappedCell {
  text: string;
  shape: CellShape | 'person';
}

/**
 * Where a piece of a wrapped line may go: a deadline cell that it completes ("2023年" + "11月"), a unit cell that it
 * completes ("各县区人民政" + "府"), or any text column.
 */
function accepts(role: ColumnRole | undefined, cell: WrappedCell, piece: string, dir: UnitDirectory): boolean {
  if (!role || role === 'num' || role === 'person') return false;
  if (role === 'deadline') return cellShape(cell.text + piece, dir) === 'deadline';
  if (UNIT_ROLES.includes(role)) return cell.shape !== 'units' && cellShape(cell.text + piece, dir) === 'units';
  return true;
}

/**
 * A PDF row whose cells wrap: the next line carries the tails of some cells, separated by single spaces and with no
 * row number ("能力提升 处 府(管委会) 11月" under "1 基层医疗机构 建设… 市卫健委 各县区人民政 2023年"). Each tail goes
 * to the first later column that takes it, in order. Returns false (and changes nothing) when the row is not laid
 * out one cell per column or a tail has no column.
 */
export function mergeWrappedLine(cells: WrappedCell[], roles: ColumnRole[], pieces: string[], dir: UnitDirectory): boolean {
  if (cells.length !== roles.length || !pieces.length) return false;
  const plan: number[] = [];
  let col = 0;
  for (const piece of pieces) {
    while (col < roles.length && !accepts(roles[col], cells[col] as WrappedCell, piece, dir)) col++;
    if (col >= roles.length) return false;
    plan.push(col++);
  }
  plan.forEach((c, k) => {
    const cell = cells[c] as WrappedCell;
    cell.text += pieces[k] ?? '';
    cell.shape = cellShape(cell.text, dir);
  });
  return true;
}
