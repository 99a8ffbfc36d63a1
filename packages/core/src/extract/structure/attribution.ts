import { splitUnitList } from '../units/unit-name.js';
import { trimChars, trimEndChars } from './text-trim.js';
import { isDeadlineCell } from './deadline-shape.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import {
  DEADLINE_LABEL_SOURCE,
  HAS_ROLE_VERB,
  LEAD_LABEL_SOURCE,
  PART_LABEL_SOURCE,
  PERSON_LABEL_SOURCE,
  RESP_LABEL_SOURCE,
  ROLE_VERB_SOURCE,
} from './role-labels.js';
import { alternation } from '../lexicons/pattern.js';
import { CRITERIA_LABELS } from '../lexicons/person-labels.js';
import { CARRY_OUT_VERBS, PART_VERBS } from '../lexicons/role-words.js';
import { readMarker } from './numbering.js';
import { splitDeadlineTail } from './deadline-tail.js';

/** Who answers for a duty, as read from one attribution form. */
export interface Roles {
  lead: string[];
  participants: string[];
  /** 按职责分工,分别负责: every lead answers for its own part. */
  separateLeads: boolean;
}

/** An attribution found in a duty's text. */
export interface Attribution extends Roles {
  /** Span in the searched text, brackets included. */
  start: number;
  end: number;
  /** The text names the "first unit is the lead" rule (排在首位的为牵头单位). */
  statesOrderRule: boolean;
  /** A 完成时限 / 时间节点 value written inside the attribution. */
  deadlineText: string | null;
}

const LEAD_LABEL = LEAD_LABEL_SOURCE;
const PART_LABEL = PART_LABEL_SOURCE;
const RESP_LABEL = RESP_LABEL_SOURCE;
const DEADLINE_LABEL = DEADLINE_LABEL_SOURCE;
// Labels that name people or phones (牵头县级领导, 项目责任人, 联系电话), or that say how completion is judged
// (完成标志, 验收标准): their values are never units nor deadlines, but they end the field before them.
const PERSON_LABEL = `(?:${PERSON_LABEL_SOURCE}|${CRITERIA_LABELS.join('|')})`;
/** Role verbs after a unit list (X配合, Y参与), and verbs that make the units alone answer for the work. */
const PART_VERB = alternation(PART_VERBS);
const CARRY_OUT = alternation(CARRY_OUT_VERBS);
// A label ends in a colon, or in a closing 】/] when written "【牵头单位】X".
const LABEL_END = '\\s*(?:[::]|[】\\]][::]?)';
const ANY_LABEL = new RegExp(`[【\\[]?(${PERSON_LABEL}|${LEAD_LABEL}|${PART_LABEL}|${RESP_LABEL}|${DEADLINE_LABEL})${LABEL_END}`, 'g');
const HAS_LABEL = new RegExp(ANY_LABEL.source);
const LABEL_START = new RegExp(
  `(?:^|[\\n。;;/])\\s*[【\\[]?(?=(?:${PERSON_LABEL}|${LEAD_LABEL}|${PART_LABEL}|${RESP_LABEL}|${DEADLINE_LABEL})${LABEL_END})`,
  'g',
);
const LABEL_LINE = new RegExp(`^\\s*[【\\[]?(?:${PERSON_LABEL}|${LEAD_LABEL}|${PART_LABEL}|${RESP_LABEL}|${DEADLINE_LABEL})${LABEL_END}`);
/** A line that is a labelled field (牵头单位:X, 完成时限:Y, 责任领导:Z): a whole record of its own, not a broken sentence. */
export function isLabelLine(text: string): boolean {
  return LABEL_LINE.test(text);
}
/** A field line of a record that names no role: a short label and a colon ("建设内容:", "二季度进展:"). */
const OTHER_FIELD = /^\s*[\p{Script=Han}]{2,8}\s*[::]/u;
const IS_LEAD = new RegExp(`^${LEAD_LABEL}$`);
const IS_PART = new RegExp(`^${PART_LABEL}$`);
const IS_RESP = new RegExp(`^${RESP_LABEL}$`);
const IS_DEADLINE = new RegExp(`^${DEADLINE_LABEL}$`);

/** "由X牵头", "此项工作由X牵头", "以上(1)—(3)项由X牵头", "上述工作由X负责": the words before the owner. */
export const SUBJECT_BEFORE_OWNER = /^(?:(?:此项|该项|本项|这项|以上|上述|前述)[^由]{0,16}?)?由/;

