import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const ctx = { planYear: 2026, annual: true, line: 1 };
const read = (text: string) => extractIndicators(text, 0, ctx).map((i) => [i.target, i.unit]);

// Invented project descriptions: a building standard, a unit cost and a funding split are terms of the project.
describe('project standards and unit costs', () => {
  it('reads no target from a site standard written with 不得', () => {
    expect(read('乡镇须无偿提供建设用地,用地面积不得少于500平方米。')).toEqual([]);
  });
  it('reads no target from a unit cost or its funding split', () => {
    expect(read('每间造价标准8.2万元/间(其中:县级补助4.1万元/间,乡镇配套4.1万元/间)。')).toEqual([]);
  });
  it('keeps a count of rooms to build and a floor area to provide', () => {
    expect(read('年内新建12个标准化卫生室。')).toEqual([[12, '个']]);
    expect(read('建成社区活动中心,服务面积不少于400平方米。')).toEqual([[400, '平方米']]);
  });
  it('keeps a per-head standard raised to a level', () => {
    expect(read('人均经费补助标准提高到95元/人。')).toEqual([[95, '元/人']]);
  });
});
