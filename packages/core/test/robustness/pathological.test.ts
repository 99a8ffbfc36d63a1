import { describe, expect, it } from 'vitest';
import { closingTimeFrame, findDeadlinePhrases, parseDeadlineCell, parseSignatureDate } from '../../src/extract/dates/index.js';
import { DocumentError, parsePlan } from '../../src/index.js';

// Inputs that used to make backtracking expressions go quadratic. Their growth (n against 4n) is measured by
// `npm run bench:growth`; here each entry point must finish on them with a sane answer.
const CASES: Record<string, string> = {
  'spaces after a year': `2021${' '.repeat(20_000)}x`,
  'spaces after a month': `6月${' '.repeat(20_000)}x`,
  'spaces before a label': `成文日期:${' '.repeat(20_000)}x`,
  'a run of dates': '2021年6月底前'.repeat(2_500),
  'open brackets': '('.repeat(20_000),
  'book titles never closed': '《2021年'.repeat(3_000),
  digits: '1'.repeat(20_000),
};

describe('pathological inputs', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`date and meta helpers return on ${name}`, () => {
      expect(() => parseDeadlineCell(text, 2021)).not.toThrow();
      expect(Array.isArray(findDeadlinePhrases(text, 2021))).toBe(true);
      expect(() => closingTimeFrame(text)).not.toThrow();
      expect(() => parseSignatureDate(text)).not.toThrow();
    });
    it(`parsePlan keeps the whole text of ${name}`, async () => {
      const input = `一、重点任务\n1.${text}\n2.推进全民健身(市体育局)`;
      try {
        const plan = await parsePlan({ text: input });
        expect(plan.tasks.some((t) => t.text.includes('推进全民健身'))).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(DocumentError);
      }
    });
  }
});
