import type { UnitDirectory } from '../units/unit-directory.js';

/** What every stage after reading knows of the document as a whole. */
export interface PlanContext {
  /** The plan's year (from meta, else the first 20XX年 of the title lines): "年底前" resolves against it. */
  planYear: number | null;
  /** An annual plan (工作要点, 年度计划): bare month deadlines fall in its year. */
  annual: boolean;
  dir: UnitDirectory;
  /** The whole document text, so indicators can place spans when handed a cleaned copy of a task's text. */
  sourceText: string;
  /** The document reports on an inspection or a rectification (督查通报, 整改台账), by its title. */
  findings?: boolean;
}

/** Titles of documents that report what an inspection found or how it is being put right. */
const FINDINGS_TITLE = /督查|督察|督导|通报|整改|检查情况|暗访/;

/** True when the title names an inspection bulletin or a rectification ledger. */
export function isFindingsDocument(title: string | null): boolean {
  return !!title && FINDINGS_TITLE.test(title);
}

/**
 * Whether the document is an annual plan for its title's year. A findings document signed after that year ended
 * ("2025年度…评价反馈问题整改台账" signed in 2026) names the year that was reviewed: its work is not due by that
 * year's end.
 */
export function isAnnualPlan(meta: { annual: boolean; planYear: number | null; date: string | null }, findings: boolean): boolean {
  if (!meta.annual || !findings || meta.planYear === null || !meta.date) return meta.annual;
  return Number(meta.date.slice(0, 4)) <= meta.planYear;
}

/**
 * The year a document's bare dates ("6月中旬", "第三季度") fall in: its title's year, except for a findings document
 * signed after that year ended, which reviews that year and puts it right in the year it is signed.
 */
export function workYear(meta: { planYear: number | null; date: string | null }, findings: boolean): number | null {
  if (!findings || meta.planYear === null || !meta.date) return meta.planYear;
  return Math.max(meta.planYear, Number(meta.date.slice(0, 4)));
}

/** The indicator reader's context for a line of the document. */
export function indicatorContext(ctx: PlanContext, line: number) {
  return { planYear: ctx.planYear, annual: ctx.annual, line, sourceText: ctx.sourceText, findings: ctx.findings };
}
