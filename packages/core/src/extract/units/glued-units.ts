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
  return (GLUE_LEFT_END.test(base) || /(?:办事处|公司|[支分]行)$/.test(base)) && balanced(left) && isUnit(left);
};
// Sections of one body, each closed by its kind (医政股基层卫生股): 股份有限公司 is a company, not a section.
const SECTION = /^\p{Script=Han}{3,}[股科]$/u;
// A place's own government or zone body, or a company: whole names that a list's level never opens.
const LOCAL_BODY = /(?:[镇乡](?:人民政府|政府)|街道办事处|管委会)$/;
const BODY_OR_COMPANY = /(?:管委会|人民政府|街道办事处|公司)$/;
const LEVEL_DEPARTMENT = /^[省市县区州][\p{Script=Han}]{2,}[局委办]$/u;
// A head's office (市长热线, 县长信箱) reads on from the government before it.
const HEAD_OF_LEVEL = /^[省市县区州]长/;
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
  if (SECTION.test(left) && SECTION.test(right) && !right.startsWith('份') && isUnit(left) && isUnit(right)) return right;
  if (!completeLeft(left, isUnit)) return null;
  if (GROUP_OPENING.test(right) && isUnit(right)) return right;
  if (/^团[省市县区州旗]委$/.test(right)) return right;
  if (COMPANY.test(left) && COMPANY.test(right) && !BRANCH.test(right) && right.length >= 4 && isUnit(right)) return right;
  if (left.endsWith(')') && LEVEL_START.test(right) && isUnit(right)) return right;
  // A department, then a place's own government body (市卫生健康局 ⏎ 新蒲新区管委会).
  if (dir && lookupUnit(dir, left) && right.length >= 5 && /(?:管委会|人民政府|街道办事处)$/.test(right) && isUnit(right)) return right;
  // The level written again opens the next name (县妇幼保健院县人民医院, 县行政审批局县直各有关单位).
  const own = LEVEL_START.exec(left)?.[0];
  if (own && left.length >= 5 && right.startsWith(own) && !HEAD_OF_LEVEL.test(right) && right.length >= 4 && isUnit(right)) return right;
  // A national body's local office after a name (人行某县支行国家金融监督管理总局某监管支局).
  if (/^(?:国家|中国|国网)/.test(right) && right.length >= 6 && isUnit(right)) return right;
  // A department or a town's government, then a zone's committee, a government or a company (甲镇人民政府乙旅游公司).
  if (
    (LOCAL_BODY.test(left) || LEVEL_DEPARTMENT.test(left)) &&
    right.length >= 5 &&
    BODY_OR_COMPANY.test(right) &&
    !BRANCH.test(right) &&
    isUnit(right)
  )
    return right;
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
