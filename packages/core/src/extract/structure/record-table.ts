import type { TableBlock } from '../source-text.js';
import { headerRole, type ColumnRole } from './table-columns.js';

const UNIT_ROLES: ColumnRole[] = ['lead', 'part', 'resp'];

/**
 * A table laid out as one record, label cell beside value cell on every row (项目名称 | X, 牵头单位 | Y,
 * 完成时限 | Z): the labels are the header of a one-row table. Returns that table, or null when the rows are not
 * label/value pairs that name a duty and its units.
 */
export function transposeRecordTable(table: TableBlock): TableBlock | null {
  const rows = table.rows.filter((r) => r.cells.length);
  if (rows.length < 3 || rows.some((r) => r.cells.length !== 2)) return null;
  const roles = rows.map((r) => headerRole(r.cells[0]?.text ?? ''));
  const known = roles.filter((r): r is ColumnRole => r !== null);
  if (known.length < rows.length - 1 || !known.includes('task') || !known.some((r) => UNIT_ROLES.includes(r))) return null;
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const labels = rows.map((r) => r.cells[0]!);
  const values = rows.map((r) => r.cells[1]!);
  return {
    ...table,
    rows: [
      { start: first.start, end: last.end, line: first.line, cells: labels, header: true },
      { start: values[0]!.start, end: last.end, line: first.line, cells: values },
    ],
  };
}
