import { memoizedPerParse } from '../per-parse-memo.js';
import { trimEndChars } from './text-trim.js';
import { ideographAt, nfkcSourcesOf } from '../nfkc-opening.js';

/** What a section heading says about the numbered items beneath it. */
export type HeadingClass = 'preamble' | 'safeguard' | 'step' | null;

const PREAMBLE =
  /(?:总则|附则|指导思想|基本原则|工作原则|总体要求|总体目标|主要目标|工作目标|具体目标|发展目标|行动目标|目标要求|考核指标|主要指标|目标指标|年度指标|预期指标|评价指标|指标体系|具体指标|攻坚思路|工作思路|总体思路|基本思路|总体安排|原则|目标|背景|形势|现状|意义|编制依据|依据|适用范围|总体框架|总体定位|战略定位|工作基础|发展基础|现实基础|基本情况|存在问题|存在的问题|主要问题|面临形势|发展现状|工作现状|取得成效|主要成效|活动时间|活动主题|活动口号|活动目的|活动对象|活动范围|实施范围|(?:现状|形势|基础)(?:和|与|及)(?:问题|挑战))$/;
/** A goal heading is a name ("行动目标"), not a duty that happens to end in 目标 ("确保实现年度目标"). */
const DUTY_VERB =
  /^(?:加强|推进|推动|解决|着力|实现|完成|确保|落实|提高|提升|强化|完善|健全|建立|实施|开展|做好|坚持|围绕|聚焦|破解|攻克|夯实|筑牢|打牢|巩固|深化|优化|加快|规范|扩大)/;
const SAFEGUARD =
  /(?:保障措施|保障机制|保障体系|(?:支撑|组织|工作|政策|实施|要素|资金|经费|条件|制度|投入|财力|机制)保障|工作要求|有关要求|相关要求|具体要求|实施要求|组织实施|组织领导|督导考核|监督考核|考核评估|督查考核|考核督导|督查督办|监督检查|推进机制|工作机制|保障)$/;
/**
 * Action areas that end in 保障 but are duties, not safeguards (医疗保障, 公共安全保障 …). 要素保障 in a business-climate
 * plan is the supply of land, credit and labour to firms: an action area too.
 */
const DOMAIN_SECURITY =
  /(?:医疗|健康|社会|生活|安全|住房|药品|供应|供水|供电|供气|供暖|能源|粮食|食品|生育|养老|就业|民生|基本|物资|应急|服务|法治|公共卫生|治疗|救治|救助|医保|大病|要素)保障$/;
const STEP =
  /(?:实施步骤|工作步骤|方法步骤|推进步骤|步骤安排|进度安排|时间安排|时间进度|阶段安排|实施阶段|工作进度|进度要求|时间步骤|实施进度|步骤)$/;

/** The heading's own words: no marker, no trailing punctuation or bracketed date/attribution. */
export const headingCore = memoizedPerParse(headingCoreUncached);

function headingCoreUncached(text: string): string {
  let t = beforeStop(text);
  for (let i = 0; i < 2; i++) t = t.replace(/[(([【][^()\]】]*[))\]】]$/, '');
  return trimEndChars(t, ',,、.');
}

const STOP = /[。::;;!]/;
/** Code units that NFKC turns into a stop (：→:), and surrogate halves. */
const STOP_SOURCES = nfkcSourcesOf('。::;;!');

/**
 * The text (NFKC, spaces removed) up to its first stop when one follows its first character, else whole. A stop near
 * the start of a long paragraph is found in its normalised opening alone; the whole text is read only when that
 * opening holds none (or opens with one).
 */
function beforeStop(text: string): string {
  let i = 0;
  while (i < text.length && STOP_SOURCES[text.charCodeAt(i)] !== 1) i++;
  const cut = i < text.length ? ideographAt(text, i + 1) : text.length;
  if (cut < text.length) {
    const head = text.slice(0, cut).normalize('NFKC').replace(/\s+/g, '');
    const stop = head.search(STOP);
    if (stop > 0) return head.slice(0, stop);
  }
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const stop = t.search(STOP);
  return stop > 0 ? t.slice(0, stop) : t;
}

