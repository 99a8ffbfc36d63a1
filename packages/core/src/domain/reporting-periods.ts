// Reporting periods: the calendar of progress reports a plan asks for ("每月28日前报送",
// "每季度末月25日前报送"). A report is on time until `due`, late but accepted until `windowEnd`
// (due + grace days), and missing after that.
import { addDays, dateParts, endOfMonth, makeDate, maxDate, minDate, toDayNumber, type IsoDate } from './iso-date.js';
import type { PERIOD_KINDS } from './stored-values.js';

/** How periods are cut. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** When a period's report is due. */
export type DueRule =
  /** On a day of the period's last month, e.g. the 25th ("每季度末月25日前"); clamped to the month and never before the period start. */
  | { kind: 'day_of_last_month'; day: number }
  /** A number of days after the period ends (0 = the last day). */
  | { kind: 'days_after_end'; days: number };

/** The input for generating a plan's reporting calendar. */
export interface PeriodSpec {
  kind: PeriodKind;
  /** First day covered (inclusive). */
  start: IsoDate;
  /** Last day covered (inclusive). */
  end: IsoDate;
  due?: DueRule;
  /** Days after `due` during which a report still counts as submitted (late). */
  graceDays?: number;
  /** The ranges for kind 'custom'. */
  ranges?: { start: IsoDate; end: IsoDate; label?: string; due?: IsoDate }[];
}

/** One reporting period. */
export interface ReportingPeriod {
  seq: number;
  kind: PeriodKind;
  label: string;
  start: IsoDate;
  end: IsoDate;
  due: IsoDate;
  windowEnd: IsoDate;
}

/** The default: due five days after the period ends, three grace days. */
export const DEFAULT_DUE_RULE: DueRule = { kind: 'days_after_end', days: 5 };
export const DEFAULT_GRACE_DAYS = 3;
const MAX_PERIODS = 600;

/** Computes the due date of one period under a rule. */
export function dueDateFor(period: { start: IsoDate; end: IsoDate }, rule: DueRule): IsoDate {
  if (rule.kind === 'days_after_end') return addDays(period.end, rule.days);
  const { year, month } = dateParts(period.end);
  return maxDate(makeDate(year, month, rule.day), period.start);
}

/** Generates the periods of a plan's reporting calendar; throws RangeError on an impossible spec. */
export function generateReportingPeriods(spec: PeriodSpec): ReportingPeriod[] {
  if (toDayNumber(spec.end) < toDayNumber(spec.start)) throw new RangeError('period end is before its start');
  const rule = spec.due ?? DEFAULT_DUE_RULE;
  const grace = spec.graceDays ?? DEFAULT_GRACE_DAYS;
  if (!Number.isInteger(grace) || grace < 0) throw new RangeError('graceDays must be a non-negative integer');
  const ranges = spec.kind === 'custom' ? customRanges(spec) : calendarRanges(spec.kind, spec.start, spec.end);
  if (ranges.length > MAX_PERIODS) throw new RangeError(`too many periods (${ranges.length} > ${MAX_PERIODS})`);
  return ranges.map((r, i) => {
    const due = r.due ?? dueDateFor(r, rule);
    return { seq: i + 1, kind: spec.kind, label: r.label, start: r.start, end: r.end, due, windowEnd: addDays(due, grace) };
  });
}

interface Range {
  start: IsoDate;
  end: IsoDate;
  label: string;
  due?: IsoDate;
}

function customRanges(spec: PeriodSpec): Range[] {
  const list = [...(spec.ranges ?? [])].sort((a, b) => (a.start < b.start ? -1 : 1));
  if (list.length === 0) throw new RangeError('custom periods need at least one range');
  list.forEach((r, i) => {
    if (r.end < r.start) throw new RangeError(`range ${i + 1} ends before it starts`);
    const prev = list[i - 1];
    if (prev && r.start <= prev.end) throw new RangeError(`range ${i + 1} overlaps the previous one`);
  });
  return list.map((r, i) => ({ start: r.start, end: r.end, label: r.label ?? `第${i + 1}期`, ...(r.due ? { due: r.due } : {}) }));
}

function calendarRanges(kind: 'monthly' | 'quarterly', start: IsoDate, end: IsoDate): Range[] {
  const out: Range[] = [];
  let { year, month } = dateParts(start);
  if (kind === 'quarterly') month = Math.floor((month - 1) / 3) * 3 + 1;
  const step = kind === 'monthly' ? 1 : 3;
  for (let guard = 0; guard <= MAX_PERIODS; guard++) {
    const first = makeDate(year, month, 1);
    if (first > end) break;
    const last = endOfMonth(makeDate(year, month + step - 1, 1));
    const label = kind === 'monthly' ? `${year}年${month}月` : `${year}年第${(month + 2) / 3}季度`;
    out.push({ start: maxDate(first, start), end: minDate(last, end), label });
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return out;
}

/** Where a (task, unit, period) report stands on a given day. */
export type ReportTimeliness =
  | 'not_open' // the period has not started
  | 'open' // the period is running or not yet due
  | 'overdue' // past due, inside the grace window, nothing submitted
  | 'missing' // past the window, nothing submitted
  | 'on_time'
  | 'late'; // submitted after due (inside or after the window)

/** Classifies a report slot; `submittedOn` is the first submission date or null. */
export function classifyReport(
  period: Pick<ReportingPeriod, 'start' | 'due' | 'windowEnd'>,
  today: IsoDate,
  submittedOn: IsoDate | null,
): ReportTimeliness {
  if (submittedOn) return submittedOn <= period.due ? 'on_time' : 'late';
  if (today < period.start) return 'not_open';
  if (today <= period.due) return 'open';
  if (today <= period.windowEnd) return 'overdue';
  return 'missing';
}

/** The period whose report is currently owed: the first one not yet past its window that has started, else null. */
export function currentPeriod<P extends Pick<ReportingPeriod, 'start' | 'windowEnd'>>(periods: readonly P[], today: IsoDate): P | null {
  for (const p of periods) if (p.start <= today && today <= p.windowEnd) return p;
  return null;
}
