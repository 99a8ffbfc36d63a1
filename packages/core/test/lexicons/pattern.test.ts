import { describe, expect, it } from 'vitest';
import { alternation, endsWithAny, escapeWord } from '../../src/extract/lexicons/pattern.js';

describe('patterns built from lexicon data', () => {
  it.each([
    [['甲', '乙乙'], '(?:甲|乙乙)'],
    [['a.b', '(c)'], '(?:a\\.b|\\(c\\))'],
    [[], '(?:)'],
  ])('joins %j in order as %s', (words, source) => {
    expect(alternation(words)).toBe(source);
  });
  it('escapes regex syntax so a word matches only itself', () => {
    expect(new RegExp(escapeWord('x+y')).test('x+y')).toBe(true);
    expect(new RegExp(escapeWord('x+y')).test('xxy')).toBe(false);
  });
  it.each([
    ['某县档案馆', true],
    ['某县档案馆藏', false],
  ])('endsWithAny: %s → %s', (text, ok) => {
    expect(endsWithAny(['馆', '院']).test(text)).toBe(ok);
  });
});
