// What a reviewer should look at first. The extraction is right on most tasks of a field document and wrong in a few
// recognisable ways: a duty with no lead unit (its attribution sat where the reader did not look), a unit name not in
// the directory, a duty with neither a date nor 持续推进, a text that swallowed several items or is only a fragment,
// or a line the reader could not place. Computed on the tasks as edited on screen, so a fix clears its flag at once.
import type { Diagnostic, Task } from '../../api/types.js';

/** Why a task is worth checking, most telling first. */
export type AttentionReason = 'no-lead' | 'unmatched' | 'reader-note' | 'no-deadline' | 'long' | 'short';

/** Chinese labels of the reasons, shown as tags on the task. */
export const attentionLabels: Record<AttentionReason, string> = {
  'no-lead': '无牵头单位',
  unmatched: '单位未对应',
  'reader-note': '原文有疑问',
  'no-deadline': '无完成时限',
  long: '文字过长，可能含多项',
  short: '文字过短，可能不完整',
};

const LONG = 300;
const SHORT = 8;

/** The reasons to check one task (empty when nothing looks wrong). */
export function attentionOf(
  task: Pick<Task, 'kind' | 'text' | 'units' | 'due' | 'ongoing' | 'source'>,
  diagnostics: readonly Pick<Diagnostic, 'severity' | 'source'>[],
): AttentionReason[] {
  const out: AttentionReason[] = [];
  const duty = task.kind === 'task';
  if (duty && !task.units.some((u) => u.role === 'lead')) out.push('no-lead');
  if (task.units.some((u) => !u.unitId)) out.push('unmatched');
  const span = task.source;
  if (span && diagnostics.some((d) => d.severity !== 'info' && d.source && d.source.start < span.end && span.start < d.source.end))
    out.push('reader-note');
  if (duty && task.due.length === 0 && !task.ongoing) out.push('no-deadline');
  const length = task.text.replace(/\s+/g, '').length;
  if (length > LONG) out.push('long');
  else if (length < SHORT) out.push('short');
  return out;
}

/** Each task's reasons by id, and how many tasks have any. */
export function reviewAttention(
  tasks: readonly Task[],
  diagnostics: readonly Diagnostic[],
): { byTask: Map<string, AttentionReason[]>; flagged: number } {
  const byTask = new Map<string, AttentionReason[]>();
  for (const task of tasks) {
    const reasons = attentionOf(task, diagnostics);
    if (reasons.length) byTask.set(task.id, reasons);
  }
  return { byTask, flagged: byTask.size };
}
