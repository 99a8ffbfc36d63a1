import { splitUnitList } from '../units/unit-name.js';
import { slotUnitsWithVillages } from '../units/slot-villages.js';
import { trimChars } from './text-trim.js';
import { isDeadlineCell } from './deadline-shape.js';
import { timeLimitAfter, type TimeLimitAfter } from './lone-deadline.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import {
  HAS_ROLE_VERB,
  LEAD_ROLE_LABEL_SOURCE as LEAD_ROLE_LABEL,
  PART_ROLE_LABEL_SOURCE as PART_ROLE_LABEL,
  DEADLINE_LABEL_SOURCE as DEADLINE_LABEL,
  LEAD_LABEL_SOURCE as LEAD_LABEL,
  PART_LABEL_SOURCE as PART_LABEL,
  PERSON_LABEL_SOURCE,
  RESP_LABEL_SOURCE as RESP_LABEL,
} from './role-labels.js';
import { CRITERIA_LABELS } from '../lexicons/person-labels.js';
import { emptyRoles, rolesFromList, SEPARATE, type Attribution, type TextRoles } from './attribution-roles.js';

// Labels that name people or phones (牵头县级领导, 项目责任人, 联系电话), or that say how completion is judged
// (完成标志, 验收标准): their values are never units nor deadlines, but they end the field before them.
const PERSON_LABEL = `(?:${PERSON_LABEL_SOURCE}|${CRITERIA_LABELS.join('|')})`;
// A label ends in a colon, or in a closing 】/] when written "【牵头单位】X".
const LABEL_END = '\\s*(?:[::]|[】〕\\]][::]?)';
const ANY_LABEL = new RegExp(`[【〔\\[]?(${PERSON_LABEL}|${LEAD_LABEL}|${PART_LABEL}|${RESP_LABEL}|${DEADLINE_LABEL})${LABEL_END}`, 'g');
/** A unit label with its colon ("责任单位:", "配合单位:"), never a person or a deadline label. */
export const HAS_UNIT_LABEL = new RegExp(`(?:${LEAD_LABEL}|${PART_LABEL}|${RESP_LABEL})${LABEL_END}`);
/** What every label ends in (LABEL_END): a text without any holds no label, and is left before the long scan. */
const LABEL_CLOSER = /[::】〕\]]/;
/** Some role, person or deadline label with its colon ("牵头单位:", "【完成时限】") anywhere in the text. */
export const HAS_LABEL = new RegExp(ANY_LABEL.source);
// After a comma only a unit label opens a field ("新建服务点20个,牵头单位:X,配合单位:Y"); a person or a date may be
// part of the sentence.
const LABEL_START = new RegExp(
  `(?:(?:^|[\\n。;;/]|——)\\s*[【〔\\[]?|[【〔\\[])(?=(?:${PERSON_LABEL}|${LEAD_LABEL}|${PART_LABEL}|${RESP_LABEL}|${DEADLINE_LABEL})${LABEL_END})|[,,]\\s*(?=(?:${LEAD_LABEL}|${PART_LABEL}|${RESP_LABEL})${LABEL_END})`,
  'g',
);
const LABEL_LINE = new RegExp(`^\\s*[【〔\\[]?(?:${PERSON_LABEL}|${LEAD_LABEL}|${PART_LABEL}|${RESP_LABEL}|${DEADLINE_LABEL})${LABEL_END}`);
/** A line that is a labelled field (牵头单位:X, 完成时限:Y, 责任领导:Z): a whole record of its own, not a broken sentence. */
export function isLabelLine(text: string): boolean {
  return LABEL_LINE.test(text);
}
/** A line that ends on a label with no value yet ("…【完成时限】"): its value is on the next line. */
const ENDS_ON_LABEL = new RegExp(`${ANY_LABEL.source}\\s*$`);
/** A field line of a record that names no role: a short label and a colon ("建设内容:", "二季度进展:"). */
const OTHER_FIELD = /^\s*[\p{Script=Han}]{2,8}\s*[::]/u;
/** A field of no role after a space on the same line ("配合单位:X、Y 进展情况:…"): it ends the value before it. */
const SPACED_OTHER_FIELD = /\s+[\p{Script=Han}]{2,8}\s*[::]/u;
const IS_LEAD = new RegExp(`^${LEAD_LABEL}$`);
const IS_PART = new RegExp(`^${PART_LABEL}$`);
const IS_RESP = new RegExp(`^${RESP_LABEL}$`);
const IS_DEADLINE = new RegExp(`^${DEADLINE_LABEL}$`);

