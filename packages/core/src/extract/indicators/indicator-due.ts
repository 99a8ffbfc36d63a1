import { halfWidth, QuotedSpans } from './indicator-text.js';
import { parseDeadlineCell } from '../dates/index.js';
import { DEADLINE_LABEL_SOURCE } from '../structure/role-labels.js';

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
  /** "…前完成": the deadline closes the work, so it also governs a target written before it in its sentence. */
  closes: boolean;
  /** "全年": names no date of its own, but a target it precedes spans the year, so a later clause's deadline is not the target's. */
  yearLong?: boolean;
}

function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const plausible = (y: number) => y >= 1990 && y <= 2100;

const MONTH_BY_RE = /(?:到|至|截至|截止到?|力争到|力争在)\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:底|末)(?!\s*\d)/g;
const YEARS_BY_RE = /(?:到|至|截至|截止到?|力争到|力争在|于)\s*(\d{4})\s*年(?:底|末)?((?:\s*(?:和|、|及|与|,)\s*\d{4}\s*年(?:底|末)?)*)/g;
// Not before an attributive 的 (2000年前建成的小区): that describes the thing counted.
const YEAR_BEFORE_RE =
  /(\d{4})\s*年\s*(?:(\d{1,2})\s*月)?\s*(?:底|末|年底|年末)?\s*(?:之前|以前|前)(?!\s*(?:建成|建设|修建|竣工|投用|投入使用|建造)?的)/g;
/** "2022年,全市居民健康素养水平达到25%": a sentence (or a goal heading run into it) opening on a bare year of the plan or later. */
const YEAR_OPENING_RE = /(?<=(?:^|[\n。;:]|目标)\s*)(\d{4})\s*年(?:底|末)?(?=\s*,)/g;
const YEAR_DONE_RE = /(\d{4})\s*年(?:底|末)?\s*(?:要|将|力争|基本|全面)?(?:完成|实现|建成|达到)/g;
const MONTH_RE = /(?<![\d年])(\d{1,2})\s*月\s*(?:底|末|份)?\s*(?:之前|以前|前)(?:完成)?/g;
// "2000年底前建成的小区" is the year's own phrase (YEAR_BEFORE_RE), not the plan year's end.
const YEAR_END_RE = /(?<!\d\s*)(?:年底|年末)\s*(?:之前|以前|前)|年内完成/g;
// "每人每年不低于2元…,3月底前拨付到位": an amount per year spans the year as 全年 does.
const WHOLE_YEAR_RE = /(?<![\d年到至])(?:全年|每年)(?![度内])/g;
// "一季度完成项目入库", "二季度末前建成": a quarter of the plan year that closes the work ends with its last month.
const QUARTER_RE =
  /(?<![\d年每])第?([一二三四1-4])季度\s*(?:末|底)?\s*(?:之前|以前|前)?(?=\s*(?:全部|全面|基本)?\s*(?:完成|完工|建成|实现|出台|投用))/g;
const QUARTER_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const DAY_RE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:之前|以前|前)/g;
/**
 * A deadline label inside the duty ("完成时限:2024年10月底前", "时间节点:6月", "【完成时限】6月底前"): it governs the duty's targets.
 * Its value runs on over a ; that separates dates ("2026年9月;2026年12月").
 */
const LABEL_RE = new RegExp(
  `(?:[【[]\\s*${DEADLINE_LABEL_SOURCE}\\s*[】\\]]\\s*[::]?|${DEADLINE_LABEL_SOURCE}\\s*[::])\\s*(?<value>(?:[^。;;\\n【[]|[;;](?=\\s*(?:\\d|[一二三四]季度|年底|年内))){1,40})`,
  'g',
);

/** Verbs after a deadline that close the work ("9月底前投入使用", "6月底前上线"): the deadline is the work's end. */
// "8月底前发放到位", "年底前拨付完毕": the work itself, done in full; "9月底前全部投入运营": all of what the target counts.
// "10月底前形成监测报告", "6月底前出台": the work's product delivered.
const CLOSING_VERB_RE =
  /^\s*(?:全部|全面|均|基本)?\s*(?:完成|完工|竣工|建成|形成|出台|投入(?:使用|运行|运营)|投用|上线|运行|交付|开通|启用|[\u4e00-\u9fff]{2}(?:到位|完毕)(?![\u4e00-\u9fff]))/;

/** "到“十四五”末": the end of a five-year plan period. */
const PERIOD_END_RE = /(?:到|至)\s*[“"]?(十[三四五]五)[”"]?\s*(?:时期|期)?末/g;
const PERIOD_END_YEAR: Record<string, number> = { 十三五: 2020, 十四五: 2025, 十五五: 2030 };

