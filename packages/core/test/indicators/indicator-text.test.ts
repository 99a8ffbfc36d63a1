import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClauseIndex, halfWidth, QuotedSpans } from '../../src/extract/indicators/indicator-text.js';

// The helpers scan char codes through tables and lazy masks for speed; these properties hold them to the plain
// definitions they replace (kept below as reference implementations), so a faster scan cannot change a result.

const text = (pieces: string[], maxLength: number) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((xs) => xs.join(''));

/** Quotation marks as first defined: the closer searched for in a window of 40 characters after the opener. */
function referenceQuoted(s: string): boolean[] {
  const openers: Record<string, string> = { '“': '”', '《': '》', '〔': '〕', '「': '」', '『': '』', '‘': '’' };
  const mask = new Array<boolean>(s.length).fill(false);
  let i = 0;
  while (i < s.length) {
    const ch = s[i] ?? '';
    const close = openers[ch] ?? (ch === '"' ? '"' : undefined);
    const rel = close === undefined ? -1 : s.slice(i + 1, i + 41).indexOf(close);
    if (rel < 0) {
      i++;
      continue;
    }
    for (let k = i; k <= i + 1 + rel; k++) mask[k] = true;
    i = i + 2 + rel;
  }
  return mask;
}

/** Clause and sentence bounds as first defined: per offset, by sets of break characters and regexes. */
function referenceBounds(s: string) {
  const comma = new Set([',', ';', '。', '!', '?', '\n']);
  const sentence = new Set(['。', ';', '!', '?', '\n']);
  const isBreak = (i: number) => {
    const ch = s[i] ?? '';
    if (!comma.has(ch)) return false;
    return !(ch === ',' && /\d/.test(s[i - 1] ?? '') && /^\d{3}(?!\d)/.test(s.slice(i + 1, i + 5)));
  };
  const isWrap = (lineStart: number, at: number) => {
    let k = at - 1;
    while (k >= lineStart && /\s/.test(s[k] ?? '')) k--;
    if (k - lineStart + 1 < 20) return false;
    return !/[。;!?:,、)」”》]/.test(s[k] ?? '');
  };
  const n = s.length;
  const hard: boolean[] = [];
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    if (s[i] === '\n') {
      hard[i] = !isWrap(lineStart, i);
      lineStart = i + 1;
    } else hard[i] = isBreak(i);
  }
  const clauseFrom: number[] = [];
  const enumFrom: number[] = [];
  const sentenceFrom: number[] = [];
  let c = 0;
  let e = 0;
  let t = 0;
  let depth = 0;
  for (let i = 0; i <= n; i++) {
    clauseFrom.push(c);
    enumFrom.push(e);
    sentenceFrom.push(t);
    if (i === n) break;
    const ch = s[i];
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    if (hard[i]) {
      c = i + 1;
      depth = 0;
    }
    if (hard[i] || (ch === '、' && depth === 0)) e = i + 1;
    if (hard[i] && sentence.has(ch ?? '')) t = i + 1;
  }
  const clauseTo: number[] = [];
  const sentenceTo: number[] = [];
  let a = n;
  let b = n;
  for (let i = n; i >= 0; i--) {
    if (i < n && hard[i]) a = i;
    if (i < n && hard[i] && sentence.has(s[i] ?? '')) b = i;
    clauseTo[i] = a;
    sentenceTo[i] = b;
  }
  const linesBefore = (i: number) => s.slice(0, i).split('\n').length - 1;
  return { clauseFrom, enumFrom, sentenceFrom, clauseTo, sentenceTo, linesBefore };
}

describe('halfWidth', () => {
  it('folds full-width ASCII, the ideographic space and traditional target characters one for one', () => {
    expect(halfWidth('到２０２５年，普及率達到９５％以上；全市個數　（不含）')).toBe('到2025年,普及率达到95%以上;全市个数 (不含)');
    expect(halfWidth('兩個條件萬人')).toBe('两个条件万人');
    const plain = '到2025年,普及率达到95%。';
    expect(halfWidth(plain)).toBe(plain);
    // Long text is turned into a string in chunks; nothing is lost or doubled at their seams.
    expect(halfWidth('１２３達'.repeat(5000))).toBe('123达'.repeat(5000));
  });

  it('maps each code unit on its own', () => {
    const pieces = ['达', '達', '個', '０', '９', '％', '，', '　', 'a', 'Ａ', '~', '～', '\ud83d', '\ude00', '\n', '年', ' '];
    fc.assert(
      fc.property(text(pieces, 200), (s) => {
        const out = halfWidth(s);
        expect(out.length).toBe(s.length);
        expect(out).toBe(Array.from({ length: s.length }, (_, i) => halfWidth(s.charAt(i))).join(''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('QuotedSpans', () => {
  it('takes a closer up to 40 characters after its opener, not one further', () => {
    const within = `《${'健'.repeat(39)}》2030`;
    const beyond = `《${'健'.repeat(40)}》2030`;
    expect([0, 20, 40].map((i) => new QuotedSpans(within).has(i))).toEqual([true, true, true]);
    expect(new QuotedSpans(within).has(41)).toBe(false);
    expect([0, 20, 41].map((i) => new QuotedSpans(beyond).has(i))).toEqual([false, false, false]);
  });

  it('marks what the first definition of quoted text marks', () => {
    const pieces = [
      '“',
      '”',
      '《',
      '》',
      '〔',
      '〕',
      '「',
      '」',
      '『',
      '』',
      '‘',
      '’',
      '"',
      '健康',
      '2030',
      '323',
      ',',
      'x',
      'x'.repeat(7),
      'x'.repeat(15),
      '\n',
    ];
    fc.assert(
      fc.property(text(pieces, 40), (s) => {
        const quoted = new QuotedSpans(s);
        const want = referenceQuoted(s);
        for (let i = 0; i < s.length; i++) expect(quoted.has(i), `offset ${i} of ${JSON.stringify(s)}`).toBe(want[i]);
      }),
      { numRuns: 400 },
    );
  });
});

describe('ClauseIndex', () => {
  it('gives the clause, list-member and sentence bounds of the first definition at every offset', () => {
    const pieces = [
      ',',
      ';',
      '。',
      '!',
      '?',
      '\n',
      '、',
      '(',
      ')',
      ':',
      '」',
      '1',
      '6',
      '0',
      '00',
      '1,600',
      ' ',
      '普及率',
      '达到',
      '县(市、区)',
      '全市健康促进医院建设覆盖率',
    ];
    fc.assert(
      fc.property(text(pieces, 50), (s) => {
        const ix = new ClauseIndex(s);
        const want = referenceBounds(s);
        for (let i = 0; i <= s.length; i++) {
          const at = `offset ${i} of ${JSON.stringify(s)}`;
          expect(ix.clauseStart(i), at).toBe(want.clauseFrom[i]);
          expect(ix.clauseStart(i, true), at).toBe(want.enumFrom[i]);
          expect(ix.sentenceStart(i), at).toBe(want.sentenceFrom[i]);
          expect(ix.clauseEnd(i), at).toBe(want.clauseTo[i]);
          expect(ix.sentenceEnd(i), at).toBe(want.sentenceTo[i]);
          expect(ix.linesBefore(i), at).toBe(want.linesBefore(i));
        }
      }),
      { numRuns: 300 },
    );
  });
});
