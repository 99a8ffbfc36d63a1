export * from './extract/plan-schema.js';
export type * from './extract/source-text.js';
export { readDocument, type DocumentInput } from './extract/formats/read-document.js';
export { DocumentError, isDocumentError, type DocumentErrorCode } from './extract/formats/document-error.js';
export { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './extract/formats/document-limits.js';
export { readOfficeXmlParts, type OfficeZipKind } from './extract/formats/docx-zip.js';
export {
  parseDeadlineCell,
  findDeadlinePhrases,
  closingTimeFrame,
  parseSignatureDate,
  type DeadlineCell,
  type DeadlinePhrase,
} from './extract/dates/index.js';
export { extractMeta } from './extract/meta/extract-meta.js';
export { extractIndicators, type IndicatorContext } from './extract/indicators/extract-indicators.js';
export { extractIndicatorTable, type IndicatorTable, type IndicatorTableRow } from './extract/indicators/indicator-table.js';
export { hasIndicatorColumns, isIndicatorTableHeader } from './extract/indicators/indicator-columns.js';
export { parsePlan, extractPlan, type ExtractOptions } from './extract/parse-plan.js';
export {
  createUnitDirectory,
  lookupUnit,
  defaultUnitDirectory,
  type UnitDirectory,
  type UnitDirectoryEntry,
  type UnitMatch,
} from './extract/units/unit-directory.js';
export * from './domain/index.js';
export * from './api/index.js';
