import type { ApiResponse, Task } from '../../api/types.js';
import type { SourceMark } from './source-view.js';

/** What GET /api/plans/:id/source returns. */
export type SourceDoc = ApiResponse<'GET /api/plans/:id/source'>;

/** Highlights inside each task's span: its units and its deadline phrase, found in the source text. */
export function buildMarks(text: string, tasks: Task[], doc: SourceDoc): SourceMark[] {
  const marks: SourceMark[] = [];
  const spanOf = new Map((doc.tasks ?? []).flatMap((s) => (s.source ? [[s.id, s.source] as const] : [])));
  for (const task of tasks) {
    const span = spanOf.get(task.id) ?? task.source;
    if (!span) continue;
    marks.push({ start: span.start, end: span.end, kind: 'task', ref: task.id });
    const body = text.slice(span.start, span.end);
    const find = (needle: string | null | undefined, kind: SourceMark['kind']) => {
      if (!needle) return;
      let at = body.indexOf(needle);
      while (at >= 0) {
        marks.push({ start: span.start + at, end: span.start + at + needle.length, kind, ref: task.id });
        at = body.indexOf(needle, at + needle.length);
      }
    };
    for (const u of task.units) find(u.name, 'unit');
    find(task.deadlineText, 'due');
  }
  for (const ind of doc.indicators ?? [])
    if (ind.source) marks.push({ start: ind.source.start, end: ind.source.end, kind: 'indicator', ref: `ind-${ind.id}` });
  return marks;
}
