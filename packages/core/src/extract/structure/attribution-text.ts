import { splitUnitList } from '../units/unit-name.js';
import { cuedUnitList } from '../units/cued-unit-list.js';
import { spacesAsCommas } from '../units/cell-lines.js';
import { isDeadlineCell } from './deadline-shape.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import { alternation } from '../lexicons/pattern.js';
import { CARRY_OUT_VERBS, PART_VERBS } from '../lexicons/role-words.js';
import { rolesFromList, SEPARATE, withLevelOf, type TextRoles } from './attribution-roles.js';
import { HAS_LABEL, parseLabelled } from './labelled-fields.js';
import { splitDeadlineTail } from './lone-deadline.js';
import { DEADLINE_LABEL_SOURCE, HAS_ROLE_VERB, RESP_LABEL_SOURCE } from './role-labels.js';

/** "由X牵头", "此项工作由X牵头", "以上(1)—(3)项由X牵头", "上述工作由X负责": the words before the owner. */
export const SUBJECT_BEFORE_OWNER = /^(?:(?:此项|该项|本项|这项|以上|上述|前述)[^由]{0,16}?)?由/;

/** "排在首位的为牵头单位": the text states that the first unit of its list leads. */
export const ORDER_RULE = /(?:排在|排列在|排名|排序|列在?|排)(?:首位|第一位|第一|前面)(?:的|者|的单位|单位)?(?:为|是)(?:牵头|主要责任)/;

/** Role verbs after a unit list (X配合, Y参与), and verbs that make the units alone answer for the work. */
const PART_VERB = alternation(PART_VERBS);
const CARRY_OUT = alternation(CARRY_OUT_VERBS);
const DUTY_THEN_PART = new RegExp(`^(.+?)(?:牵头)?(?:负责|主责)[,,;;、](.+?)(?:等(?:部门|单位)?)?${PART_VERB}$`);
const DUTY_THEN_CARRY = /^(.+?)(?:牵头)?(?:负责|主责)[,,;;](.+落实)$/;
const PARTS_THEN_DUTY = new RegExp(`^(.+?${PART_VERB})[,,;;]`);
const CARRY_OUT_END = new RegExp(`${CARRY_OUT}$`);
const CARRY_OUT_TAIL = new RegExp(`(?:共同)?${CARRY_OUT}$`);
const PART_END = new RegExp(`${PART_VERB}$`);
const RESP_THEN_PART = new RegExp(`^([^;;]+)[;;]([^;;]+?)(?:等(?:部门|单位)?)?${PART_VERB}$`);
const HAS_PART_VERB = new RegExp(PART_VERB);
const CARRY_OUT_LOCAL = /^(.+?)(?:负责落实|具体落实|抓好落实|组织落实|负责实施|具体实施|落实)$/;
const JOINTLY = /共同(?:负责|承担|组织实施)$/;
/** What may follow 牵头 as part of the lead's own verb ("X牵头负责", "由X牵头落实"), before the participants. */
const LEAD_VERB_TAIL = /^(?:负责|抓总|组织|抓好)?(?:推进)?(?:实施|落实|推进)?[,,、;;]?/;
/** "责任单位:X牵头,Y配合": a responsibility label whose value says the roles with verbs, a time limit's field after it. */
const RESP_THEN_VERBS = new RegExp(`^(?:${RESP_LABEL_SOURCE})[::]([^::]+?)(?:[;;,,](?:${DEADLINE_LABEL_SOURCE})[::]([^::]+))?$`);

/**
 * "各区政府负责落实", "各州(市)卫生健康委落实": the units of a clause that carries the work out locally; they take
 * part in it. Null when the clause is no such clause. `plainOnly` refuses units written with a role verb of their own.
 */
function localCarriers(clause: string, dir: UnitDirectory, plainOnly: boolean): string[] | null {
  const units = CARRY_OUT_LOCAL.exec(clause)?.[1];
  if (!units || (plainOnly && HAS_PART_VERB.test(units))) return null;
  return splitUnitList(units, dir);
}

const withRoles = (lead: string[], participants: string[]): TextRoles => ({
  lead,
  participants,
  separateLeads: false,
  deadlineText: null,
});

