import { closingTimeFrame, findDeadlinePhrases, parseDeadlineCell } from '../dates/index.js';
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
    const limit = row.deadline.join(';') || null;
    const cell = limit ? parseDeadlineCell(limit, planYear) : { due: [], ongoing: false };
    // No deadline cell: an explicit deadline phrase in the duty's own cells ("2026年9月底前建成投产" in a
    // 年度目标 column) is its deadline, as in prose.
    const phrases = limit ? [] : findDeadlinePhrases(row.task.join('\n'), planYear);
    const due = phrases.length ? [...new Set(phrases.map((p) => p.date))] : cell.due;
    const deadlineText = limit ?? (phrases.map((p) => p.text).join('、') || null);
    return {
      kind: cls === 'safeguard' ? 'safeguard' : cls === 'step' ? 'step' : 'task',
      // No 序号 column: a number written at the head of the duty cell ("(一)老旧小区改造") numbers the row.
      number: row.number ?? cellNumber(row.task[0] ?? ''),
      path: [...basePath, ...row.category],
      title: null,
      text: row.task.join('\n'),
      ...roles,
      due,
      // No deadline cell: a duty closing on its time frame ("…,全年持续推进。") is open-ended, as in prose.
      ongoing: limit ? cell.ongoing : closingTimeFrame(row.task.join('\n')),
      deadlineText,
      ...(row.goal ? { goal: row.goal } : {}),
      ...(row.benchmark ? { benchmark: row.benchmark } : {}),
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
