import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { BORDERLESS_TABLE } from '../support/borderless-table.js';
import { tinyPdf, type TinyRun } from '../support/tiny-pdf.js';

// The borderless table under a heading 9 pt above the header, less than a font size, across the room between
// two columns (as a layout engine sets a cell spanning columns in a two-level header).
const PAGE: TinyRun[][] = [
  [{ x: 72, text: '关于印发重点任务分工的通知' }],
  [{ x: 200, text: '责任分工及安排说明', dy: 9 }],
  ...BORDERLESS_TABLE,
];

describe('PDF: a line set just above a borderless table', () => {
  it('comes before the table, not after it', async () => {
    const source = await readDocument({ bytes: tinyPdf([PAGE]), fileName: 'plan.pdf' });
    const kinds = source.blocks.map((b) => (b.kind === 'table' ? 'table' : b.text.trim()));
    const table = kinds.indexOf('table');
    expect(table).toBeGreaterThan(0);
    expect(kinds).toContain('责任分工及安排说明');
    expect(kinds.indexOf('责任分工及安排说明')).toBeLessThan(table);
  });
});
