import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';

/** How a borderless table is set on a PDF page: font size, a cell's line pitch, the padding between rows, column x. */
export interface StreamLayout {
  size: number;
  step: number;
  pad: number;
  cols: number[];
}

/** A cell's lines centred on y, as runs one em a Chinese character (half an em for ASCII). */
function cell(layout: StreamLayout, col: number, y: number, lines: string[]): Positioned[] {
  const { size, step, cols } = layout;
  const top = y + ((lines.length - 1) * step) / 2;
  return lines.map((text, i) => {
    const width = [...text].reduce((w, ch) => w + (ch < '\u0080' ? size * 0.5 : size), 0);
    return { text, x: cols[col]!, right: cols[col]! + width, y: top - i * step, size };
  });
}

/** Rows of [cells, each its lines], each row as high as its tallest cell and `pad` apart, from y = 700 down. */
export function streamTable(layout: StreamLayout, rows: string[][][]): Positioned[] {
  let top = 700;
  return rows.flatMap((row) => {
    const lines = Math.max(...row.map((c) => c.length));
    const centre = top - ((lines - 1) * layout.step) / 2;
    top -= lines * layout.step + layout.pad;
    return row.flatMap((texts, col) => (texts.length === 0 ? [] : cell(layout, col, centre, texts)));
  });
}

/** A found table's cell texts, row by row. */
export const cellsOf = (rows: { text: string }[][]) => rows.map((r) => r.map((c) => c.text));
