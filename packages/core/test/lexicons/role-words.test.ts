import { describe, expect, it } from 'vitest';
import {
  LEAD_ROLE_WORDS,
  ORG_NOUNS,
  PART_ROLE_WORDS,
  PART_VERBS,
  RESP_ROLE_WORDS,
  CARRY_OUT_VERBS,
} from '../../src/extract/lexicons/role-words.js';
import { headerRole } from '../../src/extract/structure/table-columns.js';
import { isLabelLine, parseAttributionText } from '../../src/extract/structure/attribution.js';
import { createUnitDirectory } from '../../src/extract/units/unit-directory.js';

const dir = createUnitDirectory();
const pairs = <A extends string, B extends string>(xs: readonly A[], ys: readonly B[]) => xs.flatMap((x) => ys.map((y) => `${x}${y}`));

describe('role lexicon: every role morpheme + organisation noun is a label', () => {
  it.each(pairs(LEAD_ROLE_WORDS, ORG_NOUNS))('lead header %s', (label) => {
    expect(headerRole(label)).toBe('lead');
  });
  it.each(pairs(PART_ROLE_WORDS, ORG_NOUNS))('participant header %s', (label) => {
    expect(headerRole(label)).toBe('part');
  });
  it.each(pairs(RESP_ROLE_WORDS, ORG_NOUNS))('responsibility header %s', (label) => {
    expect(headerRole(label)).toBe('resp');
  });
  it.each([...pairs(LEAD_ROLE_WORDS, ORG_NOUNS), ...pairs(PART_ROLE_WORDS, ORG_NOUNS), ...pairs(RESP_ROLE_WORDS, ORG_NOUNS)])(
    'labelled field line %s:…',
    (label) => {
      expect(isLabelLine(`${label}:县档案馆`)).toBe(true);
    },
  );
  it.each(['工作内容', '单位', '主要成效'])('not a role label: %s', (label) => {
    expect(isLabelLine(`${label}:县档案馆`)).toBe(false);
    expect(['lead', 'part', 'resp']).not.toContain(headerRole(label));
  });
});

describe('role lexicon: verbs after a unit list', () => {
  it.each(PART_VERBS)('"X牵头,Y%s": Y takes part', (verb) => {
    const roles = parseAttributionText(`县档案馆牵头,县气象局${verb}`, dir);
    expect(roles?.lead).toEqual(['县档案馆']);
    expect(roles?.participants).toEqual(['县气象局']);
  });
  it.each(PART_VERBS)('"Y%s" alone: Y takes part, no lead', (verb) => {
    const roles = parseAttributionText(`县气象局${verb}`, dir);
    expect(roles?.lead).toEqual([]);
    expect(roles?.participants).toEqual(['县气象局']);
  });
  it.each(CARRY_OUT_VERBS)('"X%s": X leads alone', (verb) => {
    const roles = parseAttributionText(`县档案馆${verb}`, dir);
    expect(roles?.lead).toEqual(['县档案馆']);
    expect(roles?.participants).toEqual([]);
  });
});
