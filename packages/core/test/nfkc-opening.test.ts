import { describe, expect, it } from 'vitest';
import { ideographAt, nfkcSourcesOf } from '../src/extract/nfkc-opening.js';
import { classifyHeading, headingCore } from '../src/extract/structure/headings.js';

describe('ideographAt', () => {
  it('finds the first unified ideograph at or after the start, else the length', () => {
    expect(ideographAt('(一)ＡＢ：加强管理', 0)).toBe(1);
    expect(ideographAt('(一)ＡＢ：加强管理', 2)).toBe(6);
    expect(ideographAt('ＡＢ：', 0)).toBe(3);
  });

  it('cuts where the NFKC form of the opening is an opening of the NFKC form of the whole', () => {
    // Half-width katakana with a voicing mark, a combining accent and full-width forms next to the cuts.
    const texts = ['ｶﾞ要ｶﾞ求', 'e\u0301工作：e\u0301', '①②目标︓保障', '\ud840\udc00〇标 ：求'];
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        const cut = ideographAt(text, from);
        expect(text.normalize('NFKC').startsWith(text.slice(0, cut).normalize('NFKC'))).toBe(true);
      }
    }
  });
});

describe('nfkcSourcesOf', () => {
  it('holds the characters that normalise to one of the given ones, and surrogate halves', () => {
    const set = nfkcSourcesOf(':');
    expect(['：', ':', '︓', '﹕', '\ud840'].map((c) => set[c.charCodeAt(0)])).toEqual([1, 1, 1, 1, 1]);
    expect(['。', '工', ';'].map((c) => set[c.charCodeAt(0)])).toEqual([0, 0, 0]);
  });
});

describe('heading questions on long paragraphs', () => {
  const tail = '加强基层医疗卫生机构能力建设,完善分级诊疗制度。'.repeat(20);

  it('reads the core up to the first stop, whatever follows', () => {
    expect(headingCore(`工作目标：${tail}`)).toBe('工作目标');
    expect(headingCore(`工 作 目 标 ：${tail}`)).toBe('工作目标');
    // A stop in first place does not cut: the core is the whole text.
    expect(headingCore(`：工作目标${tail}`).length).toBeGreaterThan(100);
  });

  it('reads a label run onto its paragraph after a space', () => {
    expect(classifyHeading(`保障措施\u3000${tail}`)).toBe('safeguard');
    expect(classifyHeading(`   保障措施 ${tail}`)).toBe('safeguard');
    expect(classifyHeading(`加强基层医疗卫生机构能力建设 ${tail}`)).toBe(null);
  });
});
