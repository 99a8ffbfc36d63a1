import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractIndicatorTable, extractIndicators, extractedIndicatorSchema } from '@duban/core';

/** Characters that make up target sentences, so random strings hit the interesting paths. */
const PIECES = [
  '达到',
  '不低于',
  '控制在',
  '以上',
  '以下',
  '以内',
  '分别',
  '由',
  '提高至',
  '下降',
  '个百分点',
  '到2025年',
  '和',
  '、',
  ',',
  '。',
  ';',
  '\n',
  ' ',
  '%',
  '‰',
  '/10万',
  '人',
  '万株',
  '个',
  '家',
  '岁',
  '小时',
  '“',
  '”',
  '《',
  '》',
  '(',
  ')',
  '第',
  '全市',
  '建设',
  '一处',
  '0',
  '1',
  '2',
  '5',
  '9',
  '.',
  '—',
  '-',
  '率',
  '居民健康素养水平',
  '≥',
  '≤',
  '6月底前',
  '较上年',
  '年均',
];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));

describe('indicator extraction properties', () => {
  it('never throws, returns schema-valid indicators whose text is the span of the input', () => {
    fc.assert(
      fc.property(prose, fc.nat(1000), fc.boolean(), (text, start, annual) => {
        const got = extractIndicators(text, start, { planYear: 2024, annual, line: 3 });
        for (const ind of got) {
          expect(() => extractedIndicatorSchema.parse(ind)).not.toThrow();
          expect(text.slice(ind.source.start - start, ind.source.end - start)).toBe(ind.text);
          expect(ind.source.line).toBeGreaterThanOrEqual(3);
          expect(Number.isFinite(ind.target)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps spans inside the document when re-anchoring against a source text', () => {
    fc.assert(
      fc.property(prose, prose, (head, body) => {
        const doc = head + body;
        for (const ind of extractIndicators(body.replace(/\n/g, ''), head.length, {
          planYear: null,
          annual: false,
          line: 1,
          sourceText: doc,
        })) {
          expect(ind.source.start).toBeGreaterThanOrEqual(0);
          expect(ind.source.end).toBeLessThanOrEqual(doc.length);
          expect(ind.source.start).toBeLessThanOrEqual(ind.source.end);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary table rows', () => {
    const cell = fc.oneof(prose, fc.constantFrom('≥22', '—', '持续下降', '约束性', '%', '1/10万', '2025年目标', '指标', ''));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 6 }), (header, rows) => {
        const got = extractIndicatorTable(
          { header, rows: rows.map((cells, i) => ({ cells, start: i * 50, line: i + 1 })) },
          { planYear: 2024, annual: true, line: 1 },
        );
        for (const ind of got) expect(() => extractedIndicatorSchema.parse(ind)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
