import { findDeadlinePhrases } from '../dates/index.js';
import { splitUnitList } from '../units/unit-name.js';
import { trimEndChars } from './text-trim.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import { HAS_ROLE_VERB } from './role-labels.js';
import { alternation } from '../lexicons/pattern.js';
import { PART_VERBS } from '../lexicons/role-words.js';
import type { Attribution } from './attribution-roles.js';
import { parseAttributionText, SUBJECT_BEFORE_OWNER } from './attribution-text.js';

/**
 * An unbracketed closing sentence that only assigns roles: "…。由市发改委牵头,市工信局配合。" or
 * "…。市卫健委负责。". Sentence subjects elsewhere in the text are never read as owners.
 */
export function findTrailingVerbAttribution(text: string, dir: UnitDirectory): Attribution | null {
  const body = trimEndChars(text, '。;;');
  // "…。——X牵头,Y配合": a dash after the duty opens its attribution as a sentence end does.
  const dash = body.lastIndexOf('——');
  const stop = Math.max(body.lastIndexOf('。'), body.lastIndexOf('\n'));
  // After a dash the attribution may close on its time limit: "——X牵头,Y配合;2026年11月底前完成".
  const cut = dash > stop ? dash + 1 : Math.max(stop, body.lastIndexOf(';'), body.lastIndexOf(';'));
  if (cut < 0) return null;
  const sentence = body.slice(cut + 1).trim();
  // "…——宁固镇人民政府、县市场监管局": after a dash a bare unit list names the units too (the first leads).
  // "主要负责同志要亲自部署": 负责 in a person noun (负责同志, 负责人) assigns no role.
  const verbal = sentence.replace(/负责(?:同志|人)/g, '');
  if ((!HAS_ROLE_VERB.test(verbal) && !(dash > stop)) || sentence.length > 120) return null;
  const roles = parseAttributionText(withoutTimeClause(sentence).replace(SUBJECT_BEFORE_OWNER, ''), dir);
  if (!roles || !roles.lead.length) return null;
  return { ...roles, start: cut + 1, end: text.length, statesOrderRule: false };
}

/**
 * "由X负责,Y配合,5月底前实现全覆盖": the roles sentence closing on when the work is done; that last clause (a deadline
 * phrase and no role verb) is not part of the attribution.
 */
function withoutTimeClause(sentence: string): string {
  const comma = Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf(','));
  if (comma < 0) return sentence;
  const last = sentence.slice(comma + 1);
  // Any year will do: only whether the clause holds a deadline phrase matters, not its date.
  if (HAS_ROLE_VERB.test(last) || !findDeadlinePhrases(last, 2000).length) return sentence;
  return sentence.slice(0, comma);
}

/** "X牵头," / "由X牵头," opening a clause, and ",Y、Z配合" closing it (participants named after the duty). */
const OPENING_LEAD = /^(?:由)?([^,,;;。()()]{2,60}?)牵头(?:负责)?[,,]/;
/**
 * "X牵头,Y、Z配合,推进…" / "X负责,Y参与,开展…" / "X牵头,Y按职责分工负责,…": the lead and the others each named with
 * their role verb in the first two clauses, before the duty.
 */
const OPENING_ROLES = new RegExp(
  `^((?:由)?[^,,;;。()()]{2,60}?(?:牵头|负责)[,,][^,,;;。()()]{2,80}?(?:等(?:部门|单位))?(?:${alternation(PART_VERBS)}|(?:按|根据)(?:职责|职能)(?:分工)?(?:分别|各自)?负责))[,,]`,
);
const CLOSING_PART = new RegExp(`[,,]([^,,;;。()()]{2,80}?)(?:等(?:部门|单位))?${alternation(PART_VERBS)}[。;;]?$`);

/**
 * An attribution written around the duty: "X牵头,对…建立清单,Y、Z配合" or "由X牵头,…". The lead is named by
 * its role verb at the very start of the clause, so it is not a sentence subject.
 */
export function findOpeningVerbAttribution(text: string, dir: UnitDirectory): Attribution | null {
  const t = text.trim();
  const both = OPENING_ROLES.exec(t);
  const roles = both?.[1] ? parseAttributionText(both[1], dir) : null;
  if (both && roles?.lead.length && (roles.participants.length || roles.separateLeads))
    return { ...roles, start: 0, end: both[0].length, statesOrderRule: false, deadlineText: null };
  const open = OPENING_LEAD.exec(t);
  if (!open?.[1]) return null;
  const lead = splitUnitList(open[1], dir);
  if (!lead) return null;
  const close = CLOSING_PART.exec(trimEndChars(t, '。;;'));
  const participants = close?.[1] && close.index >= open[0].length ? splitUnitList(close[1], dir) : null;
  return {
    lead,
    participants: participants ?? [],
    separateLeads: false,
    start: 0,
    end: open[0].length,
    statesOrderRule: false,
    deadlineText: null,
  };
}

/** ",由X牵头,Y、Z配合,": the roles written as clauses inside the duty's sentence, after its first clause. */
const EMBEDDED = new RegExp(
  `[,,]由([^,,;;。()()]{2,60}?)牵头(?:负责)?(?:[,,]([^,,;;。()()]{2,80}?)(?:等(?:部门|单位))?${alternation(PART_VERBS)})?(?=[,,;;。])`,
);

/**
 * "落实五项制度,由X牵头,Y、Z配合,每季度开展评审": an attribution in clauses of the duty's own sentence. Only the
 * 由 form: a bare "X牵头" mid-sentence may be part of the work ("推动企业牵头组建联合体").
 */
export function findEmbeddedVerbAttribution(text: string, dir: UnitDirectory): Attribution | null {
  const m = EMBEDDED.exec(text);
  if (!m?.[1]) return null;
  const lead = splitUnitList(m[1], dir);
  if (!lead) return null;
  const participants = m[2] ? splitUnitList(m[2], dir) : [];
  if (!participants) return null;
  const start = m.index + 1;
  return { lead, participants, separateLeads: false, start, end: start + m[0].length - 1, statesOrderRule: false, deadlineText: null };
}
