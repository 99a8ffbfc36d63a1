import { CHINESE_DIGIT_CLASS, isPlausibleYear, isValidDate, isoDate, readNumber, toHalfWidth } from './calendar.js';

const CN = `[${CHINESE_DIGIT_CLASS}]`;
const WRITTEN = new RegExp(`(\\d{4}|${CN}{4})\\s*年\\s*(\\d{1,2}|${CN}{1,3})\\s*月\\s*(\\d{1,2}|${CN}{1,3})\\s*[日号]`);
const SEPARATED = /(?<!\d)(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)/;
const RUN_TOGETHER = /(?<!\d)(\d{6,8})(?!\d)/;
// The 年 dropped in typing ("20223月23日", seen on a national office's page): the month's 月 still marks the split.
const YEAR_MARK_DROPPED = /(?<!\d)(\d{4})(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;

/**
 * Reads a 成文日期 as ISO: "2021年6月29日", "二〇二一年六月二十九日", "2018.05.24", "2020-04-13", and
 * dates whose digits ran together in conversion: "2021629", "2021629日印发", "2020928", "201654".
 * A run of digits that could be read two ways ("2021111": 1月11日 or 11月1日) gives null; a 年 dropped in typing
 * ("20223月23日") is read by its 月 and 日.
 */
export function parseSignatureDate(text: string): string | null {
  const half = toHalfWidth(text).replace(/(\d)\s+(?=\d)/g, '$1');
  const written = WRITTEN.exec(half);
  if (written) {
    const [y, m, d] = [readNumber(written[1] ?? ''), readNumber(written[2] ?? ''), readNumber(written[3] ?? '')];
    if (y !== null && m !== null && d !== null && isPlausibleYear(y) && isValidDate(y, m, d)) return isoDate(y, m, d);
  }
  const separated = SEPARATED.exec(half);
  if (separated) {
    const [y = 0, m = 0, d = 0] = separated.slice(1, 4).map(Number);
    if (isPlausibleYear(y) && isValidDate(y, m, d)) return isoDate(y, m, d);
  }
  const dropped = YEAR_MARK_DROPPED.exec(half);
  if (dropped) {
    const [y = 0, m = 0, d = 0] = dropped.slice(1, 4).map(Number);
    if (isPlausibleYear(y) && isValidDate(y, m, d)) return isoDate(y, m, d);
  }
  const run = RUN_TOGETHER.exec(half);
  return run?.[1] ? readRunTogether(run[1]) : null;
}

function readRunTogether(digits: string): string | null {
  const year = Number(digits.slice(0, 4));
  if (!isPlausibleYear(year)) return null;
  const rest = digits.slice(4);
  const readings: string[] = [];
  for (let split = 1; split < rest.length; split++) {
    const [m, d] = [rest.slice(0, split), rest.slice(split)];
    if (m.length > 2 || d.length > 2) continue;
    const [mn, dn] = [Number(m), Number(d)];
    if (isValidDate(year, mn, dn)) readings.push(isoDate(year, mn, dn));
  }
  const unique = [...new Set(readings)];
  return unique.length === 1 ? (unique[0] ?? null) : null;
}
