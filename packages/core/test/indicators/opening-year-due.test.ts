import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const dues = (text: string) => extractIndicators(text, 0, { planYear: 2020, annual: false, line: 1 }).map((i) => [i.target, i.due]);

describe('a bare year opening a goal sentence', () => {
  it('"2022年,…达到25%" is read as 到2022年, through the sentence', () => {
    expect(dues('2022年,全市居民健康素养水平达到25%,健康生活方式加快推广。')).toEqual([[25, '2022-12-31']]);
    expect(dues('2030年,全民健康素养水平大幅提升,居民健康素养水平达到35%,重大慢性病过早死亡率降至13%以下。')).toEqual([
      [35, '2030-12-31'],
      [13, '2030-12-31'],
    ]);
  });
  it('is no deadline inside a sentence or without its comma', () => {
    expect(dues('全市2022年居民健康素养水平达到25%。')).toEqual([[25, null]]);
  });
});
