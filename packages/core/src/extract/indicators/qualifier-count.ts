import type { ClauseIndex } from './indicator-text.js';
import type { Reading } from './indicator-reading.js';

/** Units of a share or a rate: such a value is a measure of its own, never a word inside a noun phrase. */
const SHARE_UNIT_RE = /^(?:%|‰|‱|个百分点|百分点|1\/|\/)/;
/** What states the clause's target after a noun phrase: a comparator, a shared 各 / 分别, or a share being measured. */
const PREDICATE_RE = /各|分别|达到|不少于|不低于|不超过|不高于|至少|超过|占比|比例|比重|控制在|保持在|稳定在|提高到|提高至|提升到|提升至/;

/**
 * Drops, in place, a count written inside the subject of a target that comes later in the same clause:
 * "在7个地(市)各确定不少于2家哨点医院", "沿江8个设区市和里下河地区人群查病人数分别不少于12万人和3万人",
 * "能够提供6类以上中医适宜技术的村卫生室占比达到80%". The count qualifies what is measured (which places, which
 * rooms); the clause commits to the later value. A count that closes its noun ("建成健康步道3条、…") or is followed
 * only by another count of its own ("1个胸痛中心和1个卒中中心") stays.
 */
export function dropQualifierCounts(half: string, ix: ClauseIndex, readings: Reading[]): void {
  for (let i = readings.length - 2; i >= 0; i--) {
    const a = readings[i];
    const b = readings[i + 1];
    if (!a || !b || a.group === b.group || a.q.unit === '' || SHARE_UNIT_RE.test(a.q.unit) || a.baseline !== null) continue;
    // Prenominal: the count runs straight into the noun it counts.
    if (!/^\p{Script=Han}/u.test(half.slice(a.q.end, a.q.end + 1))) continue;
    if (b.q.start <= a.q.end || ix.clauseEnd(a.q.start) < b.q.start) continue;
    if (PREDICATE_RE.test(half.slice(a.q.end, b.q.start))) readings.splice(i, 1);
  }
}

/**
 * Drops, in place, a count in the predicate of a share written before its noun: "80%以上的村卫生室能够提供4类以上中医药适宜
 * 技术" measures the share of the rooms that offer four kinds; the four kinds say which rooms count, they are no target
 * of their own.
 */
export function dropCountsUnderShare(half: string, ix: ClauseIndex, readings: Reading[]): void {
  for (let i = readings.length - 1; i > 0; i--) {
    const b = readings[i];
    const a = readings[i - 1];
    if (!a || !b || a.group === b.group || !/^(?:%|‰)$/.test(a.q.unit) || b.q.unit === '' || SHARE_UNIT_RE.test(b.q.unit)) continue;
    if (!/^\s*的\p{Script=Han}/u.test(half.slice(a.q.end, a.q.end + 3))) continue;
    if (b.q.start <= a.q.end || ix.clauseEnd(a.q.start) < b.q.start) continue;
    readings.splice(i, 1);
  }
}
