import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headingOfLine, sectionAt } from '../../src/domain/source-section.js';

const plan = [
  '云溪区健康促进行动实施方案',
  '一、主要目标',
  '到2025年，居民健康素养水平达到30%，人均体育场地面积达到2.6平方米。',
  '二、重点任务',
  '（一）实施合理膳食行动。到2025年，成人肥胖增长率持续减缓，每万人营养指导员达到1名。',
  '1.开展减盐减油行动。（牵头单位：区卫生健康局）',
  '（二）实施控烟行动',
  '2.建设无烟机关。到2025年，无烟党政机关建成率达到100%。',
  '保障措施',
  '加强组织领导，经费纳入预算。',
].join('\n');
const at = (needle: string) => sectionAt(plan, plan.indexOf(needle));

describe('sectionAt', () => {
  it('names the nearest heading before a span, with its marker', () => {
    expect(at('居民健康素养')).toBe('一、主要目标');
    expect(at('无烟党政机关')).toBe('（二）实施控烟行动');
  });

  it('counts the line holding the span: an item heads its own indicators', () => {
    expect(at('每万人营养指导员')).toBe('（一）实施合理膳食行动');
  });

  it('takes an unnumbered section name and skips numbered duties', () => {
    expect(at('经费纳入预算')).toBe('保障措施');
    expect(at('减盐减油')).toBe('（一）实施合理膳食行动');
  });

  it('gives null before any heading and clamps offsets outside the text', () => {
    expect(sectionAt(plan, 0)).toBeNull();
    expect(sectionAt(plan, -5)).toBeNull();
    expect(sectionAt(plan, plan.length + 10)).toBe('保障措施');
  });
});

describe('headingOfLine', () => {
  it('ignores sentences and arabic items', () => {
    expect(headingOfLine('加强组织领导，经费纳入预算。')).toBeNull();
    expect(headingOfLine('1.开展减盐减油行动。')).toBeNull();
    expect(headingOfLine('第三章 保障措施')).toBe('第三章保障措施');
  });

  it('never throws and stays short on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(400), (s, n) => {
        const r = sectionAt(s, n);
        expect(r === null || (r.length > 0 && r.length <= 40)).toBe(true);
      }),
    );
  });
});
