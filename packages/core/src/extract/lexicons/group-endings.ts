/**
 * Group units as data: a kind of unit taken as all of its members (各县(市、区)人民政府, 市直各部门, 相关镇街,
 * 市爱卫会成员单位). The patterns are built in units/unit-name.ts.
 */

/** Endings of a group unit: everyone of a kind (各县(市、区)人民政府, 市直各部门, 各乡镇, 有关企业). */
export const GROUP_ENDINGS = [
  '人民政府',
  '政府',
  '管委会',
  '部门',
  '单位',
  '街道',
  '乡镇',
  '镇街',
  '镇',
  // 各乡(镇): the note dropped, every township.
  '乡',
  '区',
  '县',
  '市',
  '县区',
  '县市区',
  '市区',
  '开发区',
  '园区',
  '企业',
  '院校',
  '学校',
  '医院',
  '医疗机构',
  '团体',
  '办事处',
  '成员单位',
  '机构',
  '村',
  '社区',
  '嘎查',
] as const;

/** Nouns that close a group expression after its qualifier (市爱卫会成员单位, 各有关部门, 市直属单位). */
export const GROUP_NOUNS = [
  '成员单位',
  '有关单位',
  '有关部门',
  '相关部门',
  '相关单位',
  '责任单位',
  '直属单位',
  '各单位',
  '各部门',
] as const;

/** Qualifiers that make a kind of unit a group of them without 各 (相关镇街, 有关县区, 涉及乡镇). */
export const GROUP_QUALIFIERS = ['相关', '有关', '涉及'] as const;
