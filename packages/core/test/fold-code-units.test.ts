import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../src/extract/dates/calendar.js';
import { foldCodeUnits, halfWidthMap } from '../src/extract/fold-code-units.js';
import { foldWidth } from '../src/extract/structure/lines.js';

// The width folds run through a code-unit table; these hold them to the regex replacements they replace.
const wide = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);
const referenceHalfWidth = (s: string) => s.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : wide(c)));
const referenceFoldWidth = (s: string) => s.replace(/[\uFF01-\uFF5E]/g, wide).replace(/[\u3000\u00a0]/g, ' ');

const pieces = [
  '２０２５',
  '年',
  '，',
  '：',
  '（',
  '）',
  '！',
  '～',
  '\uff00',
  '\uff5f',
  '\u3000',
  '\u00a0',
  ' ',
  'a',
  '达到',
  '\ud83d',
  '\ude00',
  '\n',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((xs) => xs.join(''));

describe('foldCodeUnits', () => {
  it('folds full-width ASCII and the ideographic space, and returns unchanged text as it is', () => {
    expect(foldCodeUnits('到２０２５年，达到９５％', halfWidthMap())).toBe('到2025年,达到95%');
    const plain = '到2025年,达到95%';
    expect(foldCodeUnits(plain, halfWidthMap())).toBe(plain);
  });

  it('keeps toHalfWidth and foldWidth equal to their regex definitions', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, long) => {
        const t = long ? s.repeat(300) : s;
        expect(toHalfWidth(t)).toBe(referenceHalfWidth(t));
        expect(foldWidth(t)).toBe(referenceFoldWidth(t));
      }),
      { numRuns: 200 },
    );
  });
});
