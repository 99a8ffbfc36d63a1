/** A generated file for download: its bytes, the name to save it under, and its media type. */
export interface OutputFile {
  bytes: Buffer;
  fileName: string;
  mime: string;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_MIME = 'application/pdf';
