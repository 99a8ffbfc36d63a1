import { describe, expect, it } from 'vitest';
import { CRITERIA_LABELS, PERSON_LEADER_PREFIXES, PERSON_WORDS } from '../../src/extract/lexicons/person-labels.js';
import { isPersonLabel } from '../../src/extract/structure/role-labels.js';
import { headerRole } from '../../src/extract/structure/table-columns.js';
import { parseLabelled } from '../../src/extract/structure/attribution.js';
import { createUnitDirectory } from '../../src/extract/units/unit-directory.js';

const dir = createUnitDirectory();

describe('person lexicon', () => {
  it.each(PERSON_LEADER_PREFIXES.flatMap((p) => [`${p}领导`, `县${p}领导`, `${p}县级领导`]))('%s names people', (label) => {
    expect(isPersonLabel(label)).toBe(true);
    expect(headerRole(label)).toBe('person');
  });
  it.each(PERSON_WORDS.flatMap((w) => [w, `项目${w}`]))('%s names people', (label) => {
    expect(isPersonLabel(label)).toBe(true);
  });
  it.each(['领导小组', '组织领导', '加强领导', '牵头单位', '责任单位'])('%s does not', (label) => {
    expect(isPersonLabel(label)).toBe(false);
  });
  it.each([...PERSON_WORDS, ...CRITERIA_LABELS, '分管领导'])('a %s field ends the unit field before it and is never a unit', (label) => {
    const roles = parseLabelled(`牵头单位:县档案馆;${label}:周某某`, dir);
    expect(roles?.lead).toEqual(['县档案馆']);
    expect(roles?.participants).toEqual([]);
  });
});
