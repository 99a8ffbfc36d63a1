/**
 * Bounds on what one imported document may cost to read. Each bound is checked before the work it
 * guards (a zip's central directory before any XML, a PDF's streams before pdfjs renders them), so a
 * hostile file is refused while it is still small in memory.
 */
export interface DocumentLimits {
  /** Characters of extracted text (a long real plan is a few hundred thousand). */
  maxTextChars: number;
  /** Tasks one document may yield. */
  maxTasks: number;
  /** Entries in a .docx zip. */
  maxZipEntries: number;
  /** Inflated bytes of all .docx parts read, summed (declared and actual). */
  maxInflatedBytes: number;
  /** Inflated size ÷ compressed size of one part, for parts over 1 MB inflated. */
  maxCompressionRatio: number;
  /** Pages of a PDF. */
  maxPdfPages: number;
  /** Inflated bytes of all PDF streams, summed. */
  maxPdfStreamBytes: number;
  /** Text items (runs of text) of a PDF, summed over pages. */
  maxPdfTextItems: number;
}

/** The limits used unless a caller passes others. */
export const DEFAULT_DOCUMENT_LIMITS: Readonly<DocumentLimits> = Object.freeze({
  maxTextChars: 2_000_000,
  maxTasks: 3_000,
  maxZipEntries: 2_000,
  maxInflatedBytes: 48 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxPdfPages: 1_000,
  maxPdfStreamBytes: 96 * 1024 * 1024,
  maxPdfTextItems: 500_000,
});
