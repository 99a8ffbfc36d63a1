/** What an indicator needs to know about where its sentence stands. */
export interface IndicatorContext {
  /** The plan's year, for "年底前" and for annual plans. */
  planYear: number | null;
  /** Annual plan: targets without a deadline of their own are due at the plan year's end. */
  annual: boolean;
  /** 1-based line of `start`, for source positions. */
  line: number;
  /** A deadline inherited from the enclosing task, section or table column (ISO), used when the text names none. */
  due?: string | null;
  /**
   * The whole SourceText.text. Give it when `text` is a cleaned copy of the document (item marker dropped,
   * lines joined): spans are then placed where each clause really is, not at its offset in the copy.
   */
  sourceText?: string;
  /** The document reports on an inspection or a rectification (督查通报, 整改台账): its counts are of problems found. */
  findings?: boolean;
}
