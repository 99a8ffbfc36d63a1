import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './formats/document-limits.js';
import { DocumentError } from './formats/document-error.js';
import { readDocument, type DocumentInput } from './formats/read-document.js';
import { simplifiedView } from './formats/simplified-view.js';
import { extractMeta } from './meta/extract-meta.js';
import { extractIndicators } from './indicators/extract-indicators.js';
import { carriedDeadline } from './indicators/indicator-due.js';
import { extractIndicatorTable } from './indicators/indicator-table.js';
import type { Diagnostic, ExtractedIndicator, ExtractedPlan, ExtractedTask } from './plan-schema.js';
import type { SourceText } from './source-text.js';
import { toPieces, type Line, type Piece } from './structure/lines.js';
import { findFlatTables } from './structure/flat-table.js';
import { buildOutline, leaves, type OutlineNode, type OutlinePiece } from './structure/outline.js';
import { paragraphTasks, proseTasks, underPreamble, type DraftTask } from './structure/prose-tasks.js';
import { layoutTableLines, parseRealTable } from './structure/real-table.js';
import { preambleGoalParagraphs, sentenceParagraphs } from './structure/plan-preamble.js';
import { tableTasks } from './structure/table-tasks.js';
import { applyGroupTails } from './structure/scope-attribution.js';
import { transposeRecordTable } from './structure/record-table.js';
import { defaultDeadline, lacksDeadline } from './structure/default-deadline.js';
import { liftTextTables } from './structure/text-tables.js';
import type { ParsedTable } from './structure/table-rows.js';
import { defaultUnitDirectory, lookupUnit, type UnitDirectory } from './units/unit-directory.js';

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

/** The plan year when meta has none: the first 20XX年 of the first lines (the title). */
function fallbackPlanYear(text: string): number | null {
  const m = /(20\d{2})\s*年/.exec(text.slice(0, 2000));
  return m ? Number(m[1]) : null;
}

/**
 * The synchronous part of the pipeline, on an already-read document. A document in traditional characters is read
 * through its simplified view and its fields are given back as written.
 */
export function extractPlan(source: SourceText, options: ExtractOptions = {}): ExtractedPlan {
  const view = simplifiedView(source);
  return view ? asWritten(extractFrom(view.source, options), view.written) : extractFrom(source, options);
}

