import { alternation } from '../lexicons/pattern.js';
import { DEADLINE_LABEL_NOUNS, DEADLINE_LABEL_VERBS, DEADLINE_LABEL_WORDS } from '../lexicons/deadline-labels.js';
import { PERSON_LEADER_PREFIXES, PERSON_LEVEL_BODIES, PERSON_LEVEL_PLACES, PERSON_WORDS } from '../lexicons/person-labels.js';
import {
  DUTY_SPLIT_LABELS,
  LABEL_QUALIFIERS,
  LEAD_ROLE_WORDS,
  LEAD_VERBS,
  ORG_NOUNS,
  PART_ROLE_WORDS,
  PART_VERBS,
  RESP_ROLE_WORDS,
} from '../lexicons/role-words.js';

/**
 * Role and person labels, built from the lexicons: a unit label is a role morpheme + an organisation noun
 * (牵头单位, 主体责任部门, 配合科室); a person label is a role morpheme + 领导, or a person word (责任人).
 */

const LEVEL = `(?:[${PERSON_LEVEL_PLACES.join('')}]级?|[${PERSON_LEVEL_BODIES.join('')}]政府|[${PERSON_LEVEL_BODIES.join('')}]委)?`;
/** Regex source of a person label: a role morpheme, an optional level, then 领导; or a person word. */
export const PERSON_LABEL_SOURCE = `(?:${LEVEL}${alternation(PERSON_LEADER_PREFIXES)}${LEVEL}领导|(?:项目)?${alternation(PERSON_WORDS)})`;

const WHOLE = new RegExp(`^${PERSON_LABEL_SOURCE}$`);

/** True when a header or field label names people (市政府分线领导, 牵头县领导, 项目责任人). */
export function isPersonLabel(label: string): boolean {
  return WHOLE.test(label.replace(/\s+/g, ''));
}

/** Regex source of an organisation noun closing a role label, with a bracketed alternative (配合处室(单位)). */
export const ORG_NOUN_SOURCE = `(?:${alternation(ORG_NOUNS)}(?:[((]${alternation(ORG_NOUNS)}[))])?)`;
/** Regex source of a lead label with its organisation noun (牵头单位, 主责部门), never the bare verb. */
export const LEAD_ROLE_LABEL_SOURCE = `${alternation(LEAD_ROLE_WORDS)}${ORG_NOUN_SOURCE}`;
/** Regex source of a participant label with its organisation noun (配合单位, 主要协办部门). */
export const PART_ROLE_LABEL_SOURCE = `${alternation(LABEL_QUALIFIERS)}?${alternation(PART_ROLE_WORDS)}${ORG_NOUN_SOURCE}`;
/** Regex source of a label naming the lead in a labelled field (牵头单位, 主责部门; bare 牵头, 主责, 主办). */
export const LEAD_LABEL_SOURCE = `(?:${LEAD_ROLE_LABEL_SOURCE}|牵头|主责|主办)`;
/** Regex source of a label naming participants (配合单位, 主要协办部门; bare 配合/参与/协办). */
export const PART_LABEL_SOURCE = `(?:${PART_ROLE_LABEL_SOURCE}|配合|参与|协办|协同|协助)`;
/** Regex source of a label naming responsible units without saying who leads (责任单位, 责任主体, 部门分工). */
export const RESP_LABEL_SOURCE = `(?:${alternation(RESP_ROLE_WORDS)}${ORG_NOUN_SOURCE}|责任主体|${alternation(DUTY_SPLIT_LABELS)})`;

/** Regex source of any role verb after a unit list, leading or taking part (牵头, 负责, 配合, 协同 …). */
export const ROLE_VERB_SOURCE = alternation([...LEAD_VERBS, ...PART_VERBS]);
/** True when the text names a role with a verb (市卫健委牵头,市教育局配合), so it may be an attribution. */
export const HAS_ROLE_VERB = new RegExp(ROLE_VERB_SOURCE);

/** Regex source of a deadline label (完成时限, 整改期限, 办结时间, 时间节点, bare 时限). */
export const DEADLINE_LABEL_SOURCE = `(?:${alternation(DEADLINE_LABEL_VERBS)}${alternation(DEADLINE_LABEL_NOUNS)}|${alternation(DEADLINE_LABEL_WORDS)})`;