/** Every deadline phrase in `text` (half-width, quoted spans masked), in order. */
export function findDuePhrases(text: string, planYear: number | null, quoted: QuotedSpans): DuePhrase[] {
  const out: DuePhrase[] = [];
  const taken = new Uint8Array(text.length + 1);
  const push = (start: number, end: number, dates: string[], carries: boolean, yearLong = false) => {
    if (quoted.has(start) || dates.length === 0) return;
    for (let k = start; k < end; k++) if (taken[k]) return;
    taken.fill(1, start, end);
    const closes = /完成\s*$/.test(text.slice(start, end)) || CLOSING_VERB_RE.test(text.slice(end, end + 6));
    out.push({ start, end, dates, carries, closes, ...(yearLong ? { yearLong } : {}) });
  };
  // "到2026年10月底,…达到38%": the month's end; it governs its own sentence, it does not carry on.
  for (const m of text.matchAll(MONTH_BY_RE)) {
    const y = Number(m[1]);
    const month = Number(m[2]);
    if (plausible(y) && month >= 1 && month <= 12) push(m.index, m.index + m[0].length, [monthEnd(y, month)], false);
  }
  for (const m of text.matchAll(YEARS_BY_RE)) {
    const years = [m[1] ?? '', ...Array.from((m[2] ?? '').matchAll(/\d{4}/g), (y) => y[0])].map(Number).filter(plausible);
    push(
      m.index,
      m.index + m[0].length,
      years.map((y) => `${y}-12-31`),
      true,
    );
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
  for (const m of text.matchAll(YEAR_OPENING_RE)) {
    const y = Number(m[1]);
    if (plausible(y) && (planYear === null || y >= planYear)) push(m.index, m.index + m[0].length, [`${y}-12-31`], false);
  }
  for (const m of text.matchAll(PERIOD_END_RE)) {
    const year = PERIOD_END_YEAR[m[1] ?? ''];
    if (year) push(m.index, m.index + m[0].length, [`${year}-12-31`], true);
  }
  for (const m of text.matchAll(DAY_RE)) {
    const y = m[1] ? Number(m[1]) : planYear;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (y !== null && plausible(y) && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      push(m.index, m.index + m[0].length, [`${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`], false);
    }
  }
  if (planYear !== null) {
    for (const m of text.matchAll(MONTH_RE)) {
      const month = Number(m[1]);
      if (month >= 1 && month <= 12) push(m.index, m.index + m[0].length, [monthEnd(planYear, month)], false);
    }
    for (const m of text.matchAll(QUARTER_RE)) {
      const quarter = QUARTER_NUMBER[m[1] ?? ''];
      if (quarter) push(m.index, m.index + m[0].length, [monthEnd(planYear, quarter * 3)], false);
    }
    for (const m of text.matchAll(YEAR_END_RE)) push(m.index, m.index + m[0].length, [`${planYear}-12-31`], false);
    // "全年新建…10万户,6月底前完成…整改": the year is the target's span, the month closes the next clause's work.
    for (const m of text.matchAll(WHOLE_YEAR_RE)) push(m.index, m.index + m[0].length, [`${planYear}-12-31`], false, true);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A deadline label in the text and the date it gives. */
export interface LabelDue {
  /** Where the label starts. */
  at: number;
  date: string;
}

/**
 * The dates deadline labels in the text give ("完成时限:2024年10月底前" → 2024-10-31, "2024年" → year end,
 * "6月底前" → in the plan year, "【完成时限】6月底前"), in order; the last date when a label names several
 * ("2026年9月;2026年12月"). Labels without a date are left out.
 */
export function labelDues(text: string, planYear: number | null): LabelDue[] {
  const out: LabelDue[] = [];
  for (const m of text.matchAll(LABEL_RE)) {
    // Read as a deadline cell: a day ("4月10日前"), a range ("4月25日—4月28日": its end) or several dates (the last).
    // "办理时限:6月30日前答复,11月30日前落实": the date to answer a proposal by is not the date its targets are due.
    const v = ((m.groups?.['value'] ?? '').split(/\s{2,}|\//)[0] ?? '').replace(/[^,,]*前\s*(?:书面)?(?:答复|回复)[,,]?/, '');
    const date = [...parseDeadlineCell(v, planYear).due].sort().at(-1);
    if (date) out.push({ at: m.index, date });
  }
  return out;
}

/** An attribution: "责任单位:", "牵头单位:", "(牵头)". */
// "【X牵头;Y配合】【2026年9月底前】": a bracketed attribution closes on its role word.
const ROLE_RE = /(?:牵头|责任|配合|参与|协办)(?:单位|部门)?\s*[::]|(?:牵头|负责)\s*[))]|(?:牵头|负责|配合|参与)\s*[;;]?\s*[】\]]/;

/**
 * A deadline that closes the item after its attribution ("…(牵头单位:X)⏎2026年6月底前", "责任单位:X、Y2026年9月底前"):
 * it sits where a time-limit column would, so it governs the item's targets as a label does. Empty otherwise.
 */
export function closingDeadline(text: string, phrases: DuePhrase[]): LabelDue[] {
  const p = phrases.at(-1);
  if (!p || p.dates.length === 0 || !/^[\s。.;;,,))】\]]*(?:完成)?[\s。.;;))】\]]*$/.test(text.slice(p.end))) return [];
  const lineFrom = Math.max(text.lastIndexOf('\n', p.start - 1), text.lastIndexOf('。', p.start - 1)) + 1;
  const before = text.slice(lineFrom, p.start);
  // Or a date in a bracket of its own after the item's bracketed attribution ("【区财政局】【2026年6月底前】").
  const ownBracket = /[】\]]\s*[【[]\s*$/.test(before);
  // Or a bracket holding nothing but the date, closing the item after its last sentence ("…800名。(2023年9月底前完成)").
  if (/^\s*[((【[]\s*$/.test(before) && /[))】\]]/.test(text.slice(p.end))) return [{ at: p.start, date: p.dates.at(-1) ?? '' }];
  if (!ownBracket && !(before.trim() === '' ? ROLE_RE.test(text.slice(0, lineFrom)) : ROLE_RE.test(before))) return [];
  return [{ at: p.start, date: p.dates.at(-1) ?? '' }];
}

