import { findDeadlinePhrases, parseDeadlineCell } from '../dates/index.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import { classifyHeading } from './headings.js';
import { ancestors, type OutlineNode } from './outline.js';
import { headingLabel, sectionClass, type DraftTask } from './prose-tasks.js';
import { resolveRowRoles, type ParsedTable } from './table-rows.js';
import { readMarker } from './numbering.js';

/**
 * One task per row of a duty table. The table's own section (the heading right above it, if any) and its
 * category rows give path and kind; a table that merely follows the prose inherits nothing from it.
 */
export function tableTasks(table: ParsedTable, owner: OutlineNode | null, dir: UnitDirectory, planYear: number | null): DraftTask[] {
  const basePath = owner ? [...ancestors(owner), owner].map(headingLabel) : [];
  const ownerClass = owner ? sectionClass(owner, true) : null;
  return table.rows.map((row) => {
    const categoryClass =
      row.category.map((c) => classifyHeading(c.replace(/^[((]?[一二三四五六七八九十]+[))、.]?/, ''))).find(Boolean) ?? null;
    const cls = categoryClass ?? ownerClass;
    const roles = resolveRowRoles(row, table.roles, dir);
    const deadlineText = row.deadline.join(';') || null;
    // A row without a deadline cell may still write one in its duty ("…,2026年9月底前建成投产"): the contract's
    // explicit deadline phrase anywhere in the duty.
    const cell = deadlineText
      ? parseDeadlineCell(deadlineText, planYear)
      : { due: phraseDates(row.task.join('\n'), planYear), ongoing: false };
    return {
      kind: cls === 'safeguard' ? 'safeguard' : cls === 'step' ? 'step' : 'task',
      // No 序号 column: a number written at the head of the duty cell ("(一)老旧小区改造") numbers the row.
      number: row.number ?? cellNumber(row.task[0] ?? ''),
      path: [...basePath, ...row.category],
      title: null,
      text: row.task.join('\n'),
      ...roles,
      due: cell.due,
      ongoing: cell.ongoing,
      deadlineText,
      ...(row.goal ? { goal: row.goal } : {}),
      start: row.start,
      end: row.end,
      line: row.line,
    };
  });
}

function cellNumber(text: string): string | null {
  const m = readMarker(text);
  return m && text.length > m.length ? m.number : null;
}

/** The dates of the explicit deadline phrases in a row's duty cells, in order, without repeats. */
function phraseDates(text: string, planYear: number | null): string[] {
  return [...new Set(findDeadlinePhrases(text, planYear).map((p) => p.date))];
}