// "牵头单位为X,配合单位为Y": a role label followed by 为 instead of a colon, inside a field or a bracket.
const LABEL_THEN_IS = new RegExp(`(^|[\\s::;;,,。((])(${LEAD_ROLE_LABEL}|${PART_ROLE_LABEL})为`, 'g');

/** Reads an attribution written with role verbs ("X牵头,Y、Z配合"); given by the caller (attribution-text.ts). */
export type VerbReader = (text: string, dir: UnitDirectory) => TextRoles | null;

/**
 * "丙、丁监督方式:0551-…": a page's field line (a short label and a colon) glued onto the last units of a slot. The
 * units before the label, or null; the shortest label that leaves a unit list is taken.
 */
function unitsBeforeGluedField(clause: string, dir: UnitDirectory): string[] | null {
  const colon = clause.search(/[::]/);
  // A field after a space is SPACED_OTHER_FIELD's, and a lone one ("主办单位:X 网站标识码:…") is a page footer.
  if (colon < 0 || /[^\S\n]/.test(clause.slice(0, colon))) return null;
  for (let len = 2; len <= 6 && len < colon; len++) {
    const label = clause.slice(colon - len, colon);
    if (!/^\p{Script=Han}+$/u.test(label)) break;
    const list = splitUnitList(clause.slice(0, colon - len).trim(), dir);
    if (list) return list;
  }
  return null;
}

/**
 * "(牵头部门:X;配合部门:Y)", "责任单位:X、Y", "牵头单位:X 责任单位:Y" and the like. `readVerbs` reads a
 * 责任单位 value that says the roles with verbs ("责任单位:X牵头,Y配合").
 */
export function parseLabelled(written: string, dir: UnitDirectory, readVerbs?: VerbReader): TextRoles | null {
  const text = written.includes('为') ? written.replace(LABEL_THEN_IS, '$1$2:') : written;
  if (!LABEL_CLOSER.test(text)) return null;
  const hits = [...text.matchAll(ANY_LABEL)];
  if (!hits.length) return null;
  const slots: { label: string; value: string }[] = [];
  hits.forEach((h, i) => {
    const from = (h.index ?? 0) + h[0].length;
    const to = i + 1 < hits.length ? (hits[i + 1]?.index ?? text.length) : text.length;
    const raw = text.slice(from, to);
    // Only in a record of several labelled fields: a lone "主办单位:X 网站标识码:…" is a page footer, not a field.
    const other = hits.length > 1 ? SPACED_OTHER_FIELD.exec(raw) : null;
    slots.push({ label: h[1] ?? '', value: trimChars(other ? raw.slice(0, other.index) : raw, ';;,,。/') });
  });
  const leadSlots = slots.filter((s) => IS_LEAD.test(s.label));
  const partSlots = slots.filter((s) => IS_PART.test(s.label));
  const respSlots = slots.filter((s) => IS_RESP.test(s.label));
  const deadline = slots.find((s) => IS_DEADLINE.test(s.label));
  if (!leadSlots.length && !partSlots.length && !respSlots.length) {
    return deadline ? { ...emptyRoles(), deadlineText: deadline.value } : null;
  }
  // A slot's value may run on into a deadline or a note ("市体育局;长期坚持", "市住建局、各街道办事处,2022年10月底前完成"):
  // its leading unit clauses are the units, a deadline clause is the deadline when no slot names one.
  let trailingDeadline: string | null = null;
  const units = (v: string): string[] => {
    const whole = splitUnitList(v, dir) ?? slotUnitsWithVillages(v, dir);
    if (whole) return whole;
    const names: string[] = [];
    // "X、Y按职责分工负责。具体任务均涉及各乡镇人民政府,下同": the sentence after the units' full stop is a note on them.
    const stop = v.indexOf('。');
    for (const clause of (stop > 0 ? v.slice(0, stop) : v).split(/[;;,,](?![^((]*[))])/)) {
      const c = trimChars(clause, '。');
      if (!c) continue;
      if (isDeadlineCell(c)) {
        trailingDeadline ??= c;
        continue;
      }
      const list = splitUnitList(c, dir) ?? slotUnitsWithVillages(c, dir);
      if (!list) {
        // Only in a record of several fields, as for SPACED_OTHER_FIELD: a lone one may be the page footer.
        if (hits.length > 1) names.push(...(unitsBeforeGluedField(c, dir) ?? []));
        break;
      }
      names.push(...list);
    }
    return names;
  };
  const roles = emptyRoles();
  // 按职责分工 wins over everything (extraction.md): "配合单位:Y按职责分工负责" makes Y a lead beside the 牵头 slot.
  const apart = (s: { value: string }) => SEPARATE.test(s.value);
  const others = (list: typeof slots) => {
    for (const s of list) (apart(s) ? roles.lead : roles.participants).push(...units(s.value));
  };
  if (leadSlots.length) {
    for (const s of leadSlots) roles.lead.push(...units(s.value));
    others([...respSlots, ...partSlots]);
  } else if (respSlots.length && partSlots.length) {
    for (const s of respSlots) roles.lead.push(...units(s.value));
    others(partSlots);
  } else if (respSlots.length) {
    const list = rolesFromList(respSlots.map((s) => s.value).join('、'), dir);
    // Else the units before a note or a time limit on them ("X、Y按职责分工负责。具体任务均涉及各乡镇,下同").
    const names = list ? [] : respSlots.flatMap((s) => units(s.value));
    const apartNames = names.length && respSlots.some(apart) ? { lead: names, participants: [], separateLeads: true } : null;
    const read = list ?? apartNames ?? (names.length ? rolesFromList(names.join('、'), dir) : null);
    if (read) Object.assign(roles, read);
    else if (readVerbs && respSlots.length === 1 && HAS_ROLE_VERB.test(respSlots[0]?.value ?? '')) {
      const verbs = readVerbs(respSlots[0]?.value ?? '', dir);
      if (verbs) Object.assign(roles, { lead: verbs.lead, participants: verbs.participants, separateLeads: verbs.separateLeads });
    }
  } else {
    others(partSlots);
  }
  if ([...leadSlots, ...respSlots, ...partSlots].some(apart) && roles.lead.length) roles.separateLeads = true;
  const deadlineText = deadline?.value ?? trailingDeadline;
  if (!roles.lead.length && !roles.participants.length && !deadlineText) return null;
  return { ...roles, deadlineText };
}