const SEPARATE = /(?:按照?|根据|依据)(?:各自)?(?:职责|职能)|分别负责|各负其责|各司其职|分别牵头/;
export const ORDER_RULE = /(?:排在|排列在|列在?|排)(?:首位|第一位|第一|前面)的?(?:单位)?(?:为|是)(?:牵头|主要责任)/;

const empty = (): Roles => ({ lead: [], participants: [], separateLeads: false });

/** Units marked "(牵头)" inside a list lead; the rest take part. Returns null when none is marked. */
function markedLeads(names: string[]): Roles | null {
  const marked = names.filter((n) => /[((]牵头[))]$|牵头$/.test(n));
  if (!marked.length) return null;
  const clean = (n: string) => n.replace(/[((]牵头[))]$|牵头$/, '');
  return { lead: marked.map(clean), participants: names.filter((n) => !marked.includes(n)).map(clean), separateLeads: false };
}

/** A list with no slots: first unit leads (排在首位… or the default), or all lead when 分别负责. */
export function rolesFromList(raw: string, dir: UnitDirectory): Roles | null {
  const names = splitUnitList(raw.replace(/[((]牵头[))]/g, '牵头'), dir) ?? splitUnitList(raw, dir);
  if (!names) return null;
  const marked = markedLeads(names);
  if (marked) return marked;
  if (SEPARATE.test(raw)) return { lead: names, participants: [], separateLeads: true };
  return { lead: names.slice(0, 1), participants: names.slice(1), separateLeads: false };
}

/** "(牵头部门:X;配合部门:Y)", "责任单位:X、Y", "牵头单位:X 责任单位:Y" and the like. */
export function parseLabelled(text: string, dir: UnitDirectory): (Roles & { deadlineText: string | null }) | null {
  const hits = [...text.matchAll(ANY_LABEL)];
  if (!hits.length) return null;
  const slots: { label: string; value: string }[] = [];
  hits.forEach((h, i) => {
    const from = (h.index ?? 0) + h[0].length;
    const to = i + 1 < hits.length ? (hits[i + 1]?.index ?? text.length) : text.length;
    slots.push({ label: h[1] ?? '', value: trimChars(text.slice(from, to), ';;,,。/') });
  });
  const leadSlots = slots.filter((s) => IS_LEAD.test(s.label));
  const partSlots = slots.filter((s) => IS_PART.test(s.label));
  const respSlots = slots.filter((s) => IS_RESP.test(s.label));
  const deadline = slots.find((s) => IS_DEADLINE.test(s.label));
  if (!leadSlots.length && !partSlots.length && !respSlots.length) {
    return deadline ? { ...empty(), deadlineText: deadline.value } : null;
  }
  // A slot's value may run on into a deadline or a note ("市体育局;长期坚持", "市住建局、各街道办事处,2022年10月底前完成"):
  // its leading unit clauses are the units, a deadline clause is the deadline when no slot names one.
  let trailingDeadline: string | null = null;
  const units = (v: string): string[] => {
    const whole = splitUnitList(v, dir);
    if (whole) return whole;
    const names: string[] = [];
    for (const clause of v.split(/[;;,,](?![^((]*[))])/)) {
      const c = trimChars(clause, '。');
      if (!c) continue;
      if (isDeadlineCell(c)) {
        trailingDeadline ??= c;
        continue;
      }
      const list = splitUnitList(c, dir);
      if (!list) break;
      names.push(...list);
    }
    return names;
  };
  const roles = empty();
  if (leadSlots.length) {
    for (const s of leadSlots) roles.lead.push(...units(s.value));
    for (const s of [...respSlots, ...partSlots]) roles.participants.push(...units(s.value));
  } else if (respSlots.length && partSlots.length) {
    for (const s of respSlots) roles.lead.push(...units(s.value));
    for (const s of partSlots) roles.participants.push(...units(s.value));
  } else if (respSlots.length) {
    const list = rolesFromList(respSlots.map((s) => s.value).join('、'), dir);
    if (list) Object.assign(roles, list);
  } else {
    for (const s of partSlots) roles.participants.push(...units(s.value));
  }
  // 按职责分工 wins over everything, in a 牵头单位: slot too ("牵头单位:X、Y按职责分工负责").
  if (leadSlots.some((s) => SEPARATE.test(s.value)) || (!leadSlots.length && respSlots.some((s) => SEPARATE.test(s.value))))
    roles.separateLeads = true;
  const deadlineText = deadline?.value ?? trailingDeadline;
  if (!roles.lead.length && !roles.participants.length && !deadlineText) return null;
  return { ...roles, deadlineText };
}

