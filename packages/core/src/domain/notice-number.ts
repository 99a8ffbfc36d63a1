// 督办单 numbers: "督办〔2026〕第3号" — a prefix, the year in 〔〕 and a sequence that restarts each year.

/** The parts of a notice number. */
export interface NoticeNumber {
  prefix: string;
  year: number;
  seq: number;
}

const NUMBER_RE = /^(.+?)[〔[(【]\s*(\d{4})\s*[〕\])】]\s*第?\s*(\d+)\s*号$/;

/** Formats a notice number, e.g. formatNoticeNumber({ prefix: '督办', year: 2026, seq: 3 }) = '督办〔2026〕第3号'. */
export function formatNoticeNumber(n: NoticeNumber): string {
  if (!Number.isInteger(n.seq) || n.seq < 1) throw new RangeError('notice sequence must be a positive integer');
  if (!Number.isInteger(n.year) || n.year < 1900 || n.year > 9999) throw new RangeError('notice year out of range');
  return `${n.prefix}〔${n.year}〕第${n.seq}号`;
}

/** Parses a notice number written with 〔〕, [] or () brackets; null when it is not one. */
export function parseNoticeNumber(text: string): NoticeNumber | null {
  const m = NUMBER_RE.exec(text.trim());
  if (!m) return null;
  return { prefix: m[1]!.trim(), year: Number(m[2]), seq: Number(m[3]) };
}

/** The next sequence for a year and prefix, given the numbers already issued (gaps are not reused). */
export function nextNoticeSeq(existing: Iterable<string>, year: number, prefix = '督办'): number {
  let max = 0;
  for (const text of existing) {
    const n = parseNoticeNumber(text);
    if (n && n.year === year && n.prefix === prefix && n.seq > max) max = n.seq;
  }
  return max + 1;
}
