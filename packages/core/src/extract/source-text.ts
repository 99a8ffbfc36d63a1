/**
 * The format-independent view of a document that every extraction step reads.
 * `text` is the document as decoded (line endings normalised to \n, BOM and zero-width characters
 * removed, page furniture left in place); every offset below points into it.
 */
export interface SourceText {
  text: string;
  blocks: Block[];
  /** Where the text came from, by content: a .wps in Word 97 format reads as 'doc', an .et as 'xls'. */
  format: SourceFormat;
}

export type SourceFormat = 'txt' | 'html' | 'docx' | 'pdf' | 'xlsx' | 'doc' | 'xls';

/** A paragraph line, or a real table (HTML/docx) whose cells were kept apart. */
export type Block = ParagraphBlock | TableBlock;

export interface ParagraphBlock {
  kind: 'para';
  /** 1-based line number in `text`. */
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface TableCell {
  text: string;
  start: number;
  end: number;
  rowSpan: number;
  colSpan: number;
}

export interface TableBlock {
  kind: 'table';
  line: number;
  start: number;
  end: number;
  /** Rows as in the source; a rowspan cell appears only in its first row (see rowSpan). */
  rows: { start: number; end: number; line: number; cells: TableCell[]; /** Every cell was a <th>. */ header?: boolean }[];
}