const DUTY_THEN_PART = new RegExp(`^(.+?)(?:牵头)?(?:负责|主责)[,,;;、](.+?)(?:等(?:部门|单位)?)?${PART_VERB}$`);
const DUTY_THEN_CARRY = /^(.+?)(?:牵头)?(?:负责|主责)[,,;;](.+落实)$/;
const CARRY_OUT_END = new RegExp(`${CARRY_OUT}$`);
const CARRY_OUT_TAIL = new RegExp(`(?:共同)?${CARRY_OUT}$`);
const PART_END = new RegExp(`${PART_VERB}$`);
const HAS_PART_VERB = new RegExp(PART_VERB);
const CARRY_OUT_LOCAL = /^(.+?)(?:负责落实|具体落实|抓好落实|组织落实|负责实施|具体实施|落实)$/;
const JOINTLY = /共同(?:负责|承担|组织实施)$/;

/**
 * "(自治区卫生健康委牵头,教育厅、民政厅配合)": the level written once on the lead covers the participants' departments,
 * as it does inside one list. Names that carry their own level, or are no department, are kept as written.
 */
function withLevelOf(lead: string[], participants: string[], dir: UnitDirectory): string[] {
  const first = lead[0];
  if (!first || !participants.length) return participants;
  const joined = splitUnitList([first, ...participants].join('、'), dir);
  return joined && joined.length === participants.length + 1 ? joined.slice(1) : participants;
}

/** "(X牵头,Y、Z配合)", "(X牵头负责)", "(X负责)", "(X、Y按职责分工负责)", or a bare unit list. */
export function parseAttributionText(inner: string, dir: UnitDirectory): (Roles & { deadlineText: string | null }) | null {
  const t = inner.normalize('NFKC').replace(/\s+/g, '');
  if (!t) return null;
  const tail = splitDeadlineTail(t);
  if (tail) {
    const roles = parseAttributionText(tail.roles, dir);
    return roles ? { ...roles, deadlineText: roles.deadlineText ?? tail.deadline } : null;
  }
  if (HAS_LABEL.test(t)) return parseLabelled(t, dir);
  // A date written beside the units: "(市卫健委,2022年底前)".
  const parts = t.split(/[,,;;](?![^()]*\))/);
  const datePart = parts.length > 1 ? parts.find((p) => isDeadlineCell(p)) : undefined;
  if (datePart) {
    const rest = parseAttributionText(parts.filter((p) => p !== datePart).join(','), dir);
    return rest ? { ...rest, deadlineText: datePart } : null;
  }
  const at = /[((]牵头[))]|(?:分别|各自)牵头/.test(t) ? -1 : t.search(/牵头(?![单部领科])/);
  if (at > 0) {
    const left = t.slice(0, at).replace(SUBJECT_BEFORE_OWNER, '');
    const right = t.slice(at + 2).replace(/^(?:负责|抓总|实施)?[,,、;;]?/, '');
    const lead = splitUnitList(left, dir);
    if (!lead) return null;
    if (!right) return { lead, participants: [], separateLeads: false, deadlineText: null };
    // "X牵头,各区政府负责落实": units that carry the work out locally take part.
    const localOnly = CARRY_OUT_LOCAL.exec(right);
    const carriers = localOnly?.[1] && !HAS_PART_VERB.test(localOnly[1]) ? splitUnitList(localOnly[1], dir) : null;
    if (carriers) return { lead, participants: withLevelOf(lead, carriers, dir), separateLeads: false, deadlineText: null };
    // "…牵头,Y配合,11月底前出台…": the participants end at their role verb; what follows is the duty's own text.
    const named = new RegExp(`^(.+?${PART_VERB})[,,;;]`).exec(right);
    const participants = splitUnitList(right, dir) ?? splitUnitList(named?.[1] ?? '', dir);
    if (!participants) return null;
    // "…Y配合,各区政府负责落实": units that carry the work out locally take part too.
    const carry = named && CARRY_OUT_LOCAL.exec(right.slice(named[0].length));
    const local = carry?.[1] ? splitUnitList(carry[1], dir) : null;
    if (local) participants.push(...local);
    return { lead, participants: withLevelOf(lead, participants, dir), separateLeads: false, deadlineText: null };
  }
  // "X负责,Y、Z配合": the unit before 负责 leads.
  const duty = DUTY_THEN_PART.exec(t);
  if (duty?.[1] && duty[2]) {
    const lead = splitUnitList(duty[1].replace(SUBJECT_BEFORE_OWNER, ''), dir);
    const participants = splitUnitList(duty[2], dir);
    if (lead && participants) return { lead, participants, separateLeads: false, deadlineText: null };
  }
  // "X负责,各州(市)卫生健康委落实": the units that carry it out locally take part.
  const carried = DUTY_THEN_CARRY.exec(t);
  const carriers = carried?.[2] ? CARRY_OUT_LOCAL.exec(carried[2])?.[1] : undefined;
  if (carried?.[1] && carriers && !HAS_PART_VERB.test(carriers)) {
    // "X、Y按职责分工负责,Z落实": the leads answer each for their own part.
    const leadSide = carried[1].replace(SUBJECT_BEFORE_OWNER, '');
    const separate = SEPARATE.test(leadSide);
    const lead = splitUnitList(separate ? `${leadSide}负责` : leadSide, dir);
    const participants = splitUnitList(carriers, dir);
    if (lead && participants) return { lead, participants, separateLeads: separate, deadlineText: null };
  }
  if (SEPARATE.test(t)) {
    const names = splitUnitList(t, dir);
    return names ? { lead: names, participants: [], separateLeads: true, deadlineText: null } : null;
  }
  if (CARRY_OUT_END.test(t) && !HAS_PART_VERB.test(t)) {
    const names = splitUnitList(t.replace(CARRY_OUT_TAIL, '').replace(SUBJECT_BEFORE_OWNER, ''), dir);
    if (!names) return null;
    // "(X、Y负责)" is one undifferentiated list: the first unit leads (extraction.md); "共同负责" says they lead together.
    if (names.length > 1 && !JOINTLY.test(t))
      return { lead: names.slice(0, 1), participants: names.slice(1), separateLeads: false, deadlineText: null };
    return { lead: names, participants: [], separateLeads: false, deadlineText: null };
  }
  if (PART_END.test(t)) {
    const names = splitUnitList(t, dir);
    return names ? { lead: [], participants: names, separateLeads: false, deadlineText: null } : null;
  }
  const list = rolesFromList(t, dir);
  return list ? { ...list, deadlineText: null } : null;
}

