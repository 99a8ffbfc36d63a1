import dayjs from 'dayjs';

/** A date as 2026-06-30 (or — when absent). */
export function fmtDate(v: string | null | undefined): string {
  return v ? dayjs(v).format('YYYY-MM-DD') : '—';
}

/** A date-time as 2026-06-30 14:05. */
export function fmtTime(v: string | null | undefined): string {
  return v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—';
}

export { fmtDue } from './display-text.js';

const comparators: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '', decrease_by: '下降', increase_by: '提高' };

/** A target as people write it: ≥ 32%, ≤ 22%, 12个, 下降 0.5%. */
export function fmtTarget(ind: { comparator: string; target: number; unit: string }): string {
  const c = comparators[ind.comparator] ?? ind.comparator;
  return `${c}${c ? ' ' : ''}${ind.target}${ind.unit}`;
}
