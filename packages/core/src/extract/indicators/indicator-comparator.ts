import type { Comparator } from '../plan-schema.js';
import { findQuantities, type Quantity } from './indicator-numbers.js';
import { QuotedSpans } from './indicator-text.js';

/**
 * Reads the comparator of a target from the words just before its number (`before`, ending at the digit)
 * and the bound written after it (以上 / 以下 / 以内).
 */

const PER_CAPITA_RE = /每\s*(?:\d+(?:\.\d+)?)?\s*(?:十|百|千|万)*(?:名|个)?(?:常住人口|人口|人|户|学生|床)$/;

const TARGET_YEAR_RE = /\d{4}\s*年(?:底|末)?的?$/;

/** Qualifiers that may sit between the comparator word and the number. */
const QUALIFIER_RE = /(?:分别|均|约|大约|平均|年均|逐年|每年|力争|再|都|总体|比例|累计)+$/;
const CHANGE_DOWN_RE = /(?:下降|降低|减少|缩小|压减|压降|减低|缩短|压缩|降)(?:了)?$/;
/** The base a change is measured against, just before the verb: 较上年, 比2020年, 同比. */
const CHANGE_BASE_RE = /(?:较|(?<!占)比(?!重|例|率)|同比|环比)[^,,;;。]{0,8}$/;
// 巩固提升 keeps a level (巩固提升1.8万人饮水保障), 改造提升 upgrades an amount (改造提升150万亩): no change amount.
const CHANGE_UP_RE = /(?:提高|(?<!巩固|改造)提升|(?<!新)增加|增长|上升|扩大|(?<!新)增)(?:了)?$/;
/** A strong comparator a few characters before the number ("不低于辖区40%"). */
const LOOSE_LEAST_RE =
  /(?:不低于|不少于|至少|超过)\p{Script=Han}{1,4}$|至少(?:配备|配齐|建成|建设|培训|开展|组织|举办|新增|设置|落实)[\p{Script=Han}()()]{1,14}$/u;
const LOOSE_MOST_RE = /(?:不高于|不超过|控制在)\p{Script=Han}{1,4}$|(?:降低|下降|减少|缩短|压缩|缩小)\p{Script=Han}{1,10}(?:至|到)$/u;
/** "扩大新生儿疾病筛查病种至3种": the verb and its 至 around the object. */
const LOOSE_UP_TO_RE = /(?:提高|提升|增加|增长|上升|扩大)\p{Script=Han}{1,10}(?:至|到)$/u;
const AT_LEAST_RE =
  /(?:不得?低于|不得?少于|不小于|至少|(?<!不得?)超过|(?<!不得?)突破|(?<!不得?)高于|(?<!不得?)大于|(?<!不得?)多于|≥|>=|>|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|上升到|上升至|扩大到|扩大至|增至|升至)$/;
const AT_MOST_RE =
  /(?:不得?高于|不得?超过|不得?突破|不得?多于|不大于|(?<!不得?)低于|(?<!不得?)少于|(?<!不得?)小于|≤|<=|<|控制在|控制到|控制|不足|不到|缩小到|缩小至|缩减到|缩减至|降至|降到|下降到|下降至|降低到|降低至|减少到|减少至|减至|缩短到|缩短至|缩短|压缩到|压缩至)$/;
const EQUAL_RE = /(?:稳定在|保持在|维持在|保持|达到|达|为|实现|完成|新增|创建|建设|新建|建成|覆盖至|覆盖到|保证)$/;
/** 增加至 a count ("床位增加至200张") states the level to reach, as 达到 does; a rate or a per-capita level is a floor. */
const COUNT_UP_TO_RE = /(?:增加到|增加至|增至)$/;

/** What the words before a number say: the comparator and whether a word stated it. */
export interface ComparatorReading {
  comparator: Comparator;
  /** False when nothing was written (a bare number, read as '='). */
  explicit: boolean;
  /** Offset in `before` where the comparator word starts (for cutting the name). */
  wordStart: number;
}

/** Reads the comparator from the text before a number and the bound after it. */
export function readComparator(before: string, bound: '>=' | '<=' | null, unit: string): ComparatorReading {
  // "增加至每10万人口4名": the per-capita base sits between the comparator and the number.
  // "提高到2025年的30%": the target year sits between the comparator and the number.
  const ended = before.replace(/\s+$/, '');
  const trimmed = ended.replace(PER_CAPITA_RE, '').replace(TARGET_YEAR_RE, '');
  const count = trimmed === ended && !/^(?:%|‰|‱|个百分点|百分点|1\/)/.test(unit);
  const q = QUALIFIER_RE.exec(trimmed);
  const core = q ? trimmed.slice(0, q.index) : trimmed;
  const change = CHANGE_DOWN_RE.exec(core) ?? CHANGE_UP_RE.exec(core);
  if (change) {
    const down = CHANGE_DOWN_RE.test(core);
    // "增长8%以上" / "压减20%以上": a change bounded below by 以上 is a floor (>=), unless it is in 个百分点 or is
    // measured against a base written before it (较上年增长25%以上), which states a change amount.
    if (bound === '>=' && !/百分点$/.test(unit) && !CHANGE_BASE_RE.test(core.slice(0, change.index))) {
      return { comparator: '>=', explicit: true, wordStart: change.index };
    }
    // 至少下降0.5个百分点 / 较上年下降3% / 提高1岁: a change amount, whatever bound follows.
    const start = /(?:至少|不少于|不低于)$/.exec(core.slice(0, change.index));
    return { comparator: down ? 'decrease_by' : 'increase_by', explicit: true, wordStart: start ? start.index : change.index };
  }
  if ((unit === '个百分点' || unit === '百分点') && !/(?:到|至)$/.test(core)) {
    // "提高5个百分点" without a verb right before the number still states a change.
    if (/(?:下降|降低|减少|压降|压减|压缩)/.test(core.slice(-8)))
      return { comparator: 'decrease_by', explicit: true, wordStart: core.length };
    if (/(?:提高|提升|增加|增长|上升)/.test(core.slice(-8))) return { comparator: 'increase_by', explicit: true, wordStart: core.length };
  }
  const least = AT_LEAST_RE.exec(core) ?? (AT_MOST_RE.test(core) ? null : (LOOSE_LEAST_RE.exec(core) ?? LOOSE_UP_TO_RE.exec(core)));
  const most = least ? null : (AT_MOST_RE.exec(core) ?? LOOSE_MOST_RE.exec(core));
  const equal = least || most ? null : EQUAL_RE.exec(core);
  const word = least ?? most ?? equal;
  const wordStart = word ? word.index : core.length;
  if (bound) return { comparator: bound, explicit: true, wordStart };
  if (least && count && COUNT_UP_TO_RE.test(core)) return { comparator: '=', explicit: true, wordStart };
  if (least) return { comparator: '>=', explicit: true, wordStart };
  if (most) return { comparator: '<=', explicit: true, wordStart };
  return { comparator: '=', explicit: equal !== null, wordStart };
}

/** The first quantity a table cell states, with the comparator its words give ("≥22", "22以上"); null without one. */
export function cellTarget(cell: string): { quantity: Quantity; comparator: Comparator } | null {
  const q = findQuantities(cell, new QuotedSpans(cell))[0];
  if (!q) return null;
  return { quantity: q, comparator: readComparator(cell.slice(0, q.start), q.bound, q.unit).comparator };
}
