import type { QuotedSpans } from './indicator-text.js';
import { isPolicyFigure } from './policy-figures.js';

/**
 * Finds the quantities in a clause: a number (Arabic or a small Chinese numeral) with its measure word,
 * and drops the numbers that are names, dates, ordinals, ranges or population ages rather than targets.
 */

/** A number with its measure word, as found in the (half-width) text. */
export interface Quantity {
  /** Offset of the first digit. */
  start: number;
  /** Offset just after the number. */
  numEnd: number;
  /** Offset just after the measure word and any 以上/以下/以内/左右 that follows it. */
  end: number;
  value: number;
  /** The measure word as written ("%", "万株", "份/千人口"), "1/10万" for a rate per 100 000, or "". */
  unit: string;
  /** What follows the unit: '>=' for 以上, '<=' for 以下/以内, null otherwise. */
  bound: '>=' | '<=' | null;
  /** Written in Chinese numerals ("建设一处"). */
  chinese: boolean;
  /** Offsets of the measure word as written (for a unit in traditional characters), end exclusive. */
  unitFrom: number;
  unitTo: number;
}

const MEASURE =
  '人次|剂次|家次|户次|台次|台套|项次|批次|批(?![准复示次])|课时|学时|千瓦时|千瓦|兆瓦|个环节|平方公里|平方米|微克/立方米|毫克/立方米|立方米|公顷|千米|公里|千克|毫克|小时|分钟|个 ?百分点|个月|个工作日|' +
  '人|名|次|家|个|所|处|套|场次|场|项|支|台|张|床|亩次|亩|株|棵|份|例|户|篇|件|岁|天|周|公斤|斤|克|吨|元|座|倍|米|条|期|辆|种|类|头|只|部(?![门委署位分])|片(?![区式])|栋|幢|块|盏|艘|间(?![隔距])|标箱|万对|对(?![接象标照比口应外])|级(?=\\s*(?:及以上|以上)?\\s*(?:$|[,;。、)]))|门|羽|架|节(?![点能约日庆])|核(?![查心实定算准])|册|分(?=\\s?(?:及以上|以上|以下|左右)|\\s*(?:$|[,;。、)]))|PB|TB';
// A rate per head ("份/千人口") or per span of time ("吨/日", "万吨/年").
const PER = '(?:/(?:每)?(?:10万|十万|万|千|百)?(?:人口|常住人口|人|户|床)|/(?:日|天|年|月|小时)|/(?:平方公里|平方千米|公里|千米))?';
/** Unit right after a number: percent-like, a "/10万" rate, or a (万-scaled) measure word with an optional per-capita tail. */
// A bare 万 / 亿 closing its clause ("注册用户突破900万。", "达300万以上,") counts what the clause names.
const UNIT_RE = new RegExp(
  `\\s?(百分点|%|‰|‱|/(?:10万|十万|100000|万|千|百)(?:人口|人)?|(?:万亿|万|亿|千)?(?:${MEASURE})${PER}|(?:万|亿)(?=\\s*(?:及?以上|及?以下|以内|左右)?\\s*(?:$|[,;。、)])))`,
  'y',
);
// A mirror's reading note after the unit ("100項(xiàng)以上") does not part the unit from its bound.
const BOUND_RE = /(?:[((][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[))])?\s?(及以上|以上|及以下|以下|以内|之内|左右)/y;
/** Digits, also as OCR copies space them ("4 0%", "1 0 0 户"), with thousands commas and decimals. */
const NUMBER_RE = /\d(?:[ \u00a0]?\d)*(?:,\d{3})*(?:\.\d+)?/g;
const CN_NUMBER_RE = /[一二两三四五六七八九十百千]+/g;
const CN_UNIT_RE = /(处|个|家|所|座|支|项|场|次|名|台|张|套)/y;
/** What follows 二次 / 一次 when the numeral and 次 open a term rather than count times. */
const SECOND_TERM_RE = /^(?:供水|污染|开发|创业|转运|传播|伤害|装修|分配|加工|利用|性)/;
/** Verbs after which a Chinese-numeral count is a target ("建设一处示范性体育公园"). */
const CN_VERB_RE = /(?:建设|新建|建成|创建|新增|完成|培育|打造|设立|至少|不少于|超过|达到|新改建|改扩建|扩建|改建)\s*$/;
/** Ages that define a population: 35岁以上人群, 65岁及以上老年人, 5岁以下儿童. */
const POPULATION_AFTER_AGE_RE =
  /^(?:及以上|以上|及以下|以下|以内)?的?(?:常住|户籍|城乡|城镇|农村|在校|适龄|首诊|就诊|门诊|住院)?(?:人群|老年|儿童|人口|居民|妇女|学生|患者|女性|男性|人|老人|婴幼儿|幼儿|青少年|孕|新生儿|婴儿|群体|职工)/;
const UNITLESS_END_RE = /^\s*(?:$|[,;。、))和或及])/;
const SCOPE_RE = /(?:全市|全县|全区|全省|全国|全镇|辖区内?|我市|本市|所辖|所有|各)\s*$/;
/** "完成全市80家医疗机构的检查": a verb before the scope makes the count a target again. */
const VERB_BEFORE_SCOPE_RE =
  /(?:完成|建设|新建|创建|新增|培训|检查|筛查|体检|覆盖|达到|实现|建成)\s*(?:全市|全县|全区|全省|全国|全镇|辖区内?|我市|本市|所辖|所有|各)\s*$/;
