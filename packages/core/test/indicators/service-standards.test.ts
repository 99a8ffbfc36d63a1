import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const ctx = { planYear: 2026, annual: true, line: 1 };
const read = (text: string) => extractIndicators(text, 0, ctx).map((i) => [i.target, i.unit, i.comparator]);
const texts = (text: string) => extractIndicators(text, 0, ctx).map((i) => i.text);

describe('time spans as service standards', () => {
  it('reads a span capped by an at-most verb and closed by 内', () => {
    expect(read('施工许可办理时间压减至5个工作日内。')).toEqual([[5, '个工作日', '<=']]);
  });
  it('reads a span followed by 办结 as an upper limit, each list member in its own unit', () => {
    expect(read('户籍迁移业务2个环节、1个工作日办结。')).toEqual([
      [2, '个环节', '='],
      [1, '个工作日', '<='],
    ]);
  });
  it('leaves a limit counted from an event alone', () => {
    expect(read('收到申请后3个工作日内办结,10个工作日内公开。')).toEqual([]);
  });
});

describe('measure words', () => {
  it('reads power, racks, trillions and lessons', () => {
    expect(read('光伏装机达到150万千瓦,新增服务器机架2万架,发行债券1.2万亿元,每周开设3节体育课。')).toEqual([
      [150, '万千瓦', '='],
      [2, '万架', '='],
      [1.2, '万亿元', '='],
      [3, '节', '='],
    ]);
  });
});

describe('the text a target is read from', () => {
  it('keeps a short note inside the noun', () => {
    expect(texts('每所学校至少配备1名专(兼)职卫生保健人员(县教育局)。')).toEqual(['每所学校至少配备1名专(兼)职卫生保健人员']);
  });
  it('reads once a value cell that restates the target of its duty', () => {
    expect(read('政务服务事项网上可办率不低于95%\n≥95%')).toEqual([[95, '%', '>=']]);
    expect(read('涉企检查次数同比下降15%\n同比下降15%')).toEqual([[15, '%', 'decrease_by']]);
  });
  it('keeps two equal targets of one line', () => {
    expect(read('完成宫颈癌检查3万人、乳腺癌检查3万人。')).toEqual([
      [3, '万人', '='],
      [3, '万人', '='],
    ]);
  });
});

describe('a bare rate as the subject', () => {
  it('takes the clause before, which says what the rate is of', () => {
    expect(texts('为辖区老年人免费开展健康体检,体检率达到75%。')).toEqual(['为辖区老年人免费开展健康体检,体检率达到75%']);
  });
  it('does not reach over a line break', () => {
    expect(texts('责任人:张伟\n可办率达到98%')).toEqual(['可办率达到98%']);
  });
});

describe('a later deadline that closes the work of the whole count', () => {
  const dues = (text: string) => extractIndicators(text, 0, ctx).map((i) => i.due);
  it('binds 全部 + a closing verb to the target before it', () => {
    expect(dues('新建社区养老服务站8处,10月底前全部投入运营。')).toEqual(['2026-10-31']);
    expect(dues('改造老旧小区12个,11月底前全部竣工。')).toEqual(['2026-11-30']);
  });
  it('leaves an open-ended later clause alone', () => {
    expect(dues('新建社区养老服务站8处,10月底前开展一次评估。')).toEqual(['2026-12-31']);
  });
});
