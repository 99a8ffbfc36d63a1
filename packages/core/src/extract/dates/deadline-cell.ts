import { memoizedPerParse } from '../per-parse-memo.js';
import { toHalfWidth } from './calendar.js';
import { scanDates } from './scan-dates.js';

/** What a deadline position (a 完成时限 cell, a "完成时限:" label) says. */
export interface DeadlineCell {
  /** Every date written, ISO, in order of appearance, without repeats. */
  due: string[];
  /** The time frame is open-ended or periodic (持续推进, 长期坚持, 每季度…). */
  ongoing: boolean;
}

/** Open-ended or periodic time frames; in a deadline position any of them makes the duty ongoing. */
export const ONGOING_RE =
  /持[续續]|按(?:月|季度?|年度?|周|学期)|[长長]期|常[态態]化|常年|定期|[经經]常性|逐年|每(?:年|季度?|月|[学學]期|半年|周|天|日)/;

/**
 * Reads a deadline position, where every date counts.
 * "2021"/"2021年" → 2021-12-31; "2023年9月" → 2023-09-30; "6月底前"/"年底前" → in `planYear`;
 * "2021—2023年" → the range's end; "4月、5月" → both; "2021年实施,持续推进" → the date and ongoing.
 * 年内 → 12-31 of the plan year (a judgement); 上半年/下半年/全年/近期/适时 give nothing.
 *
 * @example parseDeadlineCell('2022年6月底前', 2021) // { due: ['2022-06-30'], ongoing: false }
 */
export function parseDeadlineCell(text: string, planYear: number | null): DeadlineCell {
  const cell = knownCell(`${planYear ?? ''}\u0000${text}`);
  return { due: [...cell.due], ongoing: cell.ongoing };
}

// Table readers judge the same cells again and again (is it a deadline? which dates?).
const knownCell = memoizedPerParse((key: string) => {
  const cut = key.indexOf('\u0000');
  return readDeadlineCell(key.slice(cut + 1), cut > 0 ? Number(key.slice(0, cut)) : null);
});

function readDeadlineCell(text: string, planYear: number | null): DeadlineCell {
  const half = toHalfWidth(text);
  const due: string[] = [];
  for (const token of scanDates(half, planYear)) {
    // "2026年起每年", "自2021年开始": when the work starts, not when it is due.
    if (/^\s*(?:起|开始|以来)/.test(half.slice(token.end))) continue;
    if (token.date !== null && !due.includes(token.date)) due.push(token.date);
  }
  return { due, ongoing: ONGOING_RE.test(half) };
}
