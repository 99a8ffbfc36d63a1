import type { ParsedTable } from './table-rows.js';

/**
 * "表中多个牵头单位以分号隔开的,按职责分工各负其责": a document's legend saying that leads written apart by a
 * semicolon answer each for their own part. It makes the leads of every such row separate leads.
 */
const SEMICOLON_LEGEND =
  /牵头单位[^。\n]{0,12}(?:分号|[“"][;;][”"])[^。\n]{0,6}(?:隔开|分隔|间隔|分开)[^。\n]{0,10}(?:按职责分工|各负其责|分别负责)/;

/** The table with rows whose lead cell splits its units by ; marked as separate leads, when the document says so. */
export function applySeparatorRule(table: ParsedTable, sourceText: string): ParsedTable {
  if (table.kind !== 'task' || !SEMICOLON_LEGEND.test(sourceText)) return table;
  const marked = (u: { role: string; text: string }) => u.role === 'lead' && /[;;]/.test(u.text);
  if (!table.rows.some((r) => r.units.some(marked))) return table;
  return { ...table, rows: table.rows.map((r) => (r.units.some(marked) ? { ...r, separate: true } : r)) };
}
