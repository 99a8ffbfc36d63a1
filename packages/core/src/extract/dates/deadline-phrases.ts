import { toHalfWidth } from './calendar.js';
import { scanDates, type DateToken } from './scan-dates.js';

/** An explicit deadline found in prose, with its place in the text that was searched. */
export interface DeadlinePhrase {
  /** ISO date. */
  date: string;
  /** Offsets of the date expression in the searched text (end exclusive). */
  start: number;
  end: number;
  /** The date expression as written. */
  text: string;
}

const BY_BEFORE = /(?:到|至|截至|截止到?|截止至|力争到|力争在|最迟|不晚于)\s*$/;
const BEFORE_AFTER = /^\s*(?:之前|以前|前)/;
/** "实施期限至…", "政策执行至…", "有效期延长至…": how long a policy applies, not a date to finish by. */
const APPLIES_UNTIL = /(?:实施|實施|执行|執行|施行|实行|實行|期限|有效期|延长|延長|延续|延續)\s*(?:期限)?\s*(?:至|到)\s*$/;
// "4月、5月分两批完成": the work done in batches or phases by those dates.
const DONE_AFTER =
  /^\s*(?:内|前)?\s*(?:要|将|力争|基本|全面|全部|率先|顺利|如期|全市|全省)?\s*(?:分[两二三四五]?(?:批|期|阶段))?\s*(?:完成|建成|实现|出台|實現|出臺)/;
/** "2000年前建成的小区": a date before an attributive 的 describes the thing, it sets no deadline. */
const ATTRIBUTIVE_AFTER = /^\s*(?:之前|以前|前)\s*(?:建成|建设|修建|竣工|投用|投入使用|建造|形成|产生|发生|认定|确定|登记)?的/;
const CHAIN_GAP = /^\s*(?:和|、|及|与|,|,)\s*$/;
const PLAN_NAME_END = /(?:方案|规划|纲要|计划|行动|意见|办法|要点|清单|标准|条例|工程|战略|决定|通知)\s*$/;

/**
 * Finds explicit deadline phrases inside prose: "…底前", "…之前", "到2022年(底)", "截至…", "年内完成",
 * "2018年完成/建成/实现/出台…", and a parenthesised phase "(2021年3月—4月)". Not deadlines: a bare year
 * adverbial ("2018年开展", "从2018年起"), "2022年度…", a plan's period after its name "方案(2021—2025年)",
 * anything inside 《》, document numbers 〔2021〕11号.
 *
 * @example findDeadlinePhrases('2021年底前,所有基层医疗机构…', 2021)[0].date // '2021-12-31'
 */
export function findDeadlinePhrases(text: string, planYear: number | null): DeadlinePhrase[] {
  const half = toHalfWidth(text);
  const tokens = scanDates(half, planYear);
  const insideBookTitle = bookTitleTest(half);
  const out: DeadlinePhrase[] = [];
  let previous: DateToken | null = null;
  let previousKept = false;
  for (const token of tokens) {
    let keep = token.date !== null && token.marked && !insideBookTitle(half, token.start) && isDeadline(half, token);
    // "到2023年底和2030年": a year joined to a kept deadline by 和/、 is one too.
    if (!keep && token.date !== null && token.marked && previousKept && previous && CHAIN_GAP.test(half.slice(previous.end, token.start))) {
      keep = !/^\s*(?:度|起|以来)/.test(half.slice(token.end));
    }
    if (keep && token.date !== null) {
      // "6月30日、12月15日前", "4月、5月完成": the dates listed before one 前 or 完成 share it.
      const after = half.slice(token.end);
      if (BEFORE_AFTER.test(after) || DONE_AFTER.test(after)) out.push(...listedBefore(tokens, token, out, half, text));
      out.push({ date: token.date, start: token.start, end: token.end, text: text.slice(token.start, token.end) });
    }
    previous = token;
    previousKept = keep;
  }
  return out;
}

/** The dates of the same kind listed just before `token` (joined by 、/和), not yet kept, in order. */
function listedBefore(tokens: DateToken[], token: DateToken, kept: DeadlinePhrase[], half: string, text: string): DeadlinePhrase[] {
  const out: DeadlinePhrase[] = [];
  let next = token;
  for (let k = tokens.indexOf(token) - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.date === null || !t.marked || t.kind !== token.kind || !CHAIN_GAP.test(half.slice(t.end, next.start))) break;
    if (kept.some((p) => p.start === t.start)) break;
    out.unshift({ date: t.date, start: t.start, end: t.end, text: text.slice(t.start, t.end) });
    next = t;
  }
  return out;
}

function isDeadline(text: string, token: DateToken): boolean {
  const before = text.slice(Math.max(0, token.start - 6), token.start);
  const rawAfter = text.slice(token.end, token.end + 12);
  // "2022年度监测评估" is a reference year; "2021年度内完成" / "2021年度末前" are deadlines.
  if (/^\s*度/.test(rawAfter) && !/^\s*度\s*(?:内|底|末)?\s*(?:之前|以前|前|完成)/.test(rawAfter)) return false;
  const after = rawAfter.replace(/^\s*度\s*(?:底|末)?/, '');
  if (ATTRIBUTIVE_AFTER.test(after)) return false;
  if (BEFORE_AFTER.test(after) || DONE_AFTER.test(after)) return true;
  if (/从\s*$/.test(before) || /^\s*(?:起|以来|开始)/.test(after)) return false;
  if (BY_BEFORE.test(before))
    return !/^\s*(?:起|以来)/.test(after) && !APPLIES_UNTIL.test(text.slice(Math.max(0, token.start - 10), token.start));
  if (token.kind === 'relative') return /^年内$/.test(text.slice(token.start, token.end)) && DONE_AFTER.test(after);
  // A phase or deadline standing alone in parentheses: "(2021年3月—4月)", but not "方案(2021—2025年)".
  const open = /[((]\s*$/.exec(before);
  if (open && /^\s*[))]/.test(after)) {
    const head = text.slice(Math.max(0, token.start - 12), token.start - open[0].length);
    return !PLAN_NAME_END.test(head);
  }
  return false;
}

/**
 * A test for "this offset lies between a 《 and its 》", for offsets asked in increasing order
 * (one pass over the text in all, however many tokens it holds).
 */
function bookTitleTest(text: string): (text: string, offset: number) => boolean {
  const ranges: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '《') open = i;
    else if (c === '》' && open !== -1) {
      ranges.push([open, i]);
      open = -1;
    }
  }
  let k = 0;
  return (_text, offset) => {
    while (k < ranges.length && (ranges[k]?.[1] ?? 0) < offset) k++;
    const r = ranges[k];
    return r !== undefined && r[0] < offset && offset < r[1];
  };
}
