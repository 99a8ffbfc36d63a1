import { GLUE_LEFT_ENDINGS } from '../lexicons/org-suffixes.js';
import { endsWithAny } from '../lexicons/pattern.js';
import { defaultUnitDirectory, lookupUnit, type UnitDirectory } from './unit-directory.js';

/* Two units written as one name (a cell's lines joined), and names that carry their own place. */

const GLUE_LEFT_END = endsWithAny(GLUE_LEFT_ENDINGS);
const LEVEL_START = /^(?:[省市区县州旗盟]|自治[区州县旗])/;
const balanced = (s: string): boolean => s.split('(').length === s.split(')').length;
// A name complete on its own: a unit suffix, then at most a bracketed note (区委组织部(区考核办)).
const completeLeft = (left: string, isUnit: (n: string) => boolean): boolean => {
  const base = left.replace(/\([^()]*\)$/, '');
  return (GLUE_LEFT_END.test(base) || /(?:办事处|公司)$/.test(base)) && balanced(left) && isUnit(left);
};
/** A new unit's opening: a group of places (各社区…, 相关镇…), never a body's own members (市爱卫会各成员单位). */
const GROUP_OPENING = /^(?:各|相关|有关)[省市县区州旗盟乡镇街社村]/;
const COMPANY = /公司$/;
const BRANCH = /^分|[分子]公司$/;

/**
 * The right part when a name is two units written on one line (a cell's lines joined): 区疾控中心各社区卫生服务中心,
 * 市卫生健康委团市委, 大庆油田有限责任公司大庆石化公司, 区委组织部(区考核办)区食安办, 市卫健委生态环境局 (a typo
 * dropped the level of the second: it is the first's). Null when the name reads on (…生态环境局孝南分局).
 */
export function gluedNext(left: string, right: string, isUnit: (n: string) => boolean, dir?: UnitDirectory): string | null {
  if (!completeLeft(left, isUnit)) return null;
  if (GROUP_OPENING.test(right) && isUnit(right)) return right;
  if (/^团[省市县区州旗]委$/.test(right)) return right;
  if (COMPANY.test(left) && COMPANY.test(right) && !BRANCH.test(right) && right.length >= 4 && isUnit(right)) return right;
  if (left.endsWith(')') && LEVEL_START.test(right) && isUnit(right)) return right;
  // A department, then a place's own government body (市卫生健康局 ⏎ 新蒲新区管委会).
  if (dir && lookupUnit(dir, left) && right.length >= 5 && /(?:管委会|人民政府|街道办事处)$/.test(right) && isUnit(right)) return right;
  // Two standard departments, the second without its level: both must be directory names.
  const level = /^[省市县区州]/.exec(left)?.[0];
  if (dir && level && !LEVEL_START.test(right) && lookupUnit(dir, left) && lookupUnit(dir, level + right) && lookupUnit(dir, right))
    return level + right;
  return null;
}

/**
 * "公安河西分局": a department's branch named after its district (department, place, 分局) carries its place, so a
 * list's level is not spread onto it; 公安分局 and 公安交警分局 (a kind of branch) still take it.
 */
export function isPlaceBranch(p: string, dir?: UnitDirectory): boolean {
  const m = /^(\p{Script=Han}{2,6}?)(\p{Script=Han}{2,3})分局$/u.exec(p);
  if (!m?.[1] || !m[2] || /[警侦安管监政]$/.test(m[2])) return false;
  return !!lookupUnit(dir ?? defaultUnitDirectory(), `市${m[1]}局`);
}
