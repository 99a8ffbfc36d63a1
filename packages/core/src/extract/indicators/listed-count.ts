/**
 * A count of the members of the list written right before it, whose noun phrase is the subject of a duty ("甲镇管网改造、
 * 乙院综合楼2个红色预警项目要倒排工期"): it says how many items were named, not a result to reach. A list after a work
 * verb ("新建甲、乙2所学校") sets a target and is not this.
 *
 * @example countsListedSubject('易俗河镇管网改造、县医院综合楼', 2, '个红色预警项目要倒排工期') // true
 */
export function countsListedSubject(before: string, value: number, after: string): boolean {
  const clause = before.slice(
    Math.max(before.lastIndexOf(','), before.lastIndexOf('。'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1,
  );
  const parts = clause.split('、');
  if (parts.length < 2 || parts.length !== value || parts.some((p) => !/\p{Script=Han}{2}/u.test(p))) return false;
  return SUBJECT_OF_DUTY_RE.test(after);
}

// The counted noun phrase, then the modal that puts a duty on it.
const SUBJECT_OF_DUTY_RE = /^[^\d,,。;;]{0,12}?(?:要|须|需|必须|应|务必)/;
