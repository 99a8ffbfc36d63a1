import type { Comparator } from '../plan-schema.js';
import type { Quantity } from './indicator-numbers.js';
import type { ClauseIndex } from './indicator-text.js';
import type { IndicatorContext } from './indicator-context.js';
import { REACH_BEFORE } from './indicator-reading.js';
import { countsListedSubject } from './listed-count.js';
import { isScoringOrGap } from './assessment-cells.js';

/**
 * Words that mark a clause as describing the present state rather than setting a target. "已建成的服务站" only names
 * the things the work is done to; so does "完成已建…" / "对已建…" (the work is done to what was built). "累计建成120个"
 * states the present, but "累计建成社区医院占比达到35%" a share to reach.
 */
const STATUS_RE =
  /共有|(?<!确保|要|将|完成|对)已(?!有效|婚|[\u4e00-\u9fff]{1,3}的)|累计建成(?![\u4e00-\u9fff]{0,12}(?:占比|比例|比重|率)\s*(?:达到|提高到|提升到|不低于|超过))|目前|现状|(?:检查|督查|暗访|巡查|抽查|共|累计)发现|发现(?:问题|隐患)|(?<!依法|严厉|严肃|从严|及时|严格)查处(?!率|比例)|查获|共计|共(?:检查|抽查|排查|督查|出动|下发)|浏览|点击|访问量|阅读量|阅读[::]|完成情况[::]|(?:[一二三四上下]季度|半年)?进展(?:情况)?[::]|存在问题[::]|资金缺口|形象进度|累计完成(?!率)/;
/**
 * The last bracketed field label before a number ("【进展情况】水工主体完成78%", "[整改情况]已追回18.6万元"): a number in
 * a field that reports progress or problems records where the work stands, not what it is to reach.
 */
const FIELD_LABEL_RE = /[【[]\s*([^【】[\]]{2,8}?)\s*[】\]][^【】[\]]*$/;
const PROGRESS_FIELD_RE = /^(?:进展|进度|完成|整改|推进|落实|办理)(?:情况|进展|进度)?$|^(?:存在问题|下步(?:打算|计划|工作)|评价|备注)$/;
/**
 * 对 before a count, with at most a short qualifier (对全县14个乡镇, 对督查发现的193个问题), or a list of counts after it
 * (对9个乡镇、3个街道): the objects of the work. Not 对照 / 对应 / 对比 / 对外 / 对接 / 对标.
 */
