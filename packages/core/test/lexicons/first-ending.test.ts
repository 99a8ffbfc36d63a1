import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstEndingOf } from '../../src/extract/lexicons/pattern.js';
import { NOT_ORG_ENDINGS, ORG_SUFFIXES } from '../../src/extract/lexicons/org-suffixes.js';

describe('firstEndingOf', () => {
  it('finds the first ending in the order given', () => {
    const longestFirst = firstEndingOf(['管委会', '委员会', '会']);
    expect(longestFirst('经济区管委会')).toBe('管委会');
    expect(firstEndingOf(['会', '管委会'])('经济区管委会')).toBe('会');
    expect(longestFirst('市卫生健康局')).toBeUndefined();
    expect(longestFirst('')).toBeUndefined();
  });

  it('answers as a scan of every word does, on texts built from the lexicon', () => {
    const words = [...ORG_SUFFIXES, ...NOT_ORG_ENDINGS];
    const find = firstEndingOf(words);
    const text = fc.array(fc.constantFrom(...words, '市', '卫生', '(', ')', '甲'), { maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(find(t)).toBe(words.find((w) => t.endsWith(w)));
      }),
      { numRuns: 3000 },
    );
  });
});
