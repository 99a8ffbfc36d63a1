import { memoizedPerParse } from '../per-parse-memo.js';
import { toHalfWidth } from './calendar.js';

const FRAME_WORD = '(?:全年|全程|[长長]期|持[续續]|常[态態]化|常年|每年|每季度|每季|每月|每[学學]期|每半年|逐年|定期|年[内內]|今后|今後)';
const FRAME_VERB = '(?:推进|坚持|开展|实施|进行|落实|抓好|做好|推進|堅持|開展|實施|進行|落實)?';
// "全年持续推进", "长期坚持", also with a start: "2021年起长期坚持".
const FRAME_ONLY = new RegExp(`^(?:(?:从|自)?\\d{4}年(?:\\d{1,2}月)?(?:起|开始))?(?:${FRAME_WORD}${FRAME_VERB})+$`);
const OPEN = '([【';
const CLOSE = ')]】';
const TRAILING = new Set([...'。;,.!?:', ' ', '\t', '\n', '\r', '\u00a0']);
const CLAUSE_BREAK = new Set([...',;。:']);

/**
 * True when the duty closes on nothing but an open-ended time frame: "…,全年持续推进。", "(长期坚持)".
 * False when such words are part of the work itself (持续推进健康细胞培育, 每年开展一次评估).
 * A trailing bracket group that is not a time frame (an attribution) is looked past.
 * Scans from the end without regular expressions over the whole text, so any length is linear.
 */
// Asked again of the same long duty by several stages; each answer folds the whole text, so long texts are kept too.
export const closingTimeFrame = memoizedPerParse(closingTimeFrameUncached, 100_000);

function closingTimeFrameUncached(text: string): boolean {
  const half = toHalfWidth(text);
  let end = trimEnd(half, half.length);
  for (let guard = 0; guard < 4; guard++) {
    const group = trailingGroup(half, end);
    if (!group) break;
    const inner = half.slice(group.start + 1, end - 1);
    // "(主责单位:X、Y,按职责分工负责;长期坚持)": the attribution's last part is the time frame.
    if (isFrame(inner) || isFrame(inner.slice(inner.lastIndexOf(';') + 1))) return true;
    end = trimEnd(half, group.start);
  }
  let cut = end - 1;
  while (cut >= 0 && !CLAUSE_BREAK.has(half[cut] ?? '')) cut--;
  if (cut < 0) return false;
  return isFrame(half.slice(cut + 1, end));
}

/** The end of `text` before `end` once trailing punctuation and spaces are dropped. */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && TRAILING.has(text[e - 1] ?? '')) e--;
  return e;
}

/** A bracket group that ends exactly at `end`; groups nested in it ("配合:各县(市、区)人民政府") are part of it. */
function trailingGroup(text: string, end: number): { start: number } | null {
  if (end === 0 || !CLOSE.includes(text[end - 1] ?? '')) return null;
  let depth = 0;
  for (let i = end - 2; i >= 0; i--) {
    const c = text[i] ?? '';
    if (CLOSE.includes(c)) depth++;
    else if (OPEN.includes(c)) {
      if (depth === 0) return { start: i };
      depth--;
    }
  }
  return null;
}

function isFrame(phrase: string): boolean {
  const p = phrase.replace(/\s+/g, '');
  return p.length <= 40 && FRAME_ONLY.test(p);
}
