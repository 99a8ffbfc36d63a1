import { defaultUnitDirectory, lookupUnit, type UnitDirectory } from './unit-directory.js';
import { DEPARTMENT_SUFFIXES } from '../lexicons/org-suffixes.js';
import { endsWithAny } from '../lexicons/pattern.js';
import { expandSuffixOnce } from './suffix-once.js';
import { expandParentOnce } from './parent-once.js';
import { expandPartyLevelOnce } from './party-level-once.js';
import { isPlaceBranch } from './glued-units.js';

/** A township named bare: 甲镇, 乙乡. */
export const TOWNSHIP = /^\p{Script=Han}{2,5}(?:镇|乡)$/u;

/**
 * Level prefixes written once for a list of departments (市发改委、科技局 = 市发改委、市科技局). A 市 that begins a
 * word of the name (市场监管总局, 市容环卫处) is no level; 市民政局 and 市政府 keep theirs.
 */
const ONE_LEVEL = /^(自治[区州县旗]|[省县区旗州盟]|市(?![场容]))(?!委|[省县区旗州盟]|市(?!场))/;
// Not 中心: a centre named after a bare department (某某服务中心) is an institution whose name is written in full.
const DEPARTMENT_END = endsWithAny(DEPARTMENT_SUFFIXES);
const BARE_PLACE = /^\p{Script=Han}{2,6}[区县市旗州盟]$/u;
const GOVERNMENT_END = /(?:人民政府|政府)$/;
const BRANCH_OF_BODY = /(?:委|局|厅)\p{Script=Han}{2,4}分局$/u;
// The administrative committee of a named area: 某某景区管理委员会, 某某开发区管委会, 某某度假区管理委员会.
const AREA_COMMITTEE = /(?:景区|风景区|开发区|园区|新区|度假区|保护区|示范区|试验区)(?:管理)?(?:委员会|管委会)$/;

/**
 * The government noun closing the run of bare names that starts after part `i`, or null: each part of the run passes
 * `bare`, and the part that closes it is a name of `head`'s shape with the noun (甲区、乙区人民政府; 甲镇、乙镇人民政府).
 */
function governmentOfRun(parts: string[], i: number, head: RegExp, bare: (p: string) => boolean): string | null {
  for (let j = i + 1; j < parts.length; j++) {
    const p = parts[j] ?? '';
    const noun = GOVERNMENT_END.exec(p)?.[0];
    if (noun) return head.test(p.slice(0, -noun.length)) ? noun : null;
    if (!bare(p)) return null;
  }
  return null;
}

/**
 * Shorthands of a list as written: a level prefix given once ("县农业局、林业局" = 县农业局、县林业局) and a
 * government noun given once ("甲区、乙县人民政府" = 甲区人民政府、乙县人民政府), a local suffix given once
 * ("甲、乙街道办事处", see suffix-once.ts), the level of a party office given once for the government office after it
 * (see party-level-once.ts). `isUnitName` is unit-name.ts's test, passed in so the two files do not import each other.
 */
export function expandShorthands(written: string[], isUnitName: (name: string) => boolean, dir?: UnitDirectory): string[] {
  const parts = expandPartyLevelOnce(expandParentOnce(expandSuffixOnce(written, isUnitName)));
  const level = ONE_LEVEL.exec(parts[0] ?? '')?.[1];
  const lastPart = parts[parts.length - 1] ?? '';
  const government = GOVERNMENT_END.exec(lastPart)?.[0];
  const barePlace = (q: string) => BARE_PLACE.test(q) && !isUnitName(q);
  const township = (q: string) => TOWNSHIP.test(q);
  return parts.map((p, i) => {
    if (government && i < parts.length - 1 && barePlace(p)) return p + government;
    // "甲区、乙区人民政府,市住建局": the noun comes with the last place of the run, not the last part of the list.
    const runNoun = barePlace(p) ? governmentOfRun(parts, i, BARE_PLACE, barePlace) : null;
    if (runNoun) return p + runNoun;
    // "甲镇、乙镇人民政府" (also before other units: "甲镇、乙镇人民政府,县妇联"): townships named bare before the one
    // that carries the government noun.
    const townshipNoun = TOWNSHIP.test(p) ? governmentOfRun(parts, i, TOWNSHIP, township) : null;
    if (townshipNoun) return p + townshipNoun;
    if (
      i > 0 &&
      level &&
      // National bodies (国务院国资委), grid companies (南方电网…供电局) and a company's branches (…供电公司某分部)
      // have no local level to inherit; nor have the bodies of other places (相关地(市)疾控局) or a section of a branch
      // named after its place (公安蓟州分局交警支队).
      !/^(?:[省县区旗州盟各]|市(?!场)|自治|国家|国务院|中央|中国|全国|国网|相关|有关)|电网|電網|公司|集团|公安\p{Script=Han}{2,4}分局/u.test(
        p,
      ) &&
      DEPARTMENT_END.test(p) &&
      // "规划自然资源委大兴分局": a higher body's branch named after the place has no local level to inherit.
      !BRANCH_OF_BODY.test(p) &&
      !isPlaceBranch(p, dir) &&
      !/[省市县区]/.test(p.slice(0, 4).replace('市场', ''))
    ) {
      if (!isUnitName(p)) return p;
      // "州住建局、州自然资源局、洱海保护管理局": a list that writes the level again on later names is written in full;
      // a name without it there has its own (a lake's bureau, a company's branch), unless it is a standard department.
      const inFull = parts.some((q, k) => k > 0 && k !== i && q.startsWith(level));
      const standard = lookupUnit(dir ?? defaultUnitDirectory(), level + p) !== null;
      // "市自然资源局、多浪河景区管理委员会": the committee of an area (景区, 开发区, 度假区) is a body of its own,
      // written in full without a level; so is a group of bodies ("相关地(市)疾控局").
      if (!standard && (AREA_COMMITTEE.test(p) || /^(?:相关|有关)/.test(p))) return p;
      return inFull && !standard ? p : level + p;
    }
    return p;
  });
}
