import { lookupUnit, normalizeUnitName, type UnitDirectory } from './unit-directory.js';
import { GLUE_LEFT_ENDINGS, NOT_BANK_ENDINGS, NOT_ORG_ENDINGS, ORG_SUFFIXES, TEAM_PREFIXES } from '../lexicons/org-suffixes.js';
import { GROUP_ENDINGS as GROUP_ENDING_WORDS, GROUP_NOUNS, GROUP_QUALIFIERS } from '../lexicons/group-endings.js';
import { alternation, endsWithAny, firstEndingOf } from '../lexicons/pattern.js';
import { PART_VERBS } from '../lexicons/role-words.js';
import { isFacilityName } from './suffix-once.js';
import { gluedNext } from './glued-units.js';
import { expandShorthands, TOWNSHIP } from './list-shorthands.js';
import { IS_PAIRED_OWNER, keepListGroups } from './list-groups.js';
import { lineBreaksAsCommas } from './cell-lines.js';
import { memoizedPerParseWith } from '../per-parse-memo.js';
import { codeUnitSet, trimEndOf } from '../code-unit-sets.js';
import { withoutMarker } from './role-markers.js';
import { hasStrayMark } from './list-punctuation.js';

/*
 * Organisation-name morphology, built from the lexicons (lexicons/org-suffixes.ts, lexicons/group-endings.ts). A unit name is an optional
 * place/level prefix and a body that ends in an organisation suffix, or a group expression.
 */

// Longest first, so 管委会 wins over 会.
const orgSuffixOf = firstEndingOf([...ORG_SUFFIXES].sort((a, b) => b.length - a.length));
const notOrgEndingOf = firstEndingOf(NOT_ORG_ENDINGS);

/** Words that open a duty, never a name (建设区域医疗中心, 成立领导小组). */
const VERB_STARTS =
  /^(?:加强|推进|开展|建立|建设|完善|实施|提高|提升|落实|负责|做好|深化|健全|强化|促进|支持|鼓励|引导|发挥|规范|依托|利用|打造|构建|成立|组建|设立|设置|设在|挂靠|位于|制定|组织|指导|培育|推动|推广|创建|争创|开设|召开|举办|建成|完成|新建|改建|扩建|新改建|改扩建|改造|新增|配备|实现|确保|巩固|优化|扩大|加快|改善|启动|筹建|开工|动工|续建|开通|普及|含(?!山县)|即(?!墨)|如(?!皋|东县)|包括|不含|以下|简称|由|其中|重点|全面|积极|依法|逐步|进一步)/;

/** Group units: everyone of a kind (各县(市、区)人民政府, 各区镇街道, 市直各部门, 市爱卫会成员单位, 各有关部门, 相关乡镇). */
const GROUP = new RegExp(`^(?:.{0,16}各.{0,14}|.{0,20}${alternation(GROUP_NOUNS)}|${alternation(GROUP_QUALIFIERS)}.{1,6})$`);
const GROUP_ENDINGS = endsWithAny(GROUP_ENDING_WORDS);

