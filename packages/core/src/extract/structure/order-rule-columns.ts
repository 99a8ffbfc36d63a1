import { ORDER_RULE } from './attribution-text.js';
import type { ParsedTable } from './table-rows.js';
import type { ColumnRole } from './table-columns.js';

/** A note naming a table's column or list ("…栏中", "表中", "列…"): it speaks of the table wherever it stands. */
const NAMES_COLUMN = /[栏列表]|清单|台账/;

/**
 * "主体责任单位栏中排在第一位的为牵头单位": a document's first-unit rule read into a duty table whose one unit column
 * names no 牵头 (主体责任单位, 责任主体). That column is then an undifferentiated list, so its first unit leads and the
 * others take part. A rule that names the table applies wherever it stands (a note under the table); a rule
 * written in the text applies to the tables after it. An explicit 牵头 column is never overridden.
 */
export function applyOrderRule(table: ParsedTable, sourceText: string): ParsedTable {
  if (table.kind !== 'task') return table;

  const unitColumns = table.roles.flatMap((r, i) => (r === 'lead' || r === 'part' || r === 'resp' ? [i] : []));
  const only = unitColumns.length === 1 ? unitColumns[0]! : -1;
  const paired = unitColumns.length === 2 ? firstLeadsColumn(table, unitColumns, sourceText) : null;
  if (paired) return paired;
  if (only < 0 || table.roles[only] !== 'lead') return table;
  const label = table.header.length === table.roles.length ? (table.header[only] ?? '') : table.header.join(' ');
  if (/牵头/.test(label) || !statesRuleFor(table.start, sourceText)) return table;
  const asList = (role: ColumnRole): ColumnRole => (role === 'lead' ? 'resp' : role);
  return {
    ...table,
    roles: table.roles.map((r, i) => (i === only ? 'resp' : r)),
    rows: table.rows.map((row) => ({ ...row, units: row.units.map((u) => ({ ...u, role: asList(u.role) })) })),
  };
}

/**
 * "主责单位排在首位的为牵头单位" over a table with a 主责单位 and a 配合单位 column: the rule names the first column,
 * so only its first unit leads and the others of that cell take part, before the 配合 units.
 */
function firstLeadsColumn(table: ParsedTable, unitColumns: number[], sourceText: string): ParsedTable | null {
  const [lead, part] = unitColumns as [number, number];
  if (table.roles[lead] !== 'lead' || table.roles[part] !== 'part' || table.header.length !== table.roles.length) return null;
  const label = (table.header[lead] ?? '').replace(/\s+/g, '');
  if (!label || /牵头/.test(label) || !statesRuleFor(table.start, sourceText, label)) return null;
  return {
    ...table,
    rows: table.rows.map((row) => ({ ...row, units: row.units.map((u) => (u.role === 'lead' ? { ...u, firstLeads: true } : u)) })),
  };
}

/** True when the text states the first-unit rule for the table at `tableStart` (naming `label` when given). */
function statesRuleFor(tableStart: number, text: string, label?: string): boolean {
  const rule = new RegExp(ORDER_RULE.source, 'g');
  for (let m = rule.exec(text); m; m = rule.exec(text)) {
    const from = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('。', m.index)) + 1;
    const before = text.slice(from, m.index);
    if (label && !before.replace(/\s+/g, '').endsWith(label)) continue;
    if (m.index < tableStart || NAMES_COLUMN.test(before)) return true;
  }
  return false;
}
