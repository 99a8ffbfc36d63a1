import type { ExtractedIndicator } from '../plan-schema.js';

/** What an indicator needs to know about where its sentence stands. */
export interface IndicatorContext {
  /** The plan's year, for "年底前" and for annual plans. */
  planYear: number | null;
  /** Annual plan: targets without a deadline of their own are due at the plan year's end. */
  annual: boolean;
  /** 1-based line of `start`, for source positions. */
  line: number;
}

/**
 * Finds the numeric targets in one clause or paragraph of prose.
 * `start` is the offset of `text` in the SourceText, so positions point into the document.
 */
export function extractIndicators(_text: string, _start: number, _ctx: IndicatorContext): ExtractedIndicator[] {
  return [];
}
