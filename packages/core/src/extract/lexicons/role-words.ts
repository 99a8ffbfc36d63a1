/**
 * Role lexicon: how a document says who leads a duty and who takes part. Labels are read as a role
 * morpheme + an organisation noun (牵头单位, 主体责任部门, 配合科室); inline attributions as a unit list + a role
 * verb (X牵头, Y配合). Plain data: the patterns are built where they are used.
 */

/** Morphemes that make a unit label name the lead (牵头单位, 主责部门, 主体责任单位). */
export const LEAD_ROLE_WORDS = ['牵头', '主责', '主办', '分办', '负责', '主要责任', '牵头责任', '主体责任'] as const;

/** Lead labels whose units each answer for their own part (分办单位: "分办提案由各分办单位分别答复"). */
export const SEPARATE_LEAD_WORDS = ['分办'] as const;

/** Morphemes that make a unit label name participants (配合单位, 协同部门, 监管部门). */
export const PART_ROLE_WORDS = [
  '配合',
  '协办',
  '会办',
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

/** Morphemes of a label that names the responsible units without saying who leads (责任单位, 承办部门). */
export const RESP_ROLE_WORDS = ['责任', '实施', '承办'] as const;

/**
 * Labels whose value splits the work among units with role verbs ("部门分工:X牵头,Y配合"): read as a 责任单位
 * value written with verbs.
 */
export const DUTY_SPLIT_LABELS = ['部门分工', '单位分工', '责任分工', '职责分工'] as const;

/** Qualifiers that may open a participant or responsibility label (主要配合单位, 具体责任单位). */
export const LABEL_QUALIFIERS = ['主要', '具体'] as const;

/** The work a rectification ledger's unit labels may open with (整改责任单位, 整改牵头单位), as its 整改时限. */
export const LEDGER_QUALIFIERS = ['整改'] as const;

/** Organisation nouns that close a role label (牵头单位, 配合部门, 责任科室). */
export const ORG_NOUNS = ['单位', '部门', '科室', '处室', '股室', '机构', '司局', '司室', '站所'] as const;

/** Verbs after a unit list that make the units lead (市卫健委牵头, 市教育局负责). */
export const LEAD_VERBS = ['牵头', '负责', '主责'] as const;

/** Verbs after a unit list that make the units take part (市教育局配合, 各区政府参与). */
export const PART_VERBS = ['配合', '参与', '协助', '协同', '协办', '支持', '指导'] as const;

/**
 * Verbs after a unit list that make the units answer for the work alone (市卫健委组织实施). A group of nothing but
 * units and 汇总 or 统筹 ("(县卫生健康局汇总)" after a reporting duty) names who gathers or steers the work: its owner.
 */
export const CARRY_OUT_VERBS = [
  '负责',
  '主责',
  '承担',
  '组织实施',
  '具体实施',
  '抓好落实',
  '负责落实',
  '负责实施',
  '汇总',
  '统筹',
] as const;
