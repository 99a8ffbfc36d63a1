import { describe, expect, it } from 'vitest';
import { displayNumber, headingMarker } from '../../src/domain/display-number.js';

describe('headingMarker', () => {
  it('reads chapter, parenthesised and arabic markers', () => {
    expect(headingMarker('二、营造健康环境')).toBe('二');
    expect(headingMarker('(一)健康知识普及行动')).toBe('（一）');
    expect(headingMarker('（十二）其他')).toBe('（十二）');
    expect(headingMarker('3.加强宣传')).toBe('3');
    expect(headingMarker('附件')).toBeNull();
    expect(headingMarker('2.5倍')).toBeNull();
  });
});

describe('displayNumber', () => {
  it('prefixes the chapter so numbers that restart per chapter stay distinct', () => {
    expect(displayNumber(['二、营造健康环境'], '3')).toBe('二.3');
    expect(displayNumber(['三、构建健康社会'], '3')).toBe('三.3');
  });
  it('glues parenthesised markers', () => {
    expect(displayNumber(['二、重点任务', '(一)健康知识普及行动'], '1')).toBe('二（一）1');
    expect(displayNumber(['三、保障措施'], '(二)')).toBe('三（二）');
  });
  it('keeps a number that already carries its chapter, and works without number or path', () => {
    expect(displayNumber(['二、重点任务'], '二.4')).toBe('二.4');
    expect(displayNumber([], '7')).toBe('7');
    expect(displayNumber(['二、重点任务'], null)).toBe('二');
    expect(displayNumber(['附件'], null)).toBeNull();
    expect(displayNumber([], '  ')).toBeNull();
  });
});
