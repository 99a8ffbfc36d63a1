import { describe, expect, it } from 'vitest';
import { markerValue, readMarker } from '../../src/extract/structure/numbering.js';
import { classifyHeading } from '../../src/extract/structure/headings.js';

describe('readMarker', () => {
  it('reads every numbering style', () => {
    const cases: [string, string, string][] = [
      ['一、总体要求', 'cn', '一'],
      ['(三)加强组织领导', 'pcn', '(三)'],
      ['\uff08十二\uff09实施行动', 'pcn', '(十二)'],
      ['1.加强健康知识传播', 'arabic', '1'],
      ['12、做好产前筛查', 'arabic', '12'],
      ['3\uff0e推进', 'arabic', '3'],
      ['1000. 推进第一千项工作', 'arabic', '1000'],
      ['1899、完善机制', 'arabic', '1899'],
      ['(2)开展筛查', 'parabic', '(2)'],
      ['①建立制度', 'circled', '①'],
      ['第十二条 本办法', 'article', '第十二条'],
      ['第二章 工作职责', 'chapter', '第二章'],
    ];
    for (const [line, style, number] of cases) expect(readMarker(line), line).toMatchObject({ style, number });
  });
  it('does not read years, decimals or hotline numbers as markers', () => {
    for (const line of [
      '2021年底前完成',
      '2025.全市完成评估',
      '2026、2027年持续推进',
      '1.5万人参加',
      '12320热线',
      '一是加强宣传,二是强化考核',
    ])
      expect(readMarker(line), line).toBeNull();
  });
  it('swallows a mirror-duplicated marker', () => {
    const m = readMarker('(三)(三)加强宣传');
    expect(m?.number).toBe('(三)');
    expect('(三)(三)加强宣传'.slice(m?.length)).toBe('加强宣传');
  });
  it('gives numeric values', () => {
    expect(markerValue('(二十三)')).toBe(23);
    expect(markerValue('十')).toBe(10);
    expect(markerValue('⑤')).toBe(5);
  });
});

describe('classifyHeading', () => {
  it('judges by the head noun', () => {
    expect(classifyHeading('保障措施')).toBe('safeguard');
    expect(classifyHeading('加强支撑保障')).toBe('safeguard');
    expect(classifyHeading('工作要求')).toBe('safeguard');
    expect(classifyHeading('实施健康保障完善行动。')).toBeNull();
    expect(classifyHeading('公共安全保障行动')).toBeNull();
    expect(classifyHeading('医疗保障')).toBeNull();
    // Caring for patients is an action area too.
    expect(classifyHeading('四、救治保障')).toBeNull();
    expect(classifyHeading('实施步骤')).toBe('step');
    expect(classifyHeading('总体目标和基本原则')).toBe('preamble');
    expect(classifyHeading('主要内容及任务')).toBeNull();
    // The supply of land, credit and labour to firms is an action area of a business-climate plan.
    expect(classifyHeading('强化要素保障')).toBeNull();
    expect(classifyHeading('组织保障')).toBe('safeguard');
  });
});

describe('classifyHeading on goals', () => {
  it('takes goal and background headings as preambles, not duties ending in the same noun', () => {
    expect(classifyHeading('行动目标')).toBe('preamble');
    expect(classifyHeading('存在的问题')).toBe('preamble');
    expect(classifyHeading('指导思想')).toBe('preamble');
    expect(classifyHeading('着力解决群众看病难问题')).toBeNull();
    expect(classifyHeading('确保实现年度工作目标')).toBeNull();
  });
});