/** ( 【 [ 〔 and their closers, as UTF-16 code units. */
const isOpener = (code: number) => code === 0x28 || code === 0x3010 || code === 0x5b || code === 0x3014;
const isCloser = (code: number) => code === 0x29 || code === 0x3011 || code === 0x5d || code === 0x3015;
const CLOSE_OF: Record<string, string> = { '(': ')', '【': '】', '[': ']', '〔': '〕' };
const CLAUSE_END = /^[\s]*(?:$|[。;;,,.!!??\n((【[])/;
const UNIT_NOTE_IN_LABEL = new RegExp(
  `(?:${LEAD_LABEL}|${PART_LABEL}|${RESP_LABEL})\\s*[::][^。;;\\n()()【】\\[\\]]*[\\p{Script=Han}]$`,
  'u',
);

/** The end of the bracket group opening at `i` (index after its closer), or -1. Nested () are allowed. */
function closeOf(text: string, i: number): number {
  const open = text[i] ?? '';
  const close = CLOSE_OF[open];
  if (!close) return -1;
  const round = open === '(' || open === '(';
  let depth = 0;
  const limit = Math.min(text.length, i + 400);
  for (let j = i; j < limit; j++) {
    const c = text[j];
    if (round ? c === '(' || c === '(' : c === open) depth++;
    else if (round ? c === ')' || c === ')' : c === close) {
      depth--;
      if (depth === 0) return j + 1;
    } else if (c === '。') return -1;
  }
  return -1;
}

/** Words that make a round bracket an attribution on their own: a role verb or a role label. */
const ROLE_WORD = new RegExp(`${ROLE_VERB_SOURCE}|${RESP_LABEL}`);

/**
 * True when only an item number (or nothing) stands before offset `i`: "【…】…", "3.【…】…", or a round group that
 * names roles, "(X牵头,Y配合)加强…" (a bare "(X)" there may be the subject of the duty).
 */
function opensItem(text: string, i: number, inner: string): boolean {
  if ((text[i] === '(' || text[i] === '(') && !ROLE_WORD.test(inner)) return false;
  const before = text.slice(0, i).trim();
  if (!before) return true;
  const m = readMarker(before);
  return !!m && m.length >= before.length;
}

/**
 * Finds the bracket attributions of a duty's text: labelled groups anywhere, and verb/list groups that
 * close a clause (followed by 。;, or the end) and consist only of unit names.
 */
export function findBracketAttributions(text: string, dir: UnitDirectory): Attribution[] {
  const out: Attribution[] = [];
  const n = text.length;
  // Where the next closing bracket is (n: none), so that a run of unclosed "(" costs nothing per bracket;
  // it only moves forward, found when an opening bracket passes it.
  let close = -1;
  for (let i = 0; i < n; i++) {
    if (!isOpener(text.charCodeAt(i))) continue;
    if (close < i) {
      close = i;
      while (close < n && !isCloser(text.charCodeAt(close))) close++;
    }
    if (close === n || close - i > 400) continue;
    const end = closeOf(text, i);
    if (end < 0) continue;
    const inner = text.slice(i + 1, end - 1);
    const labelled = HAS_LABEL.test(inner);
    // "责任单位:市卫健局(健康教育所)": a note written on a unit inside a label's value belongs to that unit.
    if (!labelled && UNIT_NOTE_IN_LABEL.test(text.slice(Math.max(0, i - 60), i))) {
      i = end - 1;
      continue;
    }
    // "【X牵头,Y配合】duty…" / "3.【X负责】": an attribution that opens the item speaks for all of it.
    // "…完善机制。(X牵头,Y配合)开展…": a group naming roles right after a full stop closes the sentence before it.
    const afterStop = /[。;;]\s*$/.test(text.slice(Math.max(0, i - 2), i)) && ROLE_WORD.test(inner);
    if (!labelled && !CLAUSE_END.test(text.slice(end, end + 3)) && !opensItem(text, i, inner) && !afterStop) {
      i = end - 1;
      continue;
    }
    const roles = parseAttributionText(inner, dir);
    if (roles && (roles.lead.length || roles.participants.length)) {
      out.push({ ...roles, start: i, end, statesOrderRule: ORDER_RULE.test(inner) });
    }
    i = end - 1;
  }
  return out;
}

/**
 * Labelled lines of an item ("牵头单位:X" ⏎ "责任单位:Y", "牵头单位:X;配合单位:Y", "完成时限:…") that start
 * a line or a sentence. They speak for the whole item.
 */
export function findLabelledLines(text: string, dir: UnitDirectory): Attribution | null {
  const starts: number[] = [];
  if (!HAS_LABEL.test(text)) return null;
  for (const m of text.matchAll(LABEL_START)) starts.push((m.index ?? 0) + m[0].length);
  if (!starts.length) return null;
  const from = starts[0] ?? 0;
  // Labelled lines run to the end of the item unless plain sentences follow them.
  let to = text.length;
  const tail = text.slice(from);
  const lines = tail.split('\n');
  const kept: string[] = [];
  let acc = 0;
  for (const l of lines) {
    // Other fields of the same record (建设内容:…, 二季度进展:…) sit between the role lines: skipped, not an end.
    if (acc > 0 && !LABEL_LINE.test(l) && OTHER_FIELD.test(l)) {
      acc += l.length + 1;
      continue;
    }
    if (acc > 0 && !LABEL_LINE.test(l)) {
      to = from + acc - 1;
      break;
    }
    kept.push(l);
    acc += l.length + 1;
  }
  const seg = kept.join('\n').replace(/[】\]]\s*$/, '');
  const roles = parseLabelled(seg.replace(/\n/g, ';'), dir);
  if (!roles) return null;
  return { ...roles, start: from, end: to, statesOrderRule: false };
}

/**
 * An unbracketed closing sentence that only assigns roles: "…。由市发改委牵头,市工信局配合。" or
 * "…。市卫健委负责。". Sentence subjects elsewhere in the text are never read as owners.
 */
export function findTrailingVerbAttribution(text: string, dir: UnitDirectory): Attribution | null {
  const body = trimEndChars(text, '。;;');
  const cut = Math.max(body.lastIndexOf('。'), body.lastIndexOf(';'), body.lastIndexOf(';'), body.lastIndexOf('\n'));
  if (cut < 0) return null;
  const sentence = body.slice(cut + 1).trim();
  if (!HAS_ROLE_VERB.test(sentence) || sentence.length > 120) return null;
  const roles = parseAttributionText(sentence.replace(SUBJECT_BEFORE_OWNER, ''), dir);
  if (!roles || !roles.lead.length) return null;
  return { ...roles, start: cut + 1, end: text.length, statesOrderRule: false };
}

/** "X牵头," / "由X牵头," opening a clause, and ",Y、Z配合" closing it (participants named after the duty). */
const OPENING_LEAD = /^(?:由)?([^,,;;。()()]{2,60}?)牵头(?:负责)?[,,]/;
const CLOSING_PART = new RegExp(`[,,]([^,,;;。()()]{2,80}?)(?:等(?:部门|单位))?${PART_VERB}[。;;]?$`);

/**
 * An attribution written around the duty: "X牵头,对…建立清单,Y、Z配合" or "由X牵头,…". The lead is named by
 * its role verb at the very start of the clause, so it is not a sentence subject.
 */
export function findOpeningVerbAttribution(text: string, dir: UnitDirectory): Attribution | null {
  const t = text.trim();
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