function extractFrom(source: SourceText, options: ExtractOptions): ExtractedPlan {
  const meta = extractMeta(source);
  const planYear = meta.planYear ?? fallbackPlanYear(source.text);
  const dir = options.directory ?? defaultUnitDirectory();
  const diagnostics: Diagnostic[] = [];

  // Flattened tables are cut out of the line stream first, so their cells never read as prose.
  // Layout tables (a box of text, no duty columns) are read as lines.
  const pieces = toPieces(liftTextTables(source)).flatMap((p): Piece[] => {
    if (p.kind !== 'table') return [p];
    // A label/value record per project (项目名称 | X ⏎ 牵头单位 | Y): read as a one-row table.
    const record = transposeRecordTable(p.table);
    if (record) return [{ kind: 'table' as const, table: record }];
    const asLines = layoutTableLines(p.table, dir);
    return asLines ? asLines.map((line) => ({ kind: 'line' as const, line })) : [p];
  });
  const lineIdx: number[] = [];
  const lines: Line[] = [];
  pieces.forEach((p, i) => {
    if (p.kind === 'line') {
      lineIdx.push(i);
      lines.push(p.line);
    }
  });
  const flats = findFlatTables(lines, dir);
  const stream: OutlinePiece<ParsedTable>[] = [];
  let f = 0;
  for (let i = 0; i < pieces.length; i++) {
    const flat = flats[f];
    if (flat && i === lineIdx[flat.from]) {
      stream.push({ kind: 'flat', flat: flat.table });
      i = lineIdx[flat.to - 1] ?? i;
      f++;
      continue;
    }
    stream.push(pieces[i] as OutlinePiece<ParsedTable>);
  }
  const outline = buildOutline(stream);
  applyGroupTails(outline.roots, dir);

  const drafts: DraftTask[] = [];
  const indicators: ExtractedIndicator[] = [];
  // sourceText lets indicators/ place spans in the document when it is handed a cleaned copy (a task's text).
  const ctx = (line: number) => ({ planYear, annual: meta.annual, line, sourceText: source.text });
  const fromTable = new Set<DraftTask>();
  const roots = outline.roots.slice(outline.noticeRoots);
  for (const node of leaves(roots)) {
    if (underPreamble(node)) {
      // Whole sentences: a goal wrapped over lines ("…普及率" ⏎ "达到92%。") is read once, joined.
      // A goal listed under "到2025年底,以下指标…:" takes that deadline.
      const due = inheritedDue(node, planYear);
      for (const g of sentenceParagraphs([node.head, ...node.body], true))
        indicators.push(...extractIndicators(g.text, g.toSource(0), { ...ctx(g.line), due }));
      continue;
    }
    if (node.tableFollows || !isDuty(node)) continue;
    drafts.push(...proseTasks(node, dir, planYear));
  }
  // Goal paragraphs under a preamble heading with children (总体目标 › 1. …) were handled above; its own body too.
  for (const node of allNodes(roots)) {
    if (node.children.length && underPreamble(node)) {
      for (const g of sentenceParagraphs(node.body, true)) indicators.push(...extractIndicators(g.text, g.toSource(0), ctx(g.line)));
    }
  }
  const tables = [
    ...outline.flats.map((t) => ({ parsed: t.table, owner: t.owner })),
    ...outline.tables.map((t) => ({ parsed: parseRealTable(t.table, dir), owner: t.owner })),
  ];
  for (const { parsed, owner } of tables) {
    for (const u of parsed.unparsed) {
      diagnostics.push({
        code: 'unparsed-table-row',
        severity: 'warning',
        message: `无法识别的表格行: ${u.text.slice(0, 60)}`,
        source: { start: u.start, end: u.end, line: u.line },
      });
    }
    if (parsed.kind === 'indicator') {
      const rows = parsed.indicatorRows.map((r) => ({ cells: r.cells, start: r.start, end: r.end, line: r.line }));
      indicators.push(...extractIndicatorTable({ header: parsed.header, rows }, ctx(parsed.line)));
      continue;
    }
    const rowDrafts = tableTasks(parsed, owner, dir, planYear);
    rowDrafts.forEach((d) => fromTable.add(d));
    drafts.push(...rowDrafts);
  }
  // No numbering at all (a docx whose list numbers were lost): each paragraph closing on an attribution is a duty.
  // Goals stated in an unnumbered paragraph before the first numbered item ("主要目标是:…达到79.2岁"), in document order.
  if (drafts.length) {
    const goals = preambleGoalParagraphs(stream, outline.roots, roots[0]);
    indicators.unshift(...goals.flatMap((g) => extractIndicators(g.text, g.toSource(0), ctx(g.line))));
  }
  if (!drafts.length) drafts.push(...paragraphTasks(stream, dir, planYear));
  drafts.sort((a, b) => a.start - b.start);

  const tasks = drafts.map((d) => finishTask(d, dir, diagnostics));
  const fallback = defaultDeadline(source.text, planYear);
  if (fallback) {
    for (const t of tasks) {
      if (!lacksDeadline(t)) continue;
      t.due = [...fallback.due];
      t.deadlineText = fallback.text;
    }
  }
  for (const t of tasks) {
    if (t.deadlineText && !t.due.length && !t.ongoing) {
      diagnostics.push({
        code: 'ambiguous-deadline',
        severity: 'info',
        message: `无法解析的完成时限: ${t.deadlineText}`,
        source: t.source,
      });
    }
  }
  tasks.forEach((t, i) => {
    // A table row's 完成时限 (or a 完成时限: label) is an explicit deadline for the targets in its task; prose deadlines are read per clause.
    const draft = drafts[i];
    const due = draft && (fromTable.has(draft) || draft.dueFromLimit) ? (t.due.at(-1) ?? null) : null;
    indicators.push(...extractIndicators(t.text, t.source.start, { ...ctx(t.source.line), due }));
  });
  if (!tasks.length) {
    diagnostics.push({ code: 'no-tasks-found', severity: 'warning', message: '未识别到任务条目', source: null });
  }
  return { meta, tasks, indicators, diagnostics };
}

