import { isPlausibleYear, isValidDate, isoDate, monthEnd, readNumber, toHalfWidth } from './calendar.js';

/** One date expression found in a text: a point, a range (its end counts) or a relative phrase (年底, 上半年). */
export interface DateToken {
  kind: 'point' | 'range' | 'relative';
  /** ISO date it resolves to (a range resolves to its end), or null when it needs a plan year it did not get. */
  date: string | null;
  /** Offsets into the scanned text (end exclusive). */
  start: number;
  end: number;
  /** Whether the expression names its year itself (2021年6月) rather than borrowing the plan's year (6月底). */
  hasYear: boolean;
  /** Whether the expression carries a 年/月/日 character (a bare "2021" does not). */
  marked: boolean;
}

interface Point {
  year: number | null;
  month: number | null;
  day: number | null;
  suffix: string;
}

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const SUFFIX = '(?:份)?(?:上半年|下半年|第?[一二三四1-4]季度末?|底|末|初|上旬|中旬|下旬)?';
// A point: 2022.6 / 2022/6/30 (dotted, in cells), 2021年6月29日, 2021年6月, 2021年, 2021 (bare), 6月底, 6月28日.
const DASH = '(?:——|—|–|-|~|至|到|─{1,2})';
// "2026年4—10月": the start month writes no 月 of its own; it borrows the one after the range's end.
const POINT =
  `(?:(\\d{4})[./](\\d{1,2})(?:[./](\\d{1,2}))?(?![\\d.])` +
  `|(\\d{4})(?!\\d)\\s*(?:(年)\\s*(?:(${NUM})\\s*(?:月(?:\\s*(${NUM})\\s*[日号])?|(?=${DASH}\\s*${NUM}\\s*月)))?)?` +
  `|(${NUM})\\s*月(?:\\s*(${NUM})\\s*[日号])?)\\s*(${SUFFIX})`;
const POINT_GROUPS = 10;
const RELATIVE = '(今年底|今年年底|[当當]年底|年底|年末|年[内內]|本年度[内內]|上半年|下半年|第?[一二三四]季度末?)';
// Not inside a number (10.5月 is no date), but after a lettered item's mark ("a.3月底前…", the item's number
// glued to its text as a PDF's text layer gives it).
const NOT_IN_NUMBER = '(?:(?<![\\d.])|(?<=(?:^|[^A-Za-z0-9])[A-Za-z]\\.))';
const TOKEN_RE = new RegExp(`${NOT_IN_NUMBER}(?:${POINT})(?:\\s*${DASH}\\s*(?:${POINT}))?|${RELATIVE}`, 'g');

function readPoint(groups: (string | undefined)[]): Point | null {
  const [dy, dm, dd, yy, , ym, yd, m, d, suffix] = groups;
  const y = dy ?? yy;
  if (y === undefined && m === undefined) return null;
  const year = y !== undefined ? Number(y) : null;
  if (year !== null && !isPlausibleYear(year)) return null;
  const month = readNumber(dm ?? ym ?? m ?? '');
  const day = readNumber(dd ?? yd ?? d ?? '');
  if (month !== null && (month < 1 || month > 12)) return null;
  return { year, month, day, suffix: suffix ?? '' };
}

function resolvePoint(p: Point, fallbackYear: number | null): string | null {
  const year = p.year ?? fallbackYear;
  if (year === null) return null;
  const s = p.suffix.replace(/^份/, '');
  if (p.month === null) return /^[上下]半年$/.test(s) ? null : (relativeInYear(s, year) ?? `${year}-12-31`);
  if (p.day !== null && isValidDate(year, p.month, p.day)) return isoDate(year, p.month, p.day);
  if (s === '上旬') return isoDate(year, p.month, 10);
  if (s === '中旬') return isoDate(year, p.month, 20);
  return monthEnd(year, p.month);
}

const QUARTER: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, 1: 3, 2: 6, 3: 9, 4: 12 };

/**
 * A quarter ends on its last month's end. 上半年/下半年 name a period, not a due date (formats.md §2
 * "vague"), so they give none.
 */
function relativeInYear(phrase: string, year: number): string | null {
  if (phrase === '上半年' || phrase === '下半年') return null;
  if (phrase === '初') return `${year}-01-31`;
  const q = /^第?([一二三四1-4])季度/.exec(phrase);
  const month = q ? QUARTER[q[1] ?? ''] : undefined;
  if (month !== undefined) return monthEnd(year, month);
  if (phrase === '') return null;
  return `${year}-12-31`;
}

/**
 * "2 0 2 6 年 1 0 月" (a scraper mirror spacing every character) → "2026    年10 月": the digits close up and the
 * spaces move after them, so offsets into the text stay the same.
 */
function closeSpacedDigits(text: string): string {
  return text.replace(/(?<!\d ?)\d(?: \d)+(?= ?[年月日])/g, (run) => {
    const digits = run.replace(/ /g, '');
    return digits + ' '.repeat(run.length - digits.length);
  });
}

/**
 * Finds every date expression in a text, in order and without overlaps. Full-width digits count;
 * a month or 年底 without a year takes `planYear`. A periodic phrase (每年3月, 每年年底) is skipped.
 */
export function scanDates(text: string, planYear: number | null): DateToken[] {
  const half = closeSpacedDigits(toHalfWidth(text));
  const out: DateToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(half); m !== null; m = TOKEN_RE.exec(half)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = half.slice(Math.max(0, start - 3), start);
    if (/每[年季月周半]?\s*$/.test(before)) continue;
    // "每年11月至次年3月": the end of a yearly season is periodic too.
    if (/(?:次|翌)年\s*$/.test(before) && /每年/.test(half.slice(Math.max(0, start - 16), start))) continue;
    // "3年内", "两年内": a span of years, not the plan year's end.
    if (m[2 * POINT_GROUPS + 1] !== undefined && /[\d一二三四五六七八九十个几多半]\s*$/.test(before)) continue;
    const token = readToken(m, planYear, start, end);
    if (token) out.push(token);
  }
  return out;
}

function readToken(m: RegExpExecArray, planYear: number | null, start: number, end: number): DateToken | null {
  const relative = m[2 * POINT_GROUPS + 1];
  if (relative !== undefined) {
    const phrase = relative
      .replace(/^(今年|[当當]年|本年度)/, '')
      .replace(/^年?底$|^年末$/, '年底')
      .replace('內', '内');
    const date = planYear === null ? null : relativeInYear(phrase === '年内' || phrase === '内' ? '年底' : phrase, planYear);
    return { kind: 'relative', date, start, end, hasYear: false, marked: true };
  }
  const first = readPoint(m.slice(1, 1 + POINT_GROUPS));
  if (!first) return null;
  const marked = /[年月日号]/.test(m[0]) || m[1] !== undefined;
  const second = m.slice(1 + POINT_GROUPS, 1 + 2 * POINT_GROUPS).some((g) => g !== undefined)
    ? readPoint(m.slice(1 + POINT_GROUPS, 1 + 2 * POINT_GROUPS))
    : null;
  if (second) {
    const year = second.year ?? first.year;
    // "2021年3月—4月": the end borrows the start's year; "2021—2023年": the start borrows nothing.
    const date = resolvePoint({ ...second, year }, planYear);
    return { kind: 'range', date, start, end, hasYear: year !== null, marked };
  }
  return { kind: 'point', date: resolvePoint(first, planYear), start, end, hasYear: first.year !== null, marked };
}
