import { readDocument, type DocumentInput } from './formats/read-document.js';
import { extractMeta } from './meta/extract-meta.js';
import type { ExtractedPlan } from './plan-schema.js';
import type { SourceText } from './source-text.js';

/** Extracts the structured plan from a document: meta, tasks, indicators and diagnostics. Never throws on content. */
export async function parsePlan(input: DocumentInput): Promise<ExtractedPlan & { source: SourceText }> {
  const source = await readDocument(input);
  return { ...extractPlan(source), source };
}

/** The synchronous part of the pipeline, on an already-read document. */
export function extractPlan(source: SourceText): ExtractedPlan {
  const meta = extractMeta(source);
  return { meta, tasks: [], indicators: [], diagnostics: [] };
}
