import { describe, expect, it } from 'vitest';
import { DEPARTMENT_SUFFIXES, NOT_ORG_ENDINGS, ORG_SUFFIXES, TEAM_PREFIXES } from '../../src/extract/lexicons/org-suffixes.js';
import { GROUP_ENDINGS, GROUP_QUALIFIERS } from '../../src/extract/lexicons/group-endings.js';
import { ISSUER_ENDINGS } from '../../src/extract/lexicons/issuer-endings.js';
import { isUnitName, splitUnitList } from '../../src/extract/units/unit-name.js';
import { orgShaped } from '../../src/extract/meta/issuer.js';

// Domain bodies no directory knows, so only the morphology can say they are names.
const BODY = '青禾县蚕桑服务';

describe('organisation-suffix lexicon', () => {
  it.each(ORG_SUFFIXES.filter((s) => s !== '组'))('body + %s is a unit name', (suffix) => {
    expect(isUnitName(`${BODY}${suffix}`)).toBe(true);
  });
  it('state forest and farm enterprises are units in a list', () => {
    expect(splitUnitList('县林业局、各国有林场、青禾农场')).toEqual(['县林业局', '各国有林场', '青禾农场']);
  });
  it('publishers and railway or highway stretch units are units in a list; a bare 路段 is not', () => {
    expect(splitUnitList('省交通运输厅、中铁某局集团某车务段、某某出版社、县公路管理段')).toEqual([
      '省交通运输厅',
      '中铁某局集团某车务段',
      '某某出版社',
      '县公路管理段',
    ]);
    expect(isUnitName('高风险路段')).toBe(false);
  });
  it.each(TEAM_PREFIXES)('a team of kind %s组 is a unit, a bare …组 is not', (prefix) => {
    expect(isUnitName(`${BODY}${prefix}组`)).toBe(true);
  });
  it('a word ending in 组 that names no team is not a unit', () => {
    expect(isUnitName(`${BODY}词组`)).toBe(false);
  });
  it.each(NOT_ORG_ENDINGS)('a phrase ending in %s is not a unit', (ending) => {
    expect(isUnitName(`青禾县${ending}`)).toBe(false);
  });
  it.each(GROUP_ENDINGS)('各 + a kind ending in %s is a group unit', (ending) => {
    expect(isUnitName(`各${ending}`.length >= 3 ? `各${ending}` : `县直各${ending}`)).toBe(true);
  });
  it.each(GROUP_QUALIFIERS.flatMap((q) => ['乡镇', '县区', '街道', '企业'].map((k) => `${q}${k}`)))(
    'a qualified kind without 各 is a group unit: %s',
    (name) => {
      expect(isUnitName(name)).toBe(true);
      expect(splitUnitList(`县档案馆、${name}`)).toEqual(['县档案馆', name]);
    },
  );
  it.each(['相关工作', '有关要求', '涉及资金'])('a qualified noun that is no kind of unit is not: %s', (phrase) => {
    expect(isUnitName(phrase)).toBe(false);
  });
  it.each(DEPARTMENT_SUFFIXES)('a level prefix given once covers a following …%s', (suffix) => {
    expect(splitUnitList(`县蚕桑局、林果${suffix}`)).toEqual(['县蚕桑局', `县林果${suffix}`]);
  });
  it.each(ISSUER_ENDINGS)('a signature line ending in %s reads as an issuer', (ending) => {
    expect(orgShaped(`青禾县蚕桑${ending}`)).toBe(true);
  });
  it('a signature line ending in an ordinary noun does not', () => {
    expect(orgShaped('青禾县蚕桑产业')).toBe(false);
  });
});
