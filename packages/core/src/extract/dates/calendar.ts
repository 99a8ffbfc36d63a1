/** Calendar helpers shared by the date parsers: ISO formatting, month ends and digit/numeral normalisation. */
import { foldCodeUnits, halfWidthMap } from '../fold-code-units.js';

/** The ISO date (YYYY-MM-DD) of the last day of a month. */
export function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, day);
}

/** Formats a year, month and day as YYYY-MM-DD (no validation). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when the numbers form a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A plausible year for a plan, a deadline or a signature (keeps 12320 or 323 from reading as years). */
export function isPlausibleYear(year: number): boolean {
  return year >= 1949 && year <= 2100;
}

const HALF_WIDTH = halfWidthMap();

/**
 * Maps full-width ASCII (０-９, （, ：, －…) and the ideographic space to their half-width forms,
 * one character for one, so offsets into the result are offsets into the input.
 */
export function toHalfWidth(text: string): string {
  return foldCodeUnits(text, HALF_WIDTH);
}

const DIGITS: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  Ｏ: 0,
  O: 0,
  '0': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numeral characters that may spell a year digit by digit (二〇二一) or a small number (二十九). */
export const CHINESE_DIGIT_CLASS = '〇○零Ｏ一二两三四五六七八九十';

/**
 * Reads a number written in Arabic digits or Chinese numerals: "12", "十二", "二十九", "三十一",
 * and a digit-by-digit year "二〇二一". Returns null when it is neither.
 */
export function readNumber(raw: string): number | null {
  const s = raw.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '' || ![...s].every((c) => c === '十' || c in DIGITS)) return null;
  if (!s.includes('十')) return Number([...s].map((c) => DIGITS[c]).join(''));
  const [tens = '', ones] = s.split('十');
  if (ones === undefined || s.indexOf('十') !== s.lastIndexOf('十')) return null;
  const t = tens === '' ? 1 : DIGITS[tens];
  const o = ones === '' ? 0 : DIGITS[ones];
  if (t === undefined || o === undefined || tens.length > 1 || ones.length > 1) return null;
  return t * 10 + o;
}
