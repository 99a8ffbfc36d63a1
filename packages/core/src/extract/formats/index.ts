export { readDocument, cleanText, type DocumentInput } from './read-document.js';
export { DocumentError, isDocumentError, type DocumentErrorCode } from './document-error.js';
export { cleanPdfLines, type PdfLine } from './pdf-lines.js';
export { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