/** "全镇6个村达到省级健康村标准": the places of the scope that are to meet a standard, a count to reach. */
const STANDARD_AFTER_SCOPE_RE = /^\p{Script=Han}{0,4}(?:均|全部)?(?:达到|通过)[^,;。,]{0,12}(?:标准|验收|评审)/u;
/** A share of something (占…的) or a norm (按每…) just before the number. */
// "按每人每年不低于1元标准安排经费": a norm with a comparator of its own is the funding target itself.
const SHARE_OR_NORM_RE = /占[^,;。,]{0,16}的\s*$|按照?每(?![^,;。,]*(?:不低于|不少于|不高于|不超过|至少))[^,;。,]{0,12}$/;
/**
 * "在31个省份开展监测试点", "在2个医共体开展试点": the places where the work is carried out, not a count to reach. A
 * comparator or 各 between 在 and the number ("在7个地(市)各确定不少于2家哨点医院开展…") makes it a quota per place.
 */
const WHERE_BEFORE_RE = /在(?![^,;。,]*(?:建成|建设|新建|创建|完成|培育|打造|新增|设立|增加|不少于|不低于|至少|各))[^,;。,]{0,20}$/;
const WHERE_AFTER_RE = /^[^,;。,\d]{0,14}开展/;
/** "实现12个县市全覆盖", "7个县(市)医共体全部实现…": a count of the whole scope, not an amount to reach. */
const WHOLE_SCOPE_AFTER_RE = /^[^,;。,、\d]{0,12}?(?:全覆盖|全部)/;
const TIME_UNITS = new Set(['小时', '分钟', '天', '日', '周', '个月', '个工作日']);
const RATE_UNIT_RE = /^\/(10万|十万|100000|万|千|百)/;

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Reads a Chinese numeral below ten thousand ("一", "十二", "三百五十"); null when malformed. */
export function readChineseNumber(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit !== null) return null;
      digit = CN_DIGITS[ch] ?? null;
    } else if (ch in CN_SCALE) {
      total += (digit ?? 1) * (CN_SCALE[ch] ?? 1);
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** Normalises a unit as written: "/10万人口" rate → "1/10万"; everything else is kept. */
function unitOf(raw: string): string {
  // "3个 百分点": a PDF or OCR copy spaces the measure word.
  if (/^个 百分点$/.test(raw)) return '个百分点';
  const rate = RATE_UNIT_RE.exec(raw);
  if (rate) return `1/${rate[1] === '十万' || rate[1] === '100000' ? '10万' : rate[1]}`;
  return raw;
}

function readBound(text: string, at: number): { bound: Quantity['bound']; end: number } {
  BOUND_RE.lastIndex = at;
  const m = BOUND_RE.exec(text);
  if (!m) return { bound: null, end: at };
  const w = m[1] ?? '';
  return { bound: w.endsWith('以上') ? '>=' : w === '左右' ? null : '<=', end: at + m[0].length };
}

const HAN_RE = /\p{Script=Han}/u;

/** Why a number is not a target quantity, or null when it may be one. */
function rejectArabic(text: string, start: number, numEnd: number, unit: string, unitEnd: number, quoted: QuotedSpans): boolean {
  if (quoted.has(start)) return true;
  const before = text[start - 1] ?? '';
  const after = text[numEnd] ?? '';
  // A letter after the number names a thing (5G, 3D), unless it is a measure of storage (5PB).
  if (/[A-Za-z.+/]/.test(before) || (/[A-Za-z+]/.test(after) && !/^[PT]B$/.test(unit))) return true;
  if (/第\s*$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  // "医护比1:1.25", a 1:1.6 cell: a ratio, which the contract gives no way to write as one target.
  if (/\d\s*[::]\s*$/.test(text.slice(Math.max(0, start - 3), start)) || /^\s*[::]\s*\d/.test(text.slice(numEnd, numEnd + 3))) return true;
  // Ranges (0—6岁, 3至5个, 2017-2025年): neither end is a target.
  if (/^[—–\-~～至]\d/.test(text.slice(numEnd, numEnd + 2)) || /\d[—–\-~～至]$/.test(text.slice(Math.max(0, start - 2), start)))
    return true;
  if (unit === '岁' && POPULATION_AFTER_AGE_RE.test(text.slice(unitEnd, unitEnd + 8))) return true;
  // "35岁以上首诊患者", "收入10万元以上的村", "亿元以上项目": a bounded age or sum before a noun picks out a group.
  if (/^(?:岁|(?:万|亿|千)?元)$/.test(unit) && THRESHOLD_BEFORE_NOUN_RE.test(text.slice(unitEnd, unitEnd + 6))) return true;
  // "5000吨级泊位": a grade of the thing built; "校园周边100米内", "200米范围内": the zone a rule covers.
  if (text[unitEnd] === '级' || (/^(?:米|公里|千米)$/.test(unit) && /^(?:范围|内|之内)/.test(text.slice(unitEnd, unitEnd + 2))))
    return true;
  // "实施12项重点任务", "全民健身等12项行动": the plan counting its own items.
  if (
    unit === '项' &&
    OWN_ITEMS_AFTER_RE.test(text.slice(unitEnd, unitEnd + 8)) &&
    OWN_ITEMS_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))
  )
    return true;
  // 15分钟健身圈, 24小时值班: a time span glued to a noun is a name, not a limit.
  if (
    TIME_UNITS.has(unit) &&
    HAN_RE.test(text[unitEnd] ?? '') &&
    !/[以左及之的]/.test(text[unitEnd] ?? '') &&
    !timeTarget(text, start, unitEnd)
  )
    return true;
  // "2个工作日内", "3个月内": a time limit for a procedure, not a target.
  if (/^(?:工作日|日内|月内|年内|季度)/.test(text.slice(unitEnd, unitEnd + 3))) return true;
  // "按照30%的比例抽查", "占20%": a rule of proportion or a share, not a target.
  if (/(?:按照?|占|每)\s*$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  // "孕产妇死亡率(1/10万)": a unit label in brackets, not a value.
  if (/[((]\s*$/.test(text.slice(Math.max(0, start - 1), start)) && /^\s*[))]/.test(text.slice(unitEnd, unitEnd + 2))) return true;
  // "进入全省前10名": a ranking, not a count.
  if (/^(?:名|位)/.test(unit) && /前\s*$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  // "涉及楼房320栋": what the work touches, not a count to reach.
  if (/涉及\p{Script=Han}{0,6}\s?$/u.test(text.slice(Math.max(0, start - 9), start))) return true;
  // "全市16个乡镇", "辖区内3家医院": the scope the work covers, not a count to reach.
  if (
    !/^(?:%|‰|‱|个百分点|1\/)/.test(unit) &&
    SCOPE_RE.test(text.slice(Math.max(0, start - 4), start)) &&
    !VERB_BEFORE_SCOPE_RE.test(text.slice(Math.max(0, start - 10), start)) &&
    !STANDARD_AFTER_SCOPE_RE.test(text.slice(unitEnd, unitEnd + 24)) &&
    !perItem(text, start, unitEnd)
  )
    return true;
  if (!/^(?:%|‰|‱|个百分点|1\/)/.test(unit) && unit !== '' && WHOLE_SCOPE_AFTER_RE.test(text.slice(unitEnd, unitEnd + 16))) return true;
  if (
    /^(?:个|家|所|处)$/.test(unit) &&
    WHERE_BEFORE_RE.test(text.slice(Math.max(0, start - 22), start)) &&
    WHERE_AFTER_RE.test(text.slice(unitEnd, unitEnd + 18))
  )
    return true;
  // "占考核分值的5%", "按照每千名学生配备1名校医的标准": a share or a staffing norm.
  if (SHARE_OR_NORM_RE.test(text.slice(Math.max(0, start - 24), start))) return true;
  if (countsProgramme(text, start, unit, unitEnd)) return true;
  return isPolicyFigure(text, start, unit, unitEnd);
}

/** A verb that frames the programme the work spans or acts on ("统筹…", "围绕…", "对…实施核查"). */
const PROGRAMME_VERB_RE =
  /(?:统筹|融合|整合|围绕|聚焦|[对對](?![照接标应]))(?![^,;。:]*?(?:建设|新建|创建|建成|新增|完成|达到|不少于|至少|超过|推出|出台|培育|打造|评选|认定|提供|开展|实现))[^,;。:]*$/;

/**
 * "统筹12项专项行动、6类健康细胞建设", "对首批50项改革举措和本省70项举措落地情况实施核查": unbounded counts of
 * the programme the work spans or checks describe its scope; they set no target.
 */
function countsProgramme(text: string, start: number, unit: string, unitEnd: number): boolean {
  if (!/^(?:项|類|类|項)$/.test(unit) || /^\s?(?:及?以上|左右)/.test(text.slice(unitEnd, unitEnd + 4))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const clause = before.slice(
    Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('。'), before.lastIndexOf(':')) + 1,
  );
  return PROGRAMME_VERB_RE.test(clause);
}

/** A bound followed by the noun it qualifies ("以上首诊患者", "以上的村"), not by a conjunction or the clause's end. */
const THRESHOLD_BEFORE_NOUN_RE = /^(?:及以上|以上|及以下|以下)的?(?![和或及与并])\p{Script=Han}/u;
const OWN_ITEMS_AFTER_RE = /^(?:重点|主要|专项)?(?:任务|行动)\s*(?:$|[,,。;;])/;
const OWN_ITEMS_BEFORE_RE = /(?:实施|确定|明确|共|等|包括|涵盖)\s*$/;
/** An at-most verb before a time span: "压缩至3个工作日内" is a target, "2个工作日内反馈" a procedure's limit. */
const TIME_CAP_BEFORE_RE = /(?:压缩至|压缩到|压减至|压减到|缩短至|缩短到|减少至|减至|降至|控制在)\s*$/;

/** A kind of case right before its time standard, opening its clause ("，一般登记3个工作日"). */
const CASE_BEFORE_RE = /(?:^|[,,;;。、])\p{Script=Han}{0,4}(?:登记|事项|业务|案件|申请|审批|许可)$/u;

/**
 * A time span that is a service standard: "压缩至3个工作日内" (an at-most verb, then 内) or "1个工作日办结" (the span,
 * then 办结 — unlike "5个工作日内办结", a limit counted from some event).
 */
function timeTarget(text: string, start: number, unitEnd: number): boolean {
  if (text.startsWith('办结', unitEnd)) return true;
  // "一般登记3个工作日内办结": a kind of case, then its standard; "受理后5个工作日内办结" counts from an event.
  if (text.startsWith('内办结', unitEnd) && CASE_BEFORE_RE.test(text.slice(Math.max(0, start - 8), start))) return true;
  return text[unitEnd] === '内' && TIME_CAP_BEFORE_RE.test(text.slice(Math.max(0, start - 6), start));
}

/**
 * "健康机关、健康学校各5个以上", "推演和演练各1次": 各 after the things listed gives each of them the number, a
 * target; it closes the clause, unlike the scope in "全市各12个乡镇开展…".
 */
function perItem(text: string, start: number, unitEnd: number): boolean {
  if (!/\p{Script=Han}各\s*$/u.test(text.slice(Math.max(0, start - 2), start))) return false;
  if (/(?:全市|全县|全区|全省|全镇|辖区内?|我市|本市)各\s*$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  return /^(?:及?以上|左右)?\s*(?:$|[,,;;。、))])/.test(text.slice(unitEnd, unitEnd + 4));
}

const value0 = (raw: string) => Number(raw.replace(/[\s,]/g, ''));

/** Verbs that make what a number after them counts. */
const WORK_VERB_END = /(?:建设|新建|改建|创建|建成|新增|完成|开展|组织|培育|打造|改造|设置|增设|建立|布设|配备|配置)$/;

/**
 * "在南昌、赣州、九江3个设区市启动试点", "白家村、北窑村两个试点": a number that counts the names listed right
 * before it describes the list, it sets no target.
 */
function countsListedNames(text: string, start: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 2 || value > 12) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  const cut = Math.max(...[',', ';', '。', ':', '\n', '(', '在', '对'].map((c) => before.lastIndexOf(c)));
  const parts = before.slice(cut + 1).split('、');
  // Listed names are nouns: "建设健康主题公园、健康步道2处" / "每个县建成影像、…、病理5个中心" count what is to be built.
  if (/(?:建设|新建|创建|建成|新增|完成|开展|组织|培育|打造|改造|评选|认定|命名)/.test(parts[0] ?? '')) return false;
  // Places named before a work verb: "在甲社区、乙社区建设2处服务站" counts what is to be built there.
  if (WORK_VERB_END.test(parts[parts.length - 1] ?? '')) return false;
  return parts.length === value && parts.every((p) => p.length >= 1 && p.length <= 8 && !/\d/.test(p));
}

