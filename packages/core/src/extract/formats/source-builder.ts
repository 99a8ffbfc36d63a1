import type { Block, SourceFormat, SourceText, TableBlock } from '../source-text.js';

/** A table cell before it is placed in the text. */
export interface RawCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  header: boolean;
}

/**
 * Builds a SourceText line by line, so every block knows its offsets and line number.
 * A table row becomes one line, its cells joined by a tab, so every cell has offsets too.
 */
export class SourceBuilder {
  private readonly parts: string[] = [];
  private readonly blocks: Block[] = [];
  private length = 0;
  private line = 1;

  /**
   * Adds one paragraph line (newlines inside are folded to spaces). `asWritten` keeps its spaces, as a .txt line
   * keeps them: indents and runs of spaces that may align a table typed as text.
   */
  para(text: string, asWritten = false): void {
    const clean = asWritten ? text.replace(/\n/g, ' ') : oneLine(text);
    this.blocks.push({ kind: 'para', line: this.line, start: this.length, end: this.length + clean.length, text: clean });
    this.push(clean);
  }

  /** Adds a table; rows without cells are skipped. */
  table(rows: RawCell[][]): void {
    const kept = rows.filter((r) => r.length > 0);
    if (kept.length === 0) return;
    const block: TableBlock = { kind: 'table', line: this.line, start: this.length, end: this.length, rows: [] };
    for (const cells of kept) {
      const rowStart = this.length;
      const row: TableBlock['rows'][number] = { start: rowStart, end: rowStart, line: this.line, cells: [] };
      if (cells.every((c) => c.header)) row.header = true;
      let offset = rowStart;
      const texts: string[] = [];
      for (const cell of cells) {
        const text = oneLine(cell.text).replace(/\t/g, ' ');
        row.cells.push({ text, start: offset, end: offset + text.length, rowSpan: cell.rowSpan, colSpan: cell.colSpan });
        texts.push(text);
        offset += text.length + 1;
      }
      const line = texts.join('\t');
      row.end = rowStart + line.length;
      block.rows.push(row);
      this.push(line);
    }
    block.end = this.length - 1;
    this.blocks.push(block);
  }

  /** The finished SourceText (no trailing newline). */
  build(format: SourceFormat): SourceText {
    const text = this.parts.join('\n');
    return { text, blocks: this.blocks, format };
  }

  private push(line: string): void {
    this.parts.push(line);
    this.length += line.length + 1;
    this.line += 1;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Splits plain text into one paragraph block per line (empty lines included, so line numbers hold). */
export function textToSource(text: string, format: SourceFormat): SourceText {
  const blocks: Block[] = [];
  let start = 0;
  let line = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    blocks.push({ kind: 'para', line, start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
    line += 1;
  }
  return { text, blocks, format };
}