const SCOPE_RE = /对(?![照应比于外接标话口])(?:[^\d,,。;;、]{0,8}|[^\d,,。;;、]{0,8}\d+[^\d,,。;;、]{1,10}、)$/;
/** An inspection done to the objects a count names ("…开展安全生产巡查"). */
const INSPECTION_AFTER_RE = /(?:开展|进行|组织)[^,,。;;]{0,12}(?:巡查|检查|督查|督导|暗访|抽查|排查|考核|评估)/;
const clauseAfter = (half: string, ix: ClauseIndex, q: Quantity) => half.slice(q.end, ix.sentenceEnd(q.start));
const DEFINED_SET_RE = /\p{Script=Han}的\s*$/u;
/** "现有" (existing) states the present only when no comparator follows it ("现有公厕改造率达到100%" is a target). */
const EXISTING_RE = /现有/;
const AS_OF_RE = /截[至止]\s*(?:目前|\d{4})/;
/** A look back (a plan's 发展基础 / 现状 paragraphs): what was achieved, not what is to be reached. */
const RETROSPECT_RE =
  /十[一二三]五["”]?(?:期间|时期)|过去(?:五|5|几)年|[五三十]年来|近(?:几)?年来|多年来|\d{4}\s*年以来|(?:提高|下降|增长|达到|降低|增加|减少|提升|上升|完成|建成|创建|新增|超过)了/;
/** A sentence opening on a past year ("2020年,全市…", "截至2020年底…") in a plan about a later year. */
const PAST_YEAR_RE = /^\s*(?:截至|截止到?|到)?\s*(\d{4})\s*年(?:底|末)?/;
/** "从2016年的4.9%下降到2020年的3.1%": the value a year reached; before the plan year, a result, not a target. */
const VALUE_OF_YEAR_RE = /(?:到|至)\s*(\d{4})\s*年(?:底|末)?的\s*$/;
/** Words that turn a sentence back to the future after a statement of the present. */
const FUTURE_RE = /到\s*\d{4}|力争|目标|确保|计划|将/;
/** A time span is a target only with a comparator or a bound ("不少于1小时", "1小时以上"), not "24小时内报告". */
const TIME_UNIT_RE = /^(?:小时|分钟|天|周|个月|个工作日)$/;
/** A deadline opening a clause ("9月底前", "5月底、10月底前", "年内", "一季度"), with nothing else. */
const LEADING_DEADLINE_RE = /^[\s\d一二三四上下半年季度月日底末前之内、和及至—–-]*/;
/**
 * "9月底前完成70%", "完成年度目标任务的80%以上", "5月底、10月底前各完成一次": how much of the work itself is to be
 * done by a date, or how often: a stage of progress that names no measured quantity, not an indicator.
 */
const PROGRESS_SHARE_RE = /^(?:确保|力争)?各?完成(?:年度(?:目标|计划)?(?:任务)?的?)?$/;
/** "抽查结果100%向社会公示": a share written as an adverb of the verb after it ("all of it"), not a level to reach. */
const SHARE_AS_ADVERB_RE = /^\s*(?:向|予以|纳入|录入|上传|公示|公开)/;
/** "做到建成一个、验收一个、投用一个": a motto of one-by-one work, a series of 一个 after verbs. */
const ONE_BY_ONE_BEFORE_RE = /一个、\p{Script=Han}{1,4}$/u;
const ONE_BY_ONE_AFTER_RE = /^、\p{Script=Han}{1,4}一个/u;

/** Whether a quantity states progress or a manner of the work rather than a target (see the patterns above). */
function progressOrManner(half: string, ix: ClauseIndex, q: Quantity): boolean {
  const clause = half.slice(ix.clauseStart(q.start), q.start).replace(LEADING_DEADLINE_RE, '');
  const rest = half.slice(q.end, ix.clauseEnd(q.start));
  // "完成8个农贸市场提档升级", "年内完成15公里" (of the work the clause before names): counts of the work are targets;
  // a share of the work done, or 各完成 N 次, is not.
  if (PROGRESS_SHARE_RE.test(clause) && /^\s*$/.test(rest) && (q.unit === '%' || (/各/.test(clause) && q.unit === '次'))) return true;
  if (/^(?:%|‰)$/.test(q.unit) && q.bound === null && SHARE_AS_ADVERB_RE.test(half.slice(q.end, q.end + 3))) return true;
  if (q.chinese && q.value === 1 && q.unit === '个') {
    const before = half.slice(Math.max(0, q.start - 8), q.start);
    if (ONE_BY_ONE_BEFORE_RE.test(before) || ONE_BY_ONE_AFTER_RE.test(half.slice(q.end, q.end + 8))) return true;
  }
  return false;
}

/** "16件正在办理", "5项进展滞后", "3件已办结": a count of where listed work stands, as a report gives it. */
const STATE_AFTER_RE = /^\s*(?:正在|已经?|尚未|仍在|仍未|均已|进展滞后|滞后|未办结|按序时)/;
/** "第4件", "第17、18件": which item of a list, not a count. */
const ORDINAL_BEFORE_RE = /第\s*(?:\d+\s*、\s*)*$/;

const isYear = (q: Quantity) => q.unit === '' && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100;

/** "到2028年," heading the sentence's clauses (after a run-in heading too), in or after the plan year. */
const TARGET_YEAR_OPENING_RE = /(?:到|至)\s*(\d{4})\s*年(?:底|末)?\s*[,,]/;

/**
 * Whether the sentence sets a target year before the status word at `at` ("到2028年,全市累计建成…60家"): what is
 * accumulated by then is a goal, not the present.
 */
function targetYearBefore(half: string, ix: ClauseIndex, q: Quantity, at: number, planYear: number | null): boolean {
  const m = TARGET_YEAR_OPENING_RE.exec(half.slice(ix.sentenceStart(q.start), at));
  return m !== null && planYear !== null && Number(m[1]) >= planYear;
}

/** Whether a quantity is a target: a unit or a written comparator, and not a statement of the present. */
export function accept(
  half: string,
  ix: ClauseIndex,
  q: Quantity,
  explicit: boolean,
  comparator: Comparator,
  ctx: IndicatorContext,
): boolean {
  const planYear = ctx.planYear;
  const from = Math.max(ix.sentenceStart(q.start), q.start - REACH_BEFORE);
  const before = half.slice(from, q.start);
  const past = PAST_YEAR_RE.exec(before);
  if (past && planYear !== null && Number(past[1]) < planYear && !/^\s*到/.test(before)) return false;
  const reached = VALUE_OF_YEAR_RE.exec(before);
  if (reached && planYear !== null && Number(reached[1]) < planYear) return false;
  if (PROGRESS_FIELD_RE.test(FIELD_LABEL_RE.exec(before)?.[1] ?? '')) return false;
  if (progressOrManner(half, ix, q)) return false;
  if (isScoringOrGap(half, q)) return false;
  const status = STATUS_RE.exec(before) ?? RETROSPECT_RE.exec(before) ?? (explicit ? null : EXISTING_RE.exec(before));
  if (status && !FUTURE_RE.test(before.slice(status.index)) && !targetYearBefore(half, ix, q, from + status.index, planYear)) return false;
  // "截至2020年底,…为21.3%": a count of where things stand, unless a target verb says otherwise.
  if (AS_OF_RE.test(before) && (!explicit || /为\s*$/.test(before.slice(-3)))) return false;
  if (TIME_UNIT_RE.test(q.unit) && !explicit && q.bound === null) return false;
  // In a bulletin or a rectification ledger, "对园区42家企业开展治理", and in any plan "对9个乡镇开展巡查": the count names
  // what the work is done to, not a result to reach ("对3个集市实施改造" in a plan still counts the work).
  if (!explicit && q.bound === null && SCOPE_RE.test(before) && (ctx.findings || INSPECTION_AFTER_RE.test(clauseAfter(half, ix, q))))
    return false;
  if (!explicit && q.bound === null && countsListedSubject(before, q.value, half.slice(q.end, q.end + 20))) return false;
  // "反馈的12个问题", "票决确定的10件民生实事": a set the clause before it defines, which the work is done to.
  if (!explicit && q.bound === null && /^(?:个|件|项)$/.test(q.unit) && DEFINED_SET_RE.test(before)) return false;
  if (!explicit && q.bound === null && (STATE_AFTER_RE.test(half.slice(q.end, q.end + 6)) || ORDINAL_BEFORE_RE.test(before))) return false;
  // "3类重大疾病", "2种基础疾病" define a group; "扩大到30种" sets a target.
  if (/^(?:种|类)$/.test(q.unit) && comparator === '=') return false;
  // "分3批推进", "第2批": how the work is staged or which round, not a number of batches to reach.
  if (/^批/.test(q.unit) && /[分第]\s*$/.test(before)) return false;
  if (q.unit !== '') return true;
  return !isYear(q) && (explicit || q.bound !== null);
}