/** "按职责分工,分别负责" written over a comma: one phrase, so that clauses split at commas keep it whole. */
const SEPARATE_OVER_COMMA = /((?:职责|职能)(?:分工)?)[,,]((?:分别|各自)?(?:负责|落实))/g;

/**
 * "X牵头,Y、Z按职责分工负责" (extraction.md): the units that answer by their own duties lead beside X, each for
 * its part; units with a part verb of their own ("W配合") still take part. Null when a clause names no units.
 */
function separateAfterLead(lead: string[], right: string, dir: UnitDirectory): TextRoles | null {
  const leads = [...lead];
  const participants: string[] = [];
  let pending: string[] = [];
  for (const clause of right.replace(SEPARATE_OVER_COMMA, '$1$2').split(/[,,;;](?![^((]*[))])/)) {
    pending.push(clause);
    const target = PART_END.test(clause) ? participants : SEPARATE.test(clause) ? leads : null;
    const carriers = target ? null : localCarriers(clause, dir, true);
    if (!target && !carriers) continue;
    // "Y按职责分工负责落实": the units end where their duty phrase begins.
    const text = pending.join('、');
    const names = carriers ?? splitUnitList(text.slice(0, SEPARATE.exec(text)?.index), dir);
    if (!names) return null;
    (target ?? participants).push(...withLevelOf(lead, names, dir));
    pending = [];
  }
  // What follows the last role verb is the duty's own text ("…按职责分工负责,年内出台…"), not units.
  return { lead: leads, participants, separateLeads: leads.length > lead.length, deadlineText: null };
}

/** "X牵头,…": the units after the lead's 牵头 (`right`) take part, up to their role verb or as local carriers. */
function afterLeadVerb(lead: string[], right: string, dir: UnitDirectory): TextRoles | null {
  if (!right) return withRoles(lead, []);
  if (SEPARATE.test(right)) return separateAfterLead(lead, right, dir);
  // "X牵头,各区政府负责落实": units that carry the work out locally take part.
  const carriers = localCarriers(right, dir, true);
  if (carriers) return withRoles(lead, withLevelOf(lead, carriers, dir));
  // "…牵头,Y配合,11月底前出台…": the participants end at their role verb; what follows is the duty's own text.
  const named = PARTS_THEN_DUTY.exec(right);
  const participants = splitUnitList(right, dir) ?? splitUnitList(named?.[1] ?? '', dir);
  if (!participants) return null;
  // "…Y配合,各区政府负责落实": units that carry the work out locally take part too.
  const local = named ? localCarriers(right.slice(named[0].length), dir, false) : null;
  if (local) participants.push(...local);
  return withRoles(lead, withLevelOf(lead, participants, dir));
}

/** "X负责,Y、Z配合" or "X负责,各州(市)卫生健康委落实": the unit before 负责 leads, the others take part. */
function dutyThenOthers(t: string, dir: UnitDirectory): TextRoles | null {
  const duty = DUTY_THEN_PART.exec(t);
  if (duty?.[1] && duty[2]) {
    const lead = splitUnitList(duty[1].replace(SUBJECT_BEFORE_OWNER, ''), dir);
    const participants = splitUnitList(duty[2], dir);
    if (lead && participants) return withRoles(lead, participants);
  }
  const carried = DUTY_THEN_CARRY.exec(t);
  const carriers = carried?.[1] && carried[2] ? localCarriers(carried[2], dir, true) : null;
  if (!carried?.[1] || !carriers) return null;
  // "X、Y按职责分工负责,Z落实": the leads answer each for their own part.
  const leadSide = carried[1].replace(SUBJECT_BEFORE_OWNER, '');
  const separate = SEPARATE.test(leadSide);
  const lead = splitUnitList(separate ? `${leadSide}负责` : leadSide, dir);
  return lead ? { ...withRoles(lead, carriers), separateLeads: separate } : null;
}

/** A 责任单位 value "X、Y;Z、W配合": the units named without a verb are responsible and lead; Z, W take part. */
function respThenParts(value: string, dir: UnitDirectory): TextRoles | null {
  const m = RESP_THEN_PART.exec(value);
  if (!m?.[1] || !m[2] || HAS_ROLE_VERB.test(m[1])) return null;
  const lead = splitUnitList(m[1], dir);
  const participants = lead && splitUnitList(m[2], dir);
  return lead && participants ? withRoles(lead, participants) : null;
}