/**
 * Labelled lines of an item ("牵头单位:X" ⏎ "责任单位:Y", "牵头单位:X;配合单位:Y", "完成时限:…") that start
 * a line or a sentence. They speak for the whole item.
 */
export function findLabelledLines(text: string, dir: UnitDirectory, readVerbs?: VerbReader): Attribution | null {
  const starts: number[] = [];
  if (!LABEL_CLOSER.test(text) || !HAS_LABEL.test(text)) return null;
  for (const m of text.matchAll(LABEL_START)) starts.push((m.index ?? 0) + m[0].length);
  if (!starts.length) return null;
  const from = starts[0] ?? 0;
  // Labelled lines run to the end of the item unless plain sentences follow them.
  let to = text.length;
  const tail = text.slice(from);
  const lines = tail.split('\n');
  const kept: string[] = [];
  let acc = 0;
  let bare: string | null = null;
  for (const [i, l] of lines.entries()) {
    // "牵头单位:" ⏎ "市卫健委;配合单位:…", "…【完成时限】" ⏎ "2026年6月": a value broken onto the next line (fixed-width
    // PDF text, a wrapped text file) continues its field.
    const prev = lines[i - 1] ?? '';
    if (acc > 0 && kept.length && (/[::]\s*$/.test(prev) || ENDS_ON_LABEL.test(prev)) && !LABEL_LINE.test(l)) {
      kept[kept.length - 1] += l;
      acc += l.length + 1;
      continue;
    }
    // Other fields of the same record (建设内容:…, 二季度进展:…) sit between the role lines: skipped, not an end.
    if (acc > 0 && !LABEL_LINE.test(l) && OTHER_FIELD.test(l)) {
      acc += l.length + 1;
      continue;
    }
    // "责任单位:X(牵头)、Y" ⏎ "2026年6月底前" (or "持续推进"): a bare time limit under the unit lines is the record's.
    const limit: TimeLimitAfter | null = acc > 0 && bare === null && !LABEL_LINE.test(l) ? timeLimitAfter(`\n${l}`) : null;
    if (limit) {
      bare = limit.value;
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
  const seg = kept.join('\n').replace(/[】〕\]]\s*$/, '');
  const roles = parseLabelled(seg.replace(/\n/g, ';'), dir, readVerbs);
  if (!roles) return null;
  return { ...roles, deadlineText: roles.deadlineText ?? bare, start: from, end: to, statesOrderRule: false };
}
