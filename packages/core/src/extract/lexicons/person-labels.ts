/**
 * Labels that name people, not units (责任领导, 市政府分线领导, 包保领导, 责任人, 联系电话): a table column or a
 * `label:value` field under such a label holds names or phones, never a unit. Plain data.
 */

/** Role morphemes that may stand before 领导 in a person label (分管领导, 包保县领导). */
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

/** Whole-word person labels (项目责任人, 联系电话; 领衔代表 of a deputies' proposal). */
export const PERSON_WORDS = [
  '责任人',
  '联系人',
  '联络员',
  '信息员',
  '负责人',
  '包保人',
  '联系电话',
  '电话',
  '领衔代表',
  '领衔人',
  '提案人',
] as const;

/** Places whose level may stand around the role morpheme, bare or with 级 (市级分管领导, 牵头县领导). */
export const PERSON_LEVEL_PLACES = ['省', '市', '县', '区', '州', '旗', '镇', '乡'] as const;

/** Places whose government or party committee may stand there instead (区政府分线领导, 县委包联领导). */
export const PERSON_LEVEL_BODIES = ['省', '市', '县', '区'] as const;

/** Labels that say how completion is judged: like person labels, their values are never units nor deadlines. */
export const CRITERIA_LABELS = ['完成标志', '完成标准', '验收标准', '成果形式'] as const;
