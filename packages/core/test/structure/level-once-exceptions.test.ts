import { describe, expect, it } from 'vitest';
import { splitUnitList } from '../../src/extract/units/unit-name.js';

describe('a level prefix written once for a list, and the names that do not inherit it', () => {
  it('still gives the level to bare departments after the first', () => {
    expect(splitUnitList('市住房城乡建设局、交通运输局')).toEqual(['市住房城乡建设局', '市交通运输局']);
    expect(splitUnitList('区交通运输局、公安分局交警大队')).toEqual(['区交通运输局', '区公安分局交警大队']);
  });

  it('leaves the bodies of other places (相关/有关…) as written', () => {
    expect(splitUnitList('省农业农村厅、相关市(州)农业农村局')).toEqual(['省农业农村厅', '相关市(州)农业农村局']);
    expect(splitUnitList('市水利局、有关县(区)水利局')).toEqual(['市水利局', '有关县(区)水利局']);
  });

  it('leaves a section of a police branch named after its place as written', () => {
    expect(splitUnitList('区市场监管局、公安东丽分局治安支队')).toEqual(['区市场监管局', '公安东丽分局治安支队']);
  });
});

describe('a 市 that only begins a word of the first name', () => {
  it('gives no level to the names after it', () => {
    expect(splitUnitList('市场监管总局、商务部、海关总署')).toEqual(['市场监管总局', '商务部', '海关总署']);
    expect(splitUnitList('市容环卫局、水务局')).toEqual(['市容环卫局', '水务局']);
    expect(splitUnitList('市民政局、商务局')).toEqual(['市民政局', '市商务局']);
  });

  it('still reads a 市 before 市场 as the level', () => {
    expect(splitUnitList('市市场监管局、商务局')).toEqual(['市市场监管局', '市商务局']);
  });
});
