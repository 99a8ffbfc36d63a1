import { describe, expect, it } from 'vitest';
import { findDeadlinePhrases } from '../../src/extract/dates/index.js';

const dates = (text: string) => findDeadlinePhrases(text, 2022).map((p) => p.date);

describe('findDeadlinePhrases: how long a policy applies is not a deadline', () => {
  it.each([
    ['实施期限至', '阶段性减免租金,实施期限至2022年12月31日。'],
    ['执行至', '缓缴政策执行至2023年3月31日。'],
    ['延长至', '贴息政策有效期延长至2022年9月30日。'],
    ['a start date chained after a period', '原补贴标准实施至2022年5月31日,2022年6月1日起按新标准发放。'],
    ['a range the policy runs over', '2022年7月1日至2023年6月30日实施阶段性缓缴政策。'],
  ])('%s', (_label, text) => {
    expect(dates(text)).toEqual([]);
  });

  it('keeps a date to finish by', () => {
    expect(dates('到2022年9月底完成全部改造,截至2022年12月31日全面建成。')).toEqual(['2022-09-30', '2022-12-31']);
  });
});
