import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const read = (text: string) =>
  extractIndicators(text, 0, { planYear: 2026, annual: true, line: 1 }).map((i) => [i.target, i.unit, i.comparator]);

describe('a reading note after the unit', () => {
  it('keeps the bound that follows the note', () => {
    expect(read('新推出“一件事一次办”事项(xiàng)100项(xiàng)以上。')).toEqual([[100, '项', '>=']]);
  });
});

describe('scores and volumes', () => {
  it('reads a score in 分 when it closes the target', () => {
    expect(read('群众满意度达到90分以上。')).toEqual([[90, '分', '>=']]);
    expect(read('分3批推进,分2步实施。')).toEqual([]);
    expect(read('5分钟急救圈覆盖率达到90%。')).toEqual([[90, '%', '=']]);
  });
  it('reads a count of copies in 册', () => {
    expect(read('印发健康科普读本3万册。')).toEqual([[3, '万册', '=']]);
  });
});

describe('a bare rate whose subject is in the clause before', () => {
  const texts = (t: string) => extractIndicators(t, 0, { planYear: 2026, annual: true, line: 1 }).map((i) => i.text);
  it('takes the clause before even when it names a population by age', () => {
    expect(texts('开展0—6岁儿童眼保健和视力检查,覆盖率达到90%。')).toEqual(['开展0—6岁儿童眼保健和视力检查,覆盖率达到90%']);
    expect(texts('为65岁以上老年人免费体检,体检率不低于70%。')).toEqual(['为65岁以上老年人免费体检,体检率不低于70%']);
  });
  it('not when the clause before has a target of its own', () => {
    expect(texts('新建5个站点,覆盖率达到93%。')).toEqual(['新建5个站点', '覆盖率达到93%']);
  });
});

describe('a bare number after its per-capita base', () => {
  it('is a rate per that base', () => {
    expect(read('脑卒中死亡率下降到每10万人120以下。')).toEqual([[120, '/10万', '<=']]);
  });

  it('keeps a measure word written after the number', () => {
    expect(read('孕产妇死亡率控制在12/10万以下。')).toEqual([[12, '/10万', '<=']]);
  });
});
