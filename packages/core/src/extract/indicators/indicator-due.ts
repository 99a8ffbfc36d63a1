/**
 * Deadlines written next to targets: "到2025年", "到2022年和2030年", "2021年底前", "6月底之前完成",
 * "年底前". A bare year adverbial ("2018年建设…") is not a deadline.
 */

/** A deadline phrase found in the text, with the dates it names (several for "到2022年和2030年"). */
export interface DuePhrase {
  start: number;
  end: number;
  dates: string[];
  /** "到YYYY年" also governs the sentences after it in the same paragraph; a month deadline does not. */
  carries: boolean;
}

function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const plausible = (y: number) => y >= 1990 && y <= 2100;

const YEARS_BY_RE = /(?:到|至|截至|截止到?|力争到|力争在|于)\s*(\d{4})\s*年(?:底|末)?((?:\s*(?:和|、|及|与|,)\s*\d{4}\s*年(?:底|末)?)*)/g;
const YEAR_BEFORE_RE = /(\d{4})\s*年\s*(?:(\d{1,2})\s*月)?\s*(?:底|末|年底|年末)?\s*(?:之前|以前|前)/g;
const YEAR_DONE_RE = /(\d{4})\s*年(?:底|末)?\s*(?:要|将|力争|基本|全面)?(?:完成|实现|建成|达到)/g;
const MONTH_RE = /(?<![\d年])(\d{1,2})\s*月\s*(?:底|末|份)?\s*(?:之前|以前|前)(?:完成)?/g;
const YEAR_END_RE = /(?:年底|年末)\s*(?:之前|以前|前)|年内完成/g;

/** "到“十四五”末": the end of a five-year plan period. */
const PERIOD_END_RE = /(?:到|至)\s*[“"]?(十[三四五]五)[”"]?\s*(?:时期|期)?末/g;
const PERIOD_END_YEAR: Record<string, number> = { 十三五: 2020, 十四五: 2025, 十五五: 2030 };

/** Every deadline phrase in `text` (half-width, quoted spans masked), in order. */
export function findDuePhrases(text: string, planYear: number | null, mask: boolean[]): DuePhrase[] {
  const out: DuePhrase[] = [];
  const taken = new Uint8Array(text.length + 1);
  const push = (start: number, end: number, dates: string[], carries: boolean) => {
    if (mask[start] || dates.length === 0) return;
    for (let k = start; k < end; k++) if (taken[k]) return;
    taken.fill(1, start, end);
    out.push({ start, end, dates, carries });
  };
  for (const m of text.matchAll(YEARS_BY_RE)) {
    const years = [m[1] ?? '', ...Array.from((m[2] ?? '').matchAll(/\d{4}/g), (y) => y[0])].map(Number).filter(plausible);
    push(m.index, m.index + m[0].length, years.map((y) => `${y}-12-31`), true);
  }
  for (const m of text.matchAll(YEAR_BEFORE_RE)) {
    const y = Number(m[1]);
    if (!plausible(y)) continue;
    push(m.index, m.index + m[0].length, [m[2] ? monthEnd(y, Number(m[2])) : `${y}-12-31`], false);
  }
  for (const m of text.matchAll(YEAR_DONE_RE)) {
    const y = Number(m[1]);
    if (plausible(y)) push(m.index, m.index + m[0].length, [`${y}-12-31`], false);
  }
  for (const m of text.matchAll(PERIOD_END_RE)) {
    const year = PERIOD_END_YEAR[m[1] ?? ''];
    if (year) push(m.index, m.index + m[0].length, [`${year}-12-31`], true);
  }
  if (planYear !== null) {
    for (const m of text.matchAll(MONTH_RE)) {
      const month = Number(m[1]);
      if (month >= 1 && month <= 12) push(m.index, m.index + m[0].length, [monthEnd(planYear, month)], false);
    }
    for (const m of text.matchAll(YEAR_END_RE)) push(m.index, m.index + m[0].length, [`${planYear}-12-31`], false);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Looks up the deadline phrase that governs a position (binary search; phrases are sorted and disjoint). */
export class DueIndex {
  /** For each phrase, the index of the last carrying phrase at or before it (-1 if none). */
  private readonly lastCarry: number[] = [];

  constructor(private readonly phrases: DuePhrase[]) {
    let c = -1;
    phrases.forEach((p, i) => {
      if (p.carries) c = i;
      this.lastCarry.push(c);
    });
  }

  /**
   * The phrase that governs a number at `pos`: the last one before it in the same sentence,
   * else the last "到YYYY年" earlier in the text.
   */
  governing(pos: number, sentenceStart: number): DuePhrase | null {
    let lo = 0;
    let hi = this.phrases.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.phrases[mid]?.end ?? Infinity) <= pos) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return null;
    const p = this.phrases[k];
    if (p && p.start >= sentenceStart) return p;
    const c = this.lastCarry[k] ?? -1;
    return c >= 0 ? (this.phrases[c] ?? null) : null;
  }
}
