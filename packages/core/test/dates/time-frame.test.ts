import { describe, expect, it } from 'vitest';
import { closingTimeFrame, yearlyDeadline } from '../../src/extract/dates/index.js';

describe('open-ended time frames', () => {
  it('looks past a closing attribution with brackets nested inside it', () => {
    expect(closingTimeFrame('建成健康村镇8个,全年持续推进。(牵头:市爱卫办;配合:各县(市、区)人民政府)')).toBe(true);
    expect(closingTimeFrame('建成健康村镇8个。(牵头:市爱卫办;配合:各县(市、区)人民政府)')).toBe(false);
  });

  it('takes a deadline that falls every year for an open-ended frame, not a yearly activity', () => {
    expect(yearlyDeadline('将筛查结果纳入签约服务包,每年6月底前完成随访名单更新。')).toBe(true);
    expect(yearlyDeadline('筛查率保持在98%以上,每年十一月底前报送年度数据。')).toBe(true);
    expect(yearlyDeadline('每年对35岁以上常住居民开展风险评估。')).toBe(false);
    expect(yearlyDeadline('2026年6月底前完成。')).toBe(false);
  });
});
