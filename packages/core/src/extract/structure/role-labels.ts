/**
 * Labels that name people, not units (责任领导, 市政府分线领导, 包保领导, 责任人, 联系电话): a table column or a
 * `label:value` field under such a label holds names or phones, never a unit. Kept as data: the role morphemes
 * that may stand before 领导, and the whole-word person labels.
 */
export const PERSON_LEADER_PREFIXES = [
  '牵头',
  '责任',
  '分管',
  '包抓',
  '包保',
  '包联',
  '联系',
  '挂点',
  '挂钩',
  '分线',
  '包片',
  '督导',
] as const;
export const PERSON_WORDS = ['责任人', '联系人', '负责人', '包保人', '联系电话', '电话'] as const;

const LEVEL = '(?:[省市县区州旗镇乡]级?|[省市县区]政府|[省市县区]委)?';
/** Regex source of a person label: a role morpheme, an optional level, then 领导; or a person word. */
export const PERSON_LABEL_SOURCE = `(?:${LEVEL}(?:${PERSON_LEADER_PREFIXES.join('|')})${LEVEL}领导|(?:项目)?(?:${PERSON_WORDS.join('|')}))`;

const WHOLE = new RegExp(`^${PERSON_LABEL_SOURCE}$`);

/** True when a header or field label names people (市政府分线领导, 牵头县领导, 项目责任人). */
export function isPersonLabel(label: string): boolean {
  return WHOLE.test(label.replace(/\s+/g, ''));
}

/**
 * Role morphemes of unit labels, read as a role word + an organisation noun (牵头单位, 主体责任部门, 监管部门, 配合科室):
 * the words that make a label name the lead, the ones that make it name participants, and the nouns after them.
 */
export const LEAD_ROLE_WORDS = ['牵头', '主责', '主办', '负责', '主要责任', '牵头责任', '主体责任'] as const;
export const PART_ROLE_WORDS = [
  '配合',
  '协办',
  '协助',
  '参与',
  '协同',
  '协作',
  '支持',
  '其他责任',
  '配合责任',
  '监管',
  '督办',
  '指导',
] as const;
export const ORG_NOUNS = ['单位', '部门', '科室', '处室', '股室', '机构'] as const;
