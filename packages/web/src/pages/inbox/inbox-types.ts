import type { Report, Task } from '../../api/types.js';

/** What my unit owes: one task in one reporting period, with the report if one exists. */
export interface InboxItem {
  id?: string;
  task: Task & { planTitle?: string | null };
  period?: { id: string; label?: string; name?: string; start?: string; end?: string; due?: string } | null;
  due?: string | null;
  state?: string;
  report: Report | null;
}

/** Normalise the inbox response (a page, an array, or `{items}`) into items. */
export function inboxItems(data: unknown): InboxItem[] {
  const arr = Array.isArray(data) ? data : ((data as { items?: unknown[] } | null)?.items ?? []);
  return arr as InboxItem[];
}
