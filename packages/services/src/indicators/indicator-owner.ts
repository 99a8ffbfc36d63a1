import type { SourceSpan } from '@duban/core';

/** A task as read at import: where it stands in the source and its resolved lead unit. */
export interface TaskSpanLead {
  source: SourceSpan | null;
  leadUnitId: string | null;
}

/**
 * The owning unit of an indicator read from inside a task item or table row (its source span lies within the
 * task's): that task's lead unit. Indicators read elsewhere (a 主要目标 section) stay unassigned.
 */
export function ownerFromSource(indicator: SourceSpan | null, tasks: readonly TaskSpanLead[]): string | null {
  if (!indicator) return null;
  const holder = tasks.find((t) => t.source && t.source.start <= indicator.start && indicator.end <= t.source.end && t.leadUnitId);
  return holder?.leadUnitId ?? null;
}
