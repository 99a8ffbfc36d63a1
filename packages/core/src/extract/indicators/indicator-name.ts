/** Derives an indicator's name (the measured quantity) from the words around its number. */

const LEAD_TIME_RE =
  /^(?:(?:到|至|截至|截止到?|力争到|力争在|从)?\s*\d{4}\s*年(?:底|末)?(?:起|前|之前|以前)?|\d{1,2}\s*月(?:底|末)?(?:之前|以前|前)|年底前)/;
const LEAD_FILLER_RE = /^(?:其中|确保|力争|努力|使得?|推动|进一步|拟|计划|要|并|同时|全年|每年|每季度|每月|每学期|基本|[,:、\s])/;
const TRAIL_FILLER_RE =
  /(?:由|从|分别|平均|均|各|将|要|的|约|为|达到|较上年度?|比上年度?|较\d{4}年|同比|每年|年均|逐年|力争|进一步|至|到|[,:、\s])$/;
/** A list number in front of the name ("1.居民健康素养水平≥28%"), never part of it. */
const LEAD_NUMBER_RE = /^(?:\d{1,2}[.、．](?=\p{Script=Han})|[((]\d{1,2}[))]|[①-⑳])/u;
/** Words after a count that close the noun phrase ("转岗培训任务" → 转岗培训). */
const AFTER_STOP_RE = /[,;。、()(),:!?]|(?:任务|要求|工作|目标)(?=$|[,;。、()(),:!?])|以上|以下|左右/;

/** Strips leading deadlines and fillers and trailing particles from a candidate name. */
export function stripEnds(s: string): string {
  // "主要目标是:人均预期寿命…": the name starts after the colon.
  const colon = Math.max(s.lastIndexOf(':'), s.lastIndexOf(':'));
  let out = colon >= 0 && colon < s.length - 1 ? s.slice(colon + 1) : s;
  for (let guard = 0; guard < 8; guard++) {
    const before = out;
    out = out.replace(LEAD_NUMBER_RE, '').replace(LEAD_TIME_RE, '').replace(LEAD_FILLER_RE, '').replace(TRAIL_FILLER_RE, '');
    if (out === before) break;
  }
  return out.trim();
}

/** The noun phrase right after a count ("40套健身设施" → 健身设施), at most a short phrase. */
function nounAfter(after: string): string {
  const stop = AFTER_STOP_RE.exec(after);
  const phrase = (stop ? after.slice(0, stop.index) : after).slice(0, 16);
  return /^\p{Script=Han}/u.test(phrase) ? phrase.replace(/的$/, '') : '';
}

/** A rate is named without the verb that opens its clause ("完成…检查覆盖率" → …检查覆盖率). */
const RATE_LEAD_VERB_RE = /^(?:完成|实现|推动|推进|促进|加快|开展|加强|提高|提升|使)(?=\p{Script=Han}{4})/u;

/** Units for which the noun after the number is part of what is counted ("6家健康促进医院"). */
const RATE_UNIT_RE = /^(?:%|‰|‱|个?百分点|1\/|岁$|小时$|分钟$|天$|个工作日$)/;

/**
 * The measured quantity: for a rate, the words before the comparator ("城区污水处理率由…" → 城区污水处理率);
 * for a count, the words before the number and the noun after it ("创建6家健康促进医院" → 创建健康促进医院).
 * `beforeWord` ends where the comparator word starts, `beforeNumber` at the number.
 */
export function indicatorName(beforeWord: string, beforeNumber: string, after: string, unit: string, comparatorWord: boolean): string {
  const rate = unit === '' || RATE_UNIT_RE.test(unit);
  if (/^(?:不低于|不少于|至少|超过|不高于|不超过|达到|控制在)$/.test(stripEnds(beforeWord) || stripEnds(beforeNumber))) return '';
  if (rate) {
    const name = stripEnds(beforeWord).replace(RATE_LEAD_VERB_RE, '');
    return name || stripEnds(beforeNumber) || nounAfter(after);
  }
  // Counts keep their verb (创建, 完成) but not a comparator (至少, 超过).
  const head = stripEnds(comparatorWord ? beforeWord : beforeNumber);
  return (head + nounAfter(after)).trim() || stripEnds(beforeNumber);
}
