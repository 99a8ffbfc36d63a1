import { memoizedPerParse, memoizedPerParseWith } from '../per-parse-memo.js';
import { SPACE_UNITS } from '../code-unit-sets.js';
import { splitUnitList } from '../units/unit-name.js';
import { isDeadlineCell } from './deadline-shape.js';
import { parseAttributionText } from './attribution.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import { HAS_ROLE_VERB, isPersonLabel, ORG_NOUN_SOURCE } from './role-labels.js';
import { alternation } from '../lexicons/pattern.js';
import {
  LABEL_QUALIFIERS,
  LEAD_ROLE_WORDS,
  LEDGER_QUALIFIERS,
  ORG_NOUNS,
  PART_ROLE_WORDS,
  RESP_ROLE_WORDS,
} from '../lexicons/role-words.js';

// A header may leave the organisation noun out (牵头, 配合), and may name the lead 主体 or the participants 相关.
const LEDGER = `${alternation(LEDGER_QUALIFIERS)}?`;
const LEAD_HEADER = new RegExp(`^${LEDGER}${alternation([...LEAD_ROLE_WORDS, '主体'])}(?:责任)?${ORG_NOUN_SOURCE}?$`);
const PART_HEADER = new RegExp(
  `^${alternation(LABEL_QUALIFIERS)}?${alternation([...PART_ROLE_WORDS, '相关'])}(?:责任)?${ORG_NOUN_SOURCE}?$`,
);
const RESP_HEADER = new RegExp(`^${LEDGER}(?:具体)?${alternation(RESP_ROLE_WORDS)}${alternation([...ORG_NOUNS, '主体'])}$|^责任主体$`);

/** What a table column holds. */
export type ColumnRole = 'num' | 'task' | 'lead' | 'part' | 'resp' | 'deadline' | 'note' | 'person' | 'indicator' | 'other';

/** The role a header cell names, or null when the text is not a header label. */
export function headerRole(label: string): ColumnRole | null {
  // Every table reader asks this of every candidate line: most are sentences, left before any normalising; a
  // short line is asked again from each of the ten lines above it that might open a header.
  if (!mayBeLabel(label)) return null;
  return knownRole(label);
}

const knownRole = memoizedPerParse((label: string) => roleOf(label));

/** False when `label` has more than 14 characters besides spaces and does not end in a bracketed note. */
function mayBeLabel(label: string): boolean {
  let n = 0;
  for (let k = 0; k < label.length; k++) {
    if (SPACE_UNITS[label.charCodeAt(k)] === 0 && ++n > 14) {
      const last = label.trimEnd().slice(-1);
      return last === ')' || last === '\uff09';
    }
  }
  return true;
}