const DEFINITION =
  /^本(?:办法|方案|规定|细则|意见|计划|条例|规则|标准|要点)(?:中)?(?:所称|所指|所说)的?[^。]{1,40}?(?:是指|系指|指的是|,指|包括)/;

/** The deadline an ancestor's heading or lead-in sets for the goals beneath it ("到2025年底,以下指标…:"). */
function inheritedDue(node: OutlineNode, planYear: number | null): string | null {
  for (let a = node.parent; a; a = a.parent) {
    const due = carriedDeadline([a.head, ...a.body].map((l) => l.text).join('\n'), planYear);
    if (due) return due;
  }
  return null;
}

/** A leaf prescribes work unless it is a bare heading (no body, no sentence) in front of nothing. */
function isDuty(node: OutlineNode): boolean {
  const rest = node.head.text.slice(node.marker.length).trim();
  // "第六条 本办法所称运动处方,是指……" defines a term and prescribes no work.
  const whole = [rest, ...node.body.map((l) => l.text)].join('');
  if (DEFINITION.test(rest) && !/[((【[]/.test(whole)) return false;
  if (node.body.length) return true;
  return rest.length >= 4;
}

function allNodes(roots: OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (n: OutlineNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

const reported = new WeakMap<Diagnostic[], Set<string>>();

/** Adds directory ids and the per-task diagnostics. */
function finishTask(d: DraftTask, dir: UnitDirectory, diagnostics: Diagnostic[]): ExtractedTask {
  const source = { start: d.start, end: Math.max(d.start, d.end), line: d.line };
  const seen = reported.get(diagnostics) ?? new Set<string>();
  reported.set(diagnostics, seen);
  const units: ExtractedTask['units'] = [];
  const add = (name: string, role: 'lead' | 'participant') => {
    const hit = lookupUnit(dir, name);
    units.push({ name, canonicalId: hit?.id ?? null, canonicalName: hit?.name ?? null, role });
    // Group units (各区镇街道, 市爱卫会成员单位) are never in a directory; only named units are worth a note.
    if (!hit && !seen.has(name) && !/^各|成员单位$|(?:有关|相关|直属)(?:部门|单位)$|各部门$|各单位$/.test(name)) {
      seen.add(name);
      diagnostics.push({ code: 'unit-not-in-directory', severity: 'info', message: `单位不在目录中: ${name}`, source });
    }
  };
  d.lead.forEach((n) => add(n, 'lead'));
  d.participants.forEach((n) => add(n, 'participant'));
  if (!units.length) {
    diagnostics.push({ code: 'item-without-units', severity: 'info', message: `条目未写明责任单位: ${d.text.slice(0, 30)}`, source });
  }
  return {
    kind: d.kind,
    number: d.number,
    path: d.path,
    title: d.title,
    text: d.text,
    lead: d.lead,
    participants: d.participants,
    separateLeads: d.separateLeads,
    due: d.due,
    ongoing: d.ongoing,
    units,
    deadlineText: d.deadlineText,
    source,
  };
}

/** Every text field of a plan read from a simplified view, in the document's own characters. */
function asWritten(plan: ExtractedPlan, written: (text: string) => string): ExtractedPlan {
  const w = (t: string | null) => (t === null ? null : written(t));
  return {
    meta: { ...plan.meta, title: w(plan.meta.title), issuer: w(plan.meta.issuer), docNumber: w(plan.meta.docNumber) },
    tasks: plan.tasks.map((t) => ({
      ...t,
      number: w(t.number),
      path: t.path.map(written),
      title: w(t.title),
      text: written(t.text),
      lead: t.lead.map(written),
      participants: t.participants.map(written),
      units: t.units.map((u) => ({ ...u, name: written(u.name) })),
      deadlineText: w(t.deadlineText),
    })),
    indicators: plan.indicators.map((i) => ({ ...i, name: written(i.name), text: written(i.text), unit: written(i.unit) })),
    diagnostics: plan.diagnostics.map((d) => ({ ...d, message: written(d.message) })),
  };
}
