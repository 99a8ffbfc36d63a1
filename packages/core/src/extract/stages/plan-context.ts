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
}

/** The indicator reader's context for a line of the document. */
export function indicatorContext(ctx: PlanContext, line: number) {
  return { planYear: ctx.planYear, annual: ctx.annual, line, sourceText: ctx.sourceText };
}