// Quantities and comparisons belong to a duty's text, never to a name (…不少于1小时县教育委员会 is a cell run on).
const FORBIDDEN = /[,,。;;::!!??“”"《》<>%%=+*/\\|…—]|^\d|\d{4}年|\d+(?:[%个项次所条家座名人天户]|小时)|不少于|不低于|不超过|达到/;

const NOT_BANK = endsWithAny(NOT_BANK_ENDINGS);

/** Teams that are units of their own (驻局纪检监察组, 督导组), unlike any word ending in 组. */
const TEAM = new RegExp(`${alternation(TEAM_PREFIXES)}组$`);
// Words, not names (小城镇, 重点城镇, 下乡, 江南水乡); a town named after a city (甲城镇) or a river (黄水乡) is still a name.
const NOT_TOWNSHIP =
  /(?:(?:^|[小新大中各全县市区型色点心重特])城|城(?=乡)|小|古|重|名|集|村|市|下|返|家|老|故|他|异|(?<=[\u4e00-\u9fff]{2})水|梦|原|本|外|望|同|思|怀|全|各|之|心|制|点|型|级|类|城乡|特色)[镇乡]$/;

/** The enterprises of a trade named as one party (物业企业, 燃气企业, 施工企业), as a 配合单位 list names them. */
const TRADE_ENTERPRISES = /^(?:物业|物业服务|供水|供电|供气|燃气|电力|通信|电信|施工|建筑|快递|物流|医药|保险)企业$/;

/** A kind of 健康细胞 being built (健康医院, 无烟单位, 健康促进医院): a 建设内容 cell, never a unit. */
const CELL_KIND = /^(?:健康|无烟)(?:促进)?(?:医院|单位|机关|企业|学校|食堂|餐厅|家庭|社区|村|乡镇)$/;

/** A province's broadcasting group by its short name (湖南广电); not a bureau's 文体广电 half before 和旅游局. */
const PROVINCE_BROADCASTER =
  /^(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)广电$/;

const PLACED_SCHOOL = /^\p{Script=Han}{1,6}(?:[镇乡县市区村]|街道)\p{Script=Han}{0,6}学校$/u;

/** A school by its own name (朱泾小学, 东河中学, 实验第二小学); not a kind of school (农村小学, 公办中学, 中小学). */
const NAMED_SCHOOL = /^\p{Script=Han}{2,6}(?:小学|中学|幼儿园)$/u;
const SCHOOL_KIND =
  /^(?:各|全|所有|相关|有关|其他|中|城区|城镇|城乡|农村|乡村|乡镇|公办|民办|普通|寄宿制|义务教育|健康|无烟|示范|重点|薄弱|试点|省级|市级|县级|区级)/;

function stripNotes(s: string): string {
  // Remove bracketed notes and inner lists: 各县(市、区)人民政府 → 各县人民政府, 市政府办(应急办) → 市政府办.
  return s.replace(/\([^()]*\)/g, '');
}

/** The memo key of a question asked without a directory. */
const NO_DIRECTORY = {};

/**
 * True when `raw` has the shape of an organisation name (or is in the directory). Used for bare bracket
 * groups and table cells: every part of a unit list must pass.
 */
export function isUnitName(raw: string, dir?: UnitDirectory): boolean {
  return knownUnitName(dir ?? NO_DIRECTORY, raw);
}

// Asked of every part and every split point of a list, often of the same text: the answers last for one parse.
const knownUnitName = memoizedPerParseWith((key: object, raw: string) =>
  isUnitNameUncached(raw, key === NO_DIRECTORY ? undefined : (key as UnitDirectory)),
);

function isUnitNameUncached(raw: string, dir?: UnitDirectory): boolean {
  const n = normalizeUnitName(raw);
  if (n.length < 2 || n.length > 40) return false;
  if (dir && lookupUnit(dir, n)) return true;
  // "各乡(镇)", "沿江各乡(镇)": the townships as a group, their kind noted in brackets.
  if (/^\p{Script=Han}{0,4}各乡[((]镇[))]$/u.test(n)) return true;
  // A short term quoted inside a name (市“双随机”联席会议成员单位) is part of it.
  const base = stripNotes(n).replace(/“([\p{Script=Han}、]{2,8})”(?=\p{Script=Han})/gu, '$1');
  if (base.length < 2 || base.length > 30 || FORBIDDEN.test(base) || /[()]/.test(base)) return false;
  if (VERB_STARTS.test(base) || base.includes('的') || CELL_KIND.test(base)) return false;
  if (GROUP.test(base) && GROUP_ENDINGS.test(base) && (base.length >= 3 || base.startsWith('各'))) return true;
  if (/^[省市区县州旗盟镇乡]委$/.test(base) || /^团[省市区县州]委$/.test(base)) return true;
  if (base.length < 3) return false;
  if (TRADE_ENTERPRISES.test(base)) return true;
  if (notOrgEndingOf(base) !== undefined) return false;
  if (NOT_BANK.test(base)) return false;
  // A township named bare in a 责任单位 cell (城关镇, 青石乡): a short name, not a word such as 城镇/下乡.
  if (TOWNSHIP.test(base) && !NOT_TOWNSHIP.test(base)) return true;
  // A school answers for its part when named after its place (某镇中心学校); 健康学校 / 无烟学校 are kinds of school.
  if (PLACED_SCHOOL.test(base) || PROVINCE_BROADCASTER.test(base)) return true;
  if (NAMED_SCHOOL.test(base) && !SCHOOL_KIND.test(base) && !/(?:创建|建设|开展|推进|新建|改扩建)/.test(base)) return true;
  const suffix = orgSuffixOf(base);
  if (!suffix) return false;
  if (suffix === '组' && !TEAM.test(base)) return false;
  return true;
}

/** Phrases that trail a unit list without being part of any name. */
const TRAILERS = [
  /[,,、。;;]?(?:排在|排列在|列|列在|排名|排序|排)(?:首位|第一位|第一|前面)(?:的|者|的单位|单位)?(?:为|是)(?:牵头单位|牵头部门|主要责任单位|牵头)[,,]?(?:下同)?$/,
  /[,,]?下同$/,
  // "各乡镇街道(排在首位的为牵头单位)": the list's rule written in brackets after its last unit.
  /[((](?:排在|排列在|列|列在|排名|排序|排)(?:首位|第一位|第一|前面)(?:的|者|的单位|单位)?(?:为|是)(?:牵头单位|牵头部门|主要责任单位|牵头)[,,]?(?:下同)?[))]$/,
  // "…学会等提供技术支持": what the units give, not part of a name.
  /等?(?:相关|有关)?(?:部门|单位)?提供(?:技术|专业|业务|政策|资金)?(?:支持|指导|保障|服务)$/,
  /[,,]?(?:按照?|根据|依据)(?:各自)?(?:职责|职能)(?:分工)?[,,]?(?:分别|各自)?(?:负责|落实|开展工作|推进|实施)$/,
  /[,,]?(?:分别|各自|共同)(?:负责|落实|推进)$/,
  // "(X、Y分工负责)": 按职责分工负责 written without 按职责.
  /[,,]?分工(?:负责|落实)$/,
  /[,,]?各负其责$/,
  /[((](?:按照?|根据)?(?:各自)?(?:职责|职能)(?:分工)?[,,]?(?:分别|各自)?(?:负责|落实|推进|实施)?[))]$/,
  /(?:牵头)?负责$/,
  // "中华口腔医学会等提供技术支持": a society or institute that supports the work takes part.
  /(?:等(?:相关|有关)?(?:部门|单位)*)?提供(?:技术|专业|业务)?(?:支持|支撑)$/,
  // 部门/单位 before the role word only after 等 (市教育局等部门配合): in 市爱卫会各成员单位配合 it is part of the name.
  new RegExp(`(?:等(?:相关|有关)?(?:部门|单位)*)?${alternation(PART_VERBS)}(?:实施|落实|推进)?$`),
  /等(?:相关|有关)?(?:部门|单位|部门单位)?$/,
  // "…等行业主管部门", "…等行政执法部门": a kind of department closing the list, not a name.
  /等[\p{Script=Han}]{2,6}?(?:部门|单位)$/u,
  // "(本页内容为节选,完整清单见附件下载)": a note on the page or on where the full list is, not on the last name.
  /[((][^()()]{0,30}(?:节选|摘编|未完|见附件|附件下载|完整清单)[^()()]{0,30}[))]$/,
];

// Whether any trailer ends the text, in one backward look from the end: most texts end in none.
if (!TRAILERS.every((t) => t.source.endsWith('$'))) throw new Error('every trailer is anchored at the end');
const ANY_TRAILER = new RegExp(`$(?<=${TRAILERS.map((t) => `(?:${t.source.replace(/\$$/, '')})`).join('|')})`, 'u');
/** The separators a list may trail: [,,;;。、\s]. */
const TRAILING_SEPARATORS = codeUnitSet((ch) => /[,,;;。、\s]/.test(ch));

/** Removes trailing role phrases (按职责分工,分别负责 / 配合 / 等部门参与) from a unit list. */
export function stripTrailers(s: string): string {
  let out = trimEndOf(s, TRAILING_SEPARATORS);
  if (!ANY_TRAILER.test(out)) return out;
  for (let pass = 0; pass < 3; pass++) {
    const before = out;
    for (const t of TRAILERS) out = trimEndOf(out.replace(t, ''), TRAILING_SEPARATORS);
    if (out === before) break;
  }
  return out;
}

/** Splits at top-level separators (not inside parentheses). */
function splitTopLevel(s: string, seps: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  // Separators and parentheses are single code units: no surrogate half is ever taken for one.
  for (let k = 0; k < s.length; k++) {
    const ch = s.charAt(k);
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(ch)) {
      parts.push(s.slice(from, k));
      from = k + 1;
    }
  }
  parts.push(s.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}

const LEVEL_START = /^(?:[省市区县州旗盟]|自治[区州县旗])/;
const GLUE_LEFT_END = endsWithAny(GLUE_LEFT_ENDINGS);

/** Separates units run together by a typo: 各区镇街道市委编办 → 各区镇街道 + 市委编办. */
export function splitGlued(name: string, dir?: UnitDirectory): string[] {
  if ((dir && lookupUnit(dir, name)) || name.length < 6) return [name];
  for (let i = 2; i <= name.length - 3; i++) {
    const left = name.slice(0, i);
    const right = name.slice(i);
    // A group unit run on after a name (市统计局各县(市、区)人民政府): 各 opens a new unit.
    if (
      /^各[省市县区州旗乡镇街]/.test(right) &&
      GLUE_LEFT_END.test(left) &&
      !/[()]/.test(left) &&
      isUnitName(left, dir) &&
      isUnitName(right, dir)
    )
      return [left, ...splitGlued(right, dir)];
    const next = gluedNext(left, right, (n) => isUnitName(n, dir), dir);
    if (next) return [left, ...splitGlued(next, dir)];
    if (!LEVEL_START.test(right) || !GLUE_LEFT_END.test(left)) continue;
    if (/[()]/.test(left) && left.split('(').length !== left.split(')').length) continue;
    const leftOk = (dir && lookupUnit(dir, left)) || isUnitName(left, dir);
    const rightKnown = dir ? lookupUnit(dir, right) : null;
    if (leftOk && (rightKnown || (isUnitName(right, dir) && splitGlued(right, dir).length >= 1 && right.length >= 3))) {
      // Require one side to be a directory name, so ordinary long names are left alone.
      if (dir && !lookupUnit(dir, left) && !rightKnown) continue;
      return [left, ...splitGlued(right, dir)];
    }
  }
  return [name];
}

/**
 * Splits a unit list as written ("市教育局、市卫健委,市市场监管局等部门") into names, with trailing role
 * phrases removed, spaces dropped and glued names separated. Returns null when any part is not a unit name.
 */
export function splitUnitList(raw: string, dir?: UnitDirectory): string[] | null {
  if (raw.length > 300) return null; // a paragraph, not a list of names
  const known = knownUnitList(dir ?? NO_DIRECTORY, raw);
  return known && [...known];
}

/**
 * `splitUnitList` without its memo and without the stray-mark refusal (list-punctuation.ts): the reference that the
 * refusal is tested against. Exported for that property test only; the engine calls `splitUnitList`.
 */
export function splitUnitListInFull(raw: string, dir?: UnitDirectory): string[] | null {
  return splitUnitListUncached(raw, dir, false);
}

// Unit lists repeat through a document (市卫生健康委 in every row): the answers are remembered for one parse.
const knownUnitList = memoizedPerParseWith(
  (key: object, raw: string) => splitUnitListUncached(raw, key === NO_DIRECTORY ? undefined : (key as UnitDirectory)),
  300,
  20000,
);

/** Kinds of local body a list may name bare after a 各 group (各苏木镇、街道; 各乡镇、社区; 各街道、镇). */
const SHARED_GROUP_KIND = /^(?:街道|社区|乡镇|镇|苏木镇|村|嘎查村|村居)$/;

function splitUnitListUncached(raw: string, dir?: UnitDirectory, shortcut = true): string[] | null {
  const lines = lineBreaksAsCommas(stripTrailers(raw), (line) => splitUnitListUncached(line, dir, shortcut) !== null);
  const s = stripTrailers(normalizeUnitName(lines ?? raw));
  if (!s) return null;
  // Duty text reaches here often (every table cell is asked): a stray 。 or : refuses it before the parts are read.
  if (shortcut && hasStrayMark(s, dir)) return null;
  const out: string[] = [];
  const parts = splitTopLevel(keepListGroups(s), '、,,;;/').map((x) =>
    withoutMarker(x.includes('\uE000') ? x.replace(/\uE000/g, '、') : x),
  );
  let facilities = 0;
  let previous = '';
  for (const part of parts.length > 1 ? expandShorthands(parts, (p) => isUnitName(p, dir), dir) : parts) {
    const p = stripTrailers(part);
    if (!p) continue;
    const after = previous;
    previous = p;
    // "各乡镇、街道": the 各 of the group before speaks for the bare kind after it, kept as written.
    if (after.startsWith('各') && SHARED_GROUP_KIND.test(p)) {
      out.push(p);
      continue;
    }
    if (dir && lookupUnit(dir, p)) {
      out.push(p);
      continue;
    }
    if (IS_PAIRED_OWNER.test(p)) {
      out.push(p);
      continue;
    }
    // 和 / 及 / 与 join two units only when both sides are names (市文化和旅游局 stays whole); so does 会同, also
    // written short after a section or bureau ("宣传处会办公室"), where the 会 of 委员会/协会 cannot follow.
    const joined = /^(.+?)(?:以及|和|及|与|会同|(?<=[处局厅科股])会)(.+)$/.exec(p);
    if (joined?.[1] && joined[2] && isUnitName(joined[1], dir) && isUnitName(stripTrailers(joined[2]), dir)) {
      out.push(...splitGlued(joined[1], dir), ...splitGlued(stripTrailers(joined[2]), dir));
      continue;
    }
    if (isUnitName(p, dir)) {
      out.push(...splitGlued(p, dir));
      continue;
    }
    // A station or airport named after its place (甲乙火车站) answers for its part beside the units of the list.
    if (parts.length > 1 && isFacilityName(p)) {
      out.push(p);
      facilities++;
      continue;
    }
    return null;
  }
  return out.length > facilities ? out : null;
}
