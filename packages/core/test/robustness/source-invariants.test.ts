import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closingTimeFrame, findDeadlinePhrases, parseDeadlineCell, parseSignatureDate } from '../../src/extract/dates/index.js';
import { DocumentError, readDocument } from '../../src/extract/formats/index.js';
import type { SourceText } from '../../src/extract/source-text.js';

const TAGS = [
  '<p>',
  '</p>',
  '<div class="nav">',
  '</div>',
  '<br>',
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td rowspan="2">',
  '<td colspan="3">',
  '<th>',
  '<td>',
  '</td>',
  '&nbsp;',
  '<ol>',
  '<li>',
  '</li>',
  '</ol>',
  '<script>',
  '</script>',
  '<h1>',
];
const htmlLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS),
      fc.constantFrom('一、总体要求', '1.加强宣传(市卫生健康委)', '2021年底前', '\n', '\t', ' '),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 120 },
  )
  .map((parts) => `<html><body>${parts.join('')}</body></html>`);

/** Every block and cell points at exactly its own text, and line numbers count the newlines before it. */
function checkOffsets(source: SourceText): void {
  const lineAt = (offset: number) => source.text.slice(0, offset).split('\n').length;
  for (const block of source.blocks) {
    if (block.kind === 'para') {
      expect(source.text.slice(block.start, block.end)).toBe(block.text);
      expect(block.line).toBe(lineAt(block.start));
    } else {
      for (const row of block.rows) {
        expect(row.line).toBe(lineAt(row.start));
        expect(source.text.slice(row.start, row.end)).toBe(row.cells.map((c) => c.text).join('\t'));
        for (const cell of row.cells) {
          expect(source.text.slice(cell.start, cell.end)).toBe(cell.text);
          expect(cell.rowSpan).toBeGreaterThanOrEqual(1);
          expect(cell.colSpan).toBeGreaterThanOrEqual(1);
        }
      }
    }
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const validIso = (d: string) =>
  ISO.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

describe('source invariants', () => {
  it('HTML of any shape gives blocks whose offsets point at their own text', async () => {
    await fc.assert(
      fc.asyncProperty(htmlLike, async (html) => {
        try {
          checkOffsets(await readDocument({ text: html, fileName: 'x.html' }));
        } catch (error) {
          if (!(error instanceof DocumentError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('plain text of any shape gives one block per line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        try {
          const source = await readDocument({ text });
          checkOffsets(source);
          expect(source.blocks).toHaveLength(source.text.split('\n').length);
        } catch (error) {
          if (!(error instanceof DocumentError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('date functions on any text', () => {
  const dateText = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '2021',
          '年',
          '月',
          '日',
          '底',
          '前',
          '之前',
          '到',
          '至',
          '—',
          '-',
          '.',
          '上半年',
          '季度',
          '每',
          '持续推进',
          '完成',
          '《',
          '》',
          '(',
          ')',
          '十二',
          '三十一',
          '0',
          '9',
          '13',
          '32',
        ),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 40 },
    )
    .map((a) => a.join(''));

  it('only ever return real calendar dates, and never throw', () => {
    fc.assert(
      fc.property(dateText, fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }), (text, year) => {
        const cell = parseDeadlineCell(text, year);
        for (const d of cell.due) expect(validIso(d)).toBe(true);
        for (const p of findDeadlinePhrases(text, year)) {
          expect(validIso(p.date)).toBe(true);
          expect(text.slice(p.start, p.end)).toBe(p.text);
        }
        const signature = parseSignatureDate(text);
        if (signature !== null) expect(validIso(signature)).toBe(true);
        expect(typeof closingTimeFrame(text)).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
