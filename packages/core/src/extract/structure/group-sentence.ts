import { LEAD_LABEL_SOURCE, PART_LABEL_SOURCE, RESP_LABEL_SOURCE } from './role-labels.js';
import { markerValue } from './numbering.js';

/**
 * A sentence after a group of items that gives them all one set of roles: "以上(1)—(3)项由X牵头,Y配合。",
 * "以上第5—7项由X牵头", "以上第二至四项由X负责", "以上3项由X牵头", "上述工作由X负责",
 * "以上第2—4项牵头单位:X;配合单位:Y". It names the items by a range, by a count of the items just before it,
 * or not at all (every sibling before it).
 */
export interface GroupSentence {
  /** First and last item number the sentence names ("第5—7项" → [5, 7]), or null. */
  range: [number, number] | null;
  /** How many items just before it the sentence covers ("以上3项" → 3), or null. */
  count: number | null;
  /** The attribution itself, without the words naming the group ("由X牵头,Y配合" / "牵头单位:X;配合单位:Y"). */
  roles: string;
}

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十两]{1,3})';
const OPENER = '^(?:以上|上述|前述)';
/** The words between the opener and the owner: the group's name, at most a few words, no full stop. */
const SCOPE = '([^由。;;]{0,14}?)';
const ROLE_LABEL = `[【\\[]?(?:${LEAD_LABEL_SOURCE}|${PART_LABEL_SOURCE}|${RESP_LABEL_SOURCE})\\s*[】\\]]?\\s*[::]`;
/** "以上…由X牵头/负责…" (the owner after 由), or "以上…牵头单位:X…" (role labels). */
const BY_VERB = new RegExp(`${OPENER}${SCOPE}由(.+(?:牵头|负责).*)$`);
const BY_LABEL = new RegExp(`${OPENER}${SCOPE}[,,::]?((?:${ROLE_LABEL}).*)$`);
/** "以上工作(X、Y按职责分工负责)": the attribution in brackets after the group's name. */
const BY_BRACKET =
  /^(?:以上|上述|前述)((?:各项|[两二三四五六七八九十\d]项)?(?:工作|任务|事项|措施)?)[((【]((?:[^()()【】]|[((][^()()]*[))])+)[))】][。;;]?$/;
const RANGE = new RegExp(`第?\\s*[((]?(${NUM})[))]?\\s*项?\\s*(?:[—–\\-~～]+|至|到)\\s*第?\\s*[((]?(${NUM})[))]?`);
const COUNT = new RegExp(`^(${NUM})项`);

/** Reads a group sentence, or null when the line is not one. */
export function readGroupSentence(text: string): GroupSentence | null {
  const t = text.trim();
  const m = BY_VERB.exec(t) ?? BY_LABEL.exec(t) ?? BY_BRACKET.exec(t);
  if (!m) return null;
  const scope = (m[1] ?? '').replace(/\s+/g, '');
  const r = RANGE.exec(scope);
  const from = r?.[1] ? markerValue(r[1]) : null;
  const to = r?.[2] ? markerValue(r[2]) : null;
  const range: [number, number] | null = from !== null && to !== null && from <= to ? [from, to] : null;
  const c = range ? null : COUNT.exec(scope);
  const count = c?.[1] ? markerValue(c[1]) : null;
  return { range, count: count && count > 0 ? count : null, roles: m[2] ?? '' };
}

/** True when the line is a group sentence. */
export function isGroupSentence(text: string): boolean {
  return readGroupSentence(text) !== null;
}
