import type { ColumnRole } from './table-columns.js';
import { isUnitName } from '../units/unit-name.js';

/** A grid slot: its text and the source cell it comes from (shared by the slots a spanning cell covers). */
interface Slot<C> {
  text: string;
  cell: C;
}

const OPENS = /[“‘《((]/g;
const CLOSES = /[”’》))]/g;
const UNIT_ROLES: (ColumnRole | null)[] = ['lead', 'part', 'resp'];

/**
 * A cell that stops inside a quotation or a name ("患者“以奖", "区公安分局、区", "区委政法"): its text goes on in
 * the row below.
 */
function stopsShort(text: string, role: ColumnRole | null): boolean {
  if ((text.match(OPENS) ?? []).length > (text.match(CLOSES) ?? []).length || /[、,,]$/.test(text)) return true;
  if (!UNIT_ROLES.includes(role)) return false;
  const last =
    text
      .split(/[、,,;;\s]+/)
      .filter(Boolean)
      .pop() ?? '';
  return !isUnitName(last);
}

/**
 * Rows of a table whose cells wrapped onto lines of their own, each read as a row (PDF): a row with no number and
 * no deadline under a numbered row with both, where a cell of the row above stops inside a quotation or a name,
 * is the rest of that row. Its cells are joined onto the row above (CJK text joins without a space) and it is
 * emptied. Rows under a merged number cell keep their own number, so they are never joined.
 */
export function joinWrappedRows<C>(grid: (Slot<C> | null)[][], roles: (ColumnRole | null)[], from: number): void {
  const num = roles.indexOf('num');
  const deadline = roles.indexOf('deadline');
  if (num < 0 || deadline < 0) return;
  const filled = (s: Slot<C> | null | undefined): s is Slot<C> => !!s && s.text !== '';
  let open: number | null = null;
  for (let r = from; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const own = row.filter(filled);
    if (filled(row[num]) || filled(row[deadline]) || own.length === 0) {
      open = filled(row[num]) && filled(row[deadline]) ? r : null;
      continue;
    }
    const above = open === null ? null : grid[open];
    if (!above || !above.some((s, c) => filled(s) && stopsShort(s.text, roles[c] ?? null)) || own.length < 2) {
      open = null;
      continue;
    }
    row.forEach((s, c) => {
      if (!filled(s)) return;
      const up = above[c];
      above[c] = filled(up) ? { text: up.text + s.text, cell: up.cell } : s;
    });
    grid[r] = row.map(() => null);
  }
}