/** The date the first deadline label in the text gives, or null (see labelDues). */
export function labelDue(text: string, planYear: number | null): string | null {
  return labelDues(text, planYear)[0]?.date ?? null;
}

/**
 * The label that governs a target at `pos`: the first one after it (an item closes with its own 完成时限, and a
 * text may run several items together), else the last one before it; null without labels.
 */
export function labelFor(labels: LabelDue[], pos: number): string | null {
  return (labels.find((l) => l.at >= pos) ?? labels.at(-1))?.date ?? null;
}

/** Looks up the deadline phrase that governs a position (binary search; phrases are sorted and disjoint). */
export class DueIndex {
  /** For each phrase, the index of the last carrying phrase at or before it (-1 if none). */
  private readonly lastCarry: number[] = [];
  private readonly phrases: DuePhrase[];
  /** Where "全年" is written (see DuePhrase.yearLong), in order. */
  private readonly yearLong: number[];

  constructor(phrases: DuePhrase[]) {
    this.phrases = phrases.filter((p) => !p.yearLong);
    this.yearLong = phrases.filter((p) => p.yearLong).map((p) => p.start);
    let c = -1;
    this.phrases.forEach((p, i) => {
      if (p.carries) c = i;
      this.lastCarry.push(c);
    });
  }

  /**
   * The phrase that governs a number at `pos`: the last one before it in the same sentence,
   * else the last "到YYYY年" earlier in the text, else the first one after it in the same sentence.
   */
  governing(pos: number, sentenceStart: number, sentenceEnd: number): DuePhrase | null {
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
    const p = k >= 0 ? this.phrases[k] : undefined;
    if (p && p.start >= sentenceStart) return p;
    const c = k >= 0 ? (this.lastCarry[k] ?? -1) : -1;
    if (c >= 0) return this.phrases[c] ?? null;
    // "体检率不低于70%,9月30日前完成体检任务": a deadline later in the same sentence that closes the work; past one
    // that only starts it ("工程15处,6月底前开工,11月底前完工").
    if (this.yearLong.some((at) => at >= sentenceStart && at < pos)) return null;
    for (let j = k + 1; j < this.phrases.length; j++) {
      const after = this.phrases[j]!;
      if (after.start < pos || after.start >= sentenceEnd) break;
      if (after.closes) return after;
    }
    return null;
  }
}

/**
 * The "到YYYY年(底)" deadline a heading or lead-in sentence sets for the goals listed under it
 * ("到2025年底,以下指标达到国家示范区标准:" → 2025-12-31); null when it sets none.
 *
 * @example carriedDeadline('到2025年底,以下指标达到国家示范区标准:', null) // '2025-12-31'
 */
export function carriedDeadline(text: string, planYear: number | null): string | null {
  const half = halfWidth(text);
  const carrying = findDuePhrases(half, planYear, new QuotedSpans(half)).filter((p) => p.carries);
  return carrying.at(-1)?.dates.at(-1) ?? null;
}