/** "(X牵头,Y、Z配合)", "(X牵头负责)", "(X负责)", "(X、Y按职责分工负责)", or a bare unit list. */
export function parseAttributionText(inner: string, dir: UnitDirectory): TextRoles | null {
  const t = spacesAsCommas(inner, (line) => splitUnitList(line, dir) !== null);
  if (!t) return null;
  const tail = splitDeadlineTail(t);
  if (tail) {
    const roles = parseAttributionText(tail.roles, dir);
    return roles ? { ...roles, deadlineText: roles.deadlineText ?? tail.deadline } : null;
  }
  // "责任单位:X牵头,Y配合;完成时限:11月底前": the label's value says the roles with verbs, a time limit may follow.
  const resp = RESP_THEN_VERBS.exec(t);
  const verbs = resp?.[1];
  if (verbs && HAS_ROLE_VERB.test(verbs)) {
    const roles = respThenParts(verbs, dir) ?? parseAttributionText(verbs, dir);
    const limit = resp[2]?.replace(/[。;;]+$/, '') ?? null;
    if (roles) return { ...roles, deadlineText: roles.deadlineText ?? limit };
  }
  if (HAS_LABEL.test(t)) return parseLabelled(t, dir, parseAttributionText);
  // A date written beside the units: "(市卫健委,2022年底前)".
  const parts = t.split(/[,,;;](?![^()]*\))/);
  const datePart = parts.length > 1 ? parts.find((p) => isDeadlineCell(p)) : undefined;
  if (datePart) {
    const rest = parseAttributionText(parts.filter((p) => p !== datePart).join(','), dir);
    return rest ? { ...rest, deadlineText: datePart } : null;
  }
  // "A、B、C分别牵头,D配合": each of A, B, C leads its own part.
  const apart = /(?:分别|各自)牵头/.exec(t);
  if (apart && apart.index > 0) {
    const lead = splitUnitList(t.slice(0, apart.index).replace(SUBJECT_BEFORE_OWNER, ''), dir);
    const rest = lead ? afterLeadVerb(lead, t.slice(apart.index + 4).replace(LEAD_VERB_TAIL, ''), dir) : null;
    if (rest) return { ...rest, separateLeads: true };
  }
  const at = /[((]牵头[))]|(?:分别|各自)牵头/.test(t) ? -1 : t.search(/牵头(?![单部领科])/);
  if (at > 0) {
    const lead = splitUnitList(t.slice(0, at).replace(SUBJECT_BEFORE_OWNER, ''), dir);
    return lead ? afterLeadVerb(lead, t.slice(at + 2).replace(LEAD_VERB_TAIL, ''), dir) : null;
  }
  const duty = dutyThenOthers(t, dir);
  if (duty) return duty;
  if (SEPARATE.test(t)) {
    const names = splitUnitList(t, dir) ?? cuedUnitList(t.slice(0, SEPARATE.exec(t)?.index), dir);
    return names ? { lead: names, participants: [], separateLeads: true, deadlineText: null } : null;
  }
  if (CARRY_OUT_END.test(t) && !HAS_PART_VERB.test(t)) {
    const names = splitUnitList(t.replace(CARRY_OUT_TAIL, '').replace(SUBJECT_BEFORE_OWNER, ''), dir);
    if (!names) return null;
    // "(X、Y负责)" is one undifferentiated list: the first unit leads (extraction.md); "共同负责" says they lead together.
    if (names.length > 1 && !JOINTLY.test(t)) return withRoles(names.slice(0, 1), names.slice(1));
    return withRoles(names, []);
  }
  // "X、Y;Z配合": the units before the clause that takes part answer for the work together.
  const [owners, helpers, ...more] = t.split(/[;;]/);
  if (owners && helpers && !more.length && PART_END.test(helpers) && !HAS_ROLE_VERB.test(owners)) {
    const lead = splitUnitList(owners, dir);
    const participants = splitUnitList(helpers, dir);
    if (lead && participants) return withRoles(lead, participants);
  }
  if (PART_END.test(t)) {
    const names = splitUnitList(t, dir);
    return names ? withRoles([], names) : null;
  }
  const list = rolesFromList(t, dir);
  return list ? { ...list, deadlineText: null } : null;
}
