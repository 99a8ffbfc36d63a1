import { describe, expect, it } from 'vitest';
import { findBracketAttributions } from '../../src/extract/structure/bracket-attributions.js';
import { clearParseMemos } from '../../src/extract/per-parse-memo.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';

describe('findBracketAttributions asked again within a parse', () => {
  const dir = defaultUnitDirectory();
  const text = '加强慢性病筛查,建立健康档案。(市卫生健康委牵头,市教育局、市民政局配合)';

  it('gives the same attributions, each caller its own copy', () => {
    clearParseMemos();
    const first = findBracketAttributions(text, dir);
    expect(first[0]?.lead).toEqual(['市卫生健康委']);
    expect(first[0]?.participants).toEqual(['市教育局', '市民政局']);
    first[0]?.lead.push('市财政局');
    first[0]?.participants.splice(0);
    const again = findBracketAttributions(text, dir);
    expect(again[0]?.lead).toEqual(['市卫生健康委']);
    expect(again[0]?.participants).toEqual(['市教育局', '市民政局']);
    expect(again[0]).not.toBe(first[0]);
  });
});