function roleOf(label: string): ColumnRole | null {
  const t = label
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[((][^()]*[))]$/, '');
  if (!t || t.length > 14) return null;
  if (/^(?:序号|编号|序|项次|No\.?)$/i.test(t)) return 'num';
  if (isPersonLabel(t)) return 'person';
  // Role labels by their morphemes: a role word, then 责任 and an organisation noun, each optional.
  if (LEAD_HEADER.test(t)) return 'lead';
  if (PART_HEADER.test(t)) return 'part';
  if (RESP_HEADER.test(t)) return 'resp';
  if (
    /^(?:完成|办结|整改|建设|实施)?(?:时限|时间|期限|时间节点|时限要求|进度安排|进度要求|完成时限|完成时间|时间安排)$/.test(t) ||
    /^(?:完成时限|完成时间|时间节点)/.test(t)
  )
    return 'deadline';
  // The plan for a coming period of a progress ledger ("7-9月份进度安排", "下季度工作计划"): its dates are
  // milestones of that period, not the duty's time limit.
  if (
    /^(?:\d{1,2}[-—–~至]\d{1,2}月份?|[一二三四1-4]季度|第[一二三四1-4]季度|下季度|下阶段|下一阶段|下月)(?:进度安排|工作安排|工作计划|计划|安排|打算)$/.test(
      t,
    )
  )
    return 'note';
  // Progress and ledger columns beside the duty (台账): what was done, what comes next, money; never the duty.
  if (
    /^(?:备注|说明)$/.test(t) ||
    /(?:进展情况|工作进展|进展|完成情况|序时进度|完成进度|形象进度|完成率|工作评价|下步计划|下一步计划|下步打算|下步工作|年度投资|投资额|总投资|计划投资|完成投资)$/.test(
      t,
    )
  )
    return 'note';
  if (
    /(?:指标名称|^指标$|基期值|基期水平|基准值|基线值|基线水平|现状值|目标值|\d{4}年(?:目标|现状|基期|基数|基线)|指标性质|指标属性)/.test(t)
  )
    return 'indicator';
  if (
    /^(?:重点|工作|主要|具体|目标)?(?:任务|任务内容|工作任务|工作内容|工作措施|主要措施|具体措施|措施|重点工作|工作事项|事项|内容|工作要求|任务措施|项目|主要内容|任务名称|事项名称|项目名称|项目内容|民生实事|实事项目|实事名称|目标任务|工作目标|年度目标|建设目标|工作举措|具体举措|举措)$/.test(
      t,
    )
  )
    return 'task';
  // Other names of the duty column ("建设内容", "推进措施"): a short all-Han label ending in such a noun.
  if (t.length <= 8 && /^\p{Script=Han}+$/u.test(t) && /(?:任务|措施|内容|举措|事项|工作重点)$/.test(t) && !/指标/.test(t)) return 'task';
  // A deputies' proposal handed out as work (建议交办表): the proposal's title is the duty, its number a reference.
  if (/^(?:建议|提案|议案)(?:名称|题目|标题|内容)$|^案由$/.test(t)) return 'task';
  if (/^(?:类别|领域|分类|类型|任务类别|事项分类|项目分类|任务分类|板块|[一二三]级指标|单位|计量单位|建议号|提案号|议案号|案号)$/.test(t))
    return 'other';
  // Where a project is built names towns and streets, not the units that answer for it.
  if (/^(?:建设|实施|项目)?(?:地点|地址|位置)$/.test(t)) return 'other';
  return null;
}

/** The shape of a cell, whatever column it sits in. */
export { isDeadlineCell };

export type CellShape = 'num' | 'units' | 'deadline' | 'text';

/** Judges a cell by its shape: a row number, a unit list, a deadline, or duty text. */
export function cellShape(text: string, dir: UnitDirectory): CellShape {
  return knownShape(dir, text);
}

// A table reader asks again of a line it has judged (the row's next cell, a wrapped cell joined back).
const knownShape = memoizedPerParseWith(cellShapeUncached, 300);

function cellShapeUncached(dir: UnitDirectory, text: string): CellShape {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (/^\d{1,3}[.、]?$/.test(t)) return 'num';
  if (t.length <= 40 && isDeadlineCell(t)) return 'deadline';
  if (splitUnitList(t.replace(/[((]牵头[))]/g, ''), dir)) return 'units';
  // "市卫健委牵头,市教育局配合" in one cell.
  if (t.length <= 120 && HAS_ROLE_VERB.test(t) && parseAttributionText(t, dir)) return 'units';
  return 'text';
}

/**
 * A column of the lead's own sections (责任股室, 责任科室: 登记注册股, 行政审批股) beside lead and participant columns
 * names who inside the lead does the work, not another unit: it is read as a note. Alone, such a column is the
 * table's unit column and keeps its role.
 */
export function sectionColumnsAsNotes<R extends ColumnRole | null>(roles: R[], labels: string[]): (R | 'note')[] {
  if (!roles.includes('lead' as R) || !roles.includes('part' as R)) return roles;
  return roles.map((r, i) => (r === 'resp' && /(?:科室|股室|处室)$/.test((labels[i] ?? '').replace(/\s+/g, '')) ? 'note' : r));
}
