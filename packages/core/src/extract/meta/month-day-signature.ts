import { isoDate, isValidDate } from '../dates/calendar.js';

const MONTH_DAY = /^(\d{1,2})月(\d{1,2})[日号]$/;
const DOC_NUMBER_YEAR = /[〔[(（【]\s*((?:19|20)\d{2})\s*[〕\])）】]/;

/** The year a 文号 carries ("山卫健发〔2026〕31号" → 2026), or null. */
export function docNumberYear(docNumber: string | null): number | null {
  const m = docNumber ? DOC_NUMBER_YEAR.exec(docNumber) : null;
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * A signature dated by month and day only ("4月3日" under the office's name): the notice's year is the one its 文号
 * carries. Null for any other line, or without that year.
 *
 * @example monthDaySignature('4月3日', 2026) // '2026-04-03'
 */
export function monthDaySignature(compact: string, year: number | null): string | null {
  const m = MONTH_DAY.exec(compact);
  if (!m || year === null) return null;
  const [month, day] = [Number(m[1]), Number(m[2])];
  return isValidDate(year, month, day) ? isoDate(year, month, day) : null;
}
