import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';

const ctx = { planYear: 2023, annual: true, line: 1 };
const targets = (text: string) => extractIndicators(text, 0, ctx).map((i) => `${i.target}${i.unit}`);

describe('extractIndicators: policy figures are not targets', () => {
  it.each([
    ['a headcount that picks out firms', '对在岗员工50人(含)以下的商户免收检测费,对员工50人以上的企业减半收取。'],
    ['a refund computed on a base', '对中型企业按其上年度实际缴纳保险费的40%返还。'],
    ['a fee rate lowered for a period', '2023年1月1日至12月31日阶段性下调失业保险费率20%。'],
    ['a relaxed limit', '减员率放宽到不超过在册人数10%。'],
    ['money that opens a clause', '投资3000万元,改造乡村道路;计划投资850万元,完成校舍维修。'],
    ['a subsidy standard', '对村级养老站按照每年每站3万元的标准给予补贴。'],
    ["a document site's own counts", '下面是小编为您推荐的乡村振兴工作计划5篇'],
    ['a bare list marker after a space', '一期工程9月底投入使用 2、二期工程年底前开工'],
  ])('%s', (_label, text) => {
    expect(targets(text)).toEqual([]);
  });

  it.each([
    ['an amount of investment to complete', '全年完成投资120亿元。', ['120亿元']],
    ['a funding floor per head', '区财政按每人不低于2元标准安排专项经费。', ['2元']],
    ['a count of firms to serve', '新增服务企业30家以上。', ['30家']],
  ])('keeps %s', (_label, text, want) => {
    expect(targets(text)).toEqual(want);
  });
});
