import { describe, expect, it } from 'vitest';
import { parseLabelled } from '../../src/extract/structure/attribution.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';

const dir = defaultUnitDirectory();

describe('按职责分工 in a labelled lead slot', () => {
  it('marks separate leads when the 牵头单位 slot says 按职责分工负责', () => {
    const r = parseLabelled('牵头单位:县住建局、县水利局按职责分工负责', dir);
    expect(r?.lead).toEqual(['县住建局', '县水利局']);
    expect(r?.separateLeads).toBe(true);
  });

  it('leaves an ordinary lead slot joint', () => {
    const r = parseLabelled('牵头单位:县住建局、县水利局;配合单位:县财政局', dir);
    expect(r?.lead).toEqual(['县住建局', '县水利局']);
    expect(r?.participants).toEqual(['县财政局']);
    expect(r?.separateLeads).toBe(false);
  });
});
