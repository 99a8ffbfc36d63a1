import { clearParseMemos } from './per-parse-memo.js';
import { dueInPlanYear } from './stages/single-year.js';
import { withoutRestatedTargets } from './indicators/restated-targets.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './formats/document-limits.js';
import { DocumentError } from './formats/document-error.js';
import { readDocument, type DocumentInput } from './formats/read-document.js';
import { simplifiedView } from './formats/simplified-view.js';
import { extractMeta } from './meta/extract-meta.js';
import { withoutPinyin } from './pinyin-notes.js';
import type { ExtractedPlan } from './plan-schema.js';
import type { SourceText } from './source-text.js';
import { assembleDrafts } from './stages/assemble-drafts.js';
import { asWritten } from './stages/as-written.js';
import { unitBracketsAsWritten } from './stages/unit-brackets.js';
import { finishTasks, taskIndicators } from './stages/finish-tasks.js';
import { isAnnualPlan, isFindingsDocument, workYear, type PlanContext } from './stages/plan-context.js';
import { segment } from './stages/segment.js';
import { defaultUnitDirectory, type UnitDirectory } from './units/unit-directory.js';

/** Options of the extraction: a unit directory extended with the city's own units; the reading limits. */
export interface ExtractOptions {
  directory?: UnitDirectory;
  limits?: DocumentLimits;
}

/**
 * Extracts the structured plan from a document: meta, tasks, indicators and diagnostics. Never throws on
 * content; throws a DocumentError for an unreadable document or one past the limits (more tasks too).
 */
export async function parsePlan(input: DocumentInput, options: ExtractOptions = {}): Promise<ExtractedPlan & { source: SourceText }> {
  const limits = options.limits ?? DEFAULT_DOCUMENT_LIMITS;
  const source = await readDocument(input, limits);
  const plan = extractPlan(source, options);
  if (plan.tasks.length > limits.maxTasks) {
    throw new DocumentError(
      'document.too_many_tasks',
      `文档中识别出 ${plan.tasks.length} 项任务,超过单个方案的上限 ${limits.maxTasks} 项;请确认文件是否正确,或拆分后再导入。`,
    );
  }
  return { ...plan, source };
}

/** A year the text only refers back to: "对2020年已达标的…", "较2020年", "截至2020年底", "2020年以来". */
const REFERRED_BEFORE_RE = /(?:对|對|较|較|比|与|與|自|截至|截止|于|於)\s*$/;
const REFERRED_AFTER_RE = /^(?:底|末)?(?:已|以来|以來|相比|同期)/;

/** The plan year when meta has none: the first 20XX年 of the first lines (the title) that is not a year referred to. */
function fallbackPlanYear(text: string): number | null {
  const head = text.slice(0, 2000);
  for (const m of head.matchAll(/(20\d{2})\s*年/g)) {
    const at = m.index;
    if (REFERRED_BEFORE_RE.test(head.slice(Math.max(0, at - 3), at))) continue;
    if (REFERRED_AFTER_RE.test(head.slice(at + m[0].length, at + m[0].length + 3))) continue;
    return Number(m[1]);
  }
  return null;
}

/**
 * The synchronous part of the pipeline, on an already-read document. A document in traditional characters is read
 * through its simplified view and its fields are given back as written.
 */
export function extractPlan(source: SourceText, options: ExtractOptions = {}): ExtractedPlan {
  clearParseMemos();
  const view = simplifiedView(source);
  return view ? asWritten(extractFrom(view.source, options), view) : extractFrom(source, options);
}

/**
 * The stages, in order: read (formats/, done by the caller) → meta → segment (tables, records and the item tree) →
 * assemble (tasks, their units and deadlines, indicators) → report (diagnostics for what could not be placed).
 */
function extractFrom(source: SourceText, options: ExtractOptions): ExtractedPlan {
  const found = extractMeta(source);
  const meta = { ...found, title: found.title && withoutPinyin(found.title), issuer: found.issuer && withoutPinyin(found.issuer) };
  const findings = isFindingsDocument(meta.title);
  const ctx: PlanContext = {
    planYear: workYear(meta, findings) ?? fallbackPlanYear(source.text),
    annual: isAnnualPlan(meta, findings),
    dir: options.directory ?? defaultUnitDirectory(),
    sourceText: source.text,
    findings,
  };
  const segmented = segment(source, ctx.dir);
  const { drafts, fromTable, indicators, diagnostics } = assembleDrafts(segmented, ctx);
  const tasks = finishTasks(drafts, ctx, diagnostics);
  indicators.push(...taskIndicators(tasks, drafts, fromTable, ctx));
  dueInPlanYear(tasks, indicators, ctx, meta.title);
  const targets = withoutRestatedTargets(indicators);
  if (!tasks.length) diagnostics.push({ code: 'no-tasks-found', severity: 'warning', message: '未识别到任务条目', source: null });
  return { meta, tasks: unitBracketsAsWritten(tasks, source.text), indicators: targets, diagnostics };
}