/** A digit or a Chinese numeral: where NUMBER_RE or CN_NUMBER_RE can start a match. */
const NUMERAL_RE = /[\d一二两三四五六七八九十百千]/;

/** Whether `text` (half-width) has any character a quantity can start with; without one, findQuantities finds none. */
export function mayHoldQuantity(text: string): boolean {
  return NUMERAL_RE.test(text);
}

/** Every candidate quantity in `text` (half-width), in order of position. */
export function findQuantities(text: string, quoted: QuotedSpans): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const start = m.index;
    const numEnd = start + m[0].length;
    UNIT_RE.lastIndex = numEnd;
    const u = UNIT_RE.exec(text);
    // "压缩至10日": days after an at-most verb (elsewhere 日 after a number closes a date).
    const days = !u && text[numEnd] === '日' && TIME_CAP_BEFORE_RE.test(text.slice(Math.max(0, start - 6), start));
    const unitRaw = days ? '日' : (u?.[1] ?? '');
    const unitEnd = days ? numEnd + 1 : u ? numEnd + u[0].length : numEnd;
    const read = readBound(text, unitEnd);
    const end = read.end;
    // "1个工作日办结": the span is at most the standard.
    const bound =
      read.bound ?? (TIME_UNITS.has(unitRaw) && (text.startsWith('办结', unitEnd) || text.startsWith('内办结', unitEnd)) ? '<=' : null);
    // A number with no measure word stands alone (控制在0.011以内, ≥22); 2022年, 13号, 323攻坚 do not.
    // Tested first: it is anchored at the number and rules out most numbers (years, dates) cheaply.
    if (unitRaw === '' && !UNITLESS_END_RE.test(text.slice(end, end + 4))) continue;
    if (rejectArabic(text, start, numEnd, unitRaw, unitEnd, quoted)) continue;
    if (countsListedNames(text, start, value0(m[0]))) continue;
    const value = Number(m[0].replace(/[\s,]/g, ''));
    if (!Number.isFinite(value)) continue;
    const unitFrom = unitEnd - unitRaw.length;
    out.push({ start, numEnd, end, value, unit: unitOf(unitRaw), bound, chinese: false, unitFrom, unitTo: unitEnd });
  }
  for (const m of text.matchAll(CN_NUMBER_RE)) {
    const start = m.index;
    const numEnd = start + m[0].length;
    // The measure word is looked at first: it is anchored at the numeral and rules out most of them.
    CN_UNIT_RE.lastIndex = numEnd;
    const u = CN_UNIT_RE.exec(text);
    if (!u || quoted.has(start) || !CN_VERB_RE.test(text.slice(Math.max(0, start - 6), start))) continue;
    // "完成二次供水水质抽检": 二次 opens a term (二次供水, 二次污染), it counts nothing.
    if (u[1] === '次' && SECOND_TERM_RE.test(text.slice(numEnd + 1, numEnd + 3))) continue;
    const value = readChineseNumber(m[0]);
    if (value === null || value === 0) continue;
    const { bound, end } = readBound(text, numEnd + u[0].length);
    out.push({ start, numEnd, end, value, unit: u[1] ?? '', bound, chinese: true, unitFrom: numEnd, unitTo: numEnd + u[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
