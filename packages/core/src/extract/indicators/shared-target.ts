import type { ClauseIndex } from './indicator-text.js';
import type { Reading } from './indicator-reading.js';

/** The subject of a shared target: measures listed before 均 / 都 ("报告及时率、完整率均"). */
const SHARED_SUBJECT_RE = /^([^,;。]+?)\s*(?:均|都)\s*$/;
/** 及 joins members, but not in 及时率. */
const LIST_SEPARATOR_RE = /[、和与]|及(?!时)/;
/** What a listed measure ends in: a rate, a count or a level. */
const MEASURE_END_RE = /(?:率|数|量|比例|比重|水平)$/;

/**
 * "报告及时率、完整率均达到100%", "筛查率和听力筛查率均达到98%以上": measures written out in full before 均 share one
 * target, and each is an indicator of its own. Adds, in place, a reading for every member before the last (which keeps
 * the reading already made), each in a group of its own. "高血压、糖尿病患者规范管理率均达到65%" names one measure over
 * the groups listed (the gold reads it either way), so it stays one reading; so does a count after 均, which counts per member.
 */
export function splitSharedTargets(half: string, ix: ClauseIndex, readings: Reading[], nextGroup: () => number): void {
  for (let i = readings.length - 1; i >= 0; i--) {
    const r = readings[i];
    if (!r || !/^(?:%|‰)$/.test(r.q.unit) || r.baseline !== null) continue;
    if (readings.some((o) => o !== r && o.group === r.group)) continue;
    const subject = SHARED_SUBJECT_RE.exec(half.slice(ix.clauseStart(r.q.start), r.wordStart))?.[1];
    if (!subject) continue;
    const members = subject.split(LIST_SEPARATOR_RE).map((s) => s.trim());
    const last = members.at(-1) ?? '';
    if (members.length < 2 || members.length > 4 || !members.every((m) => /\p{Script=Han}{2}/u.test(m) && MEASURE_END_RE.test(m))) continue;
    const copies = members.slice(0, -1).map((m) => ({ ...r, name: m, group: nextGroup() }));
    // The reading made for the whole list is named by its last member.
    if (LIST_SEPARATOR_RE.test(r.name)) r.name = last;
    readings.splice(i, 0, ...copies);
  }
}