/**
 * Sections of an inspection bulletin or a progress report that state what was found (总体情况, 存在的问题, 督查排名),
 * and a plan's look back (发展现状, 发展基础, 取得的成绩): their figures are counts of progress, of problems or of
 * past results, never targets, and their paragraphs are not duties.
 */
const FINDINGS =
  /(?:总体情况|基本情况|存在问题|存在的问题|主要问题|发现的问题|突出问题|工作亮点|取得成效|主要成效|工作成效|督查情况|督查排名|检查情况|排名情况|完成情况)$/;
/** A plan's look back: "一、发展现状", "(一)发展基础", "“十三五”时期取得的成绩"; not "夯实工作基础" (a duty). */
const LOOK_BACK =
  /现状$|^(?:[^,,]{0,8}(?:的|时期|期间|以来))?(?:发展|工作|现实)基础$|(?:取得的成效|取得的成绩|主要成绩|工作成绩|发展成就|主要成就|工作回顾)$/;

// A findings heading is a bare noun phrase; a clause list ending in one ("开展评比,每月通报排名情况") is a duty.
const findingsCore = (core: string): boolean => core.length <= 30 && (FINDINGS.test(core) || LOOK_BACK.test(core)) && !/[,,]/.test(core);

/** True for a heading that names a section of findings (二、存在的问题, 一、督查排名). */
export function isFindingsHeading(text: string): boolean {
  return findingsCore(headingCore(text));
}

/** Classifies a section heading by its head noun (the end of its core), not by substrings. */
export const classifyHeading = memoizedPerParse(classifyHeadingUncached);

function classifyHeadingUncached(text: string): HeadingClass {
  const own = classifyCore(headingCore(text));
  if (own) return own;
  // "三、工作要求 各成员单位要…": the section's paragraph run onto its heading's line after a space.
  const label = runOnLabel(text);
  return label ? classifyCore(label) : null;
}

const RUN_ON_LABEL = /^\s*([\p{Script=Han}]{2,8})[ \t\u3000]+\S/u;
/** What a run-on label's opening may be cut to: spaces, up to eight Han characters, spaces. */
const LABEL_SO_FAR = /^\s*\p{Script=Han}{0,8}[ \t\u3000]*$/u;

/**
 * The label of a heading whose paragraph runs on after a space ("工作要求 各成员单位要…"), read from the NFKC form of
 * the text's opening; the whole text is normalised only when the opening could be cut inside such a label.
 */
function runOnLabel(text: string): string | undefined {
  const cut = ideographAt(text, 24);
  if (cut < text.length) {
    const head = text.slice(0, cut).normalize('NFKC');
    const m = RUN_ON_LABEL.exec(head);
    if (m) return m[1];
    if (!LABEL_SO_FAR.test(head)) return undefined;
  }
  return RUN_ON_LABEL.exec(text.normalize('NFKC'))?.[1];
}

function classifyCore(core: string): HeadingClass {
  if (!core || core.length > 30) return null;
  if (findingsCore(core)) return 'preamble';
  if (STEP.test(core)) return 'step';
  if (SAFEGUARD.test(core) && !DOMAIN_SECURITY.test(core)) return 'safeguard';
  if (PREAMBLE.test(core) && !/任务目标$/.test(core) && (core.length <= 6 || !DUTY_VERB.test(core))) return 'preamble';
  return null;
}

/** A heading that sets up a mechanism as a duty ("建立健康促进工作机制"), not one naming the safeguards. */
export function isActionMechanism(text: string): boolean {
  const core = headingCore(text);
  return DUTY_VERB.test(core) && /机制$/.test(core);
}

/** A heading that names the plan's duties (二、工作任务, 重点任务, 主要措施). */
export function isTaskSection(text: string): boolean {
  return /^(?:重点|主要|具体|核心)?(?:任务|工作任务|重点任务|主要任务|工作措施|主要措施|重点工作|主要工作|行动内容|主要内容|任务分工|任务措施|重点行动|主要行动)$/.test(
    headingCore(text),
  );
}
