import { describe, expect, it } from 'vitest';
import { closingTimeFrame } from '../../src/extract/dates/index.js';

describe('open-ended time frames', () => {
  it('looks past a closing attribution with brackets nested inside it', () => {
    expect(closingTimeFrame('建成健康村镇8个,全年持续推进。(牵头:市爱卫办;配合:各县(市、区)人民政府)')).toBe(true);
    expect(closingTimeFrame('建成健康村镇8个。(牵头:市爱卫办;配合:各县(市、区)人民政府)')).toBe(false);
  });

  it('does not take a yearly deadline inside the work for an open-ended frame (extraction.md: 每年 in a cell or label)', () => {
    expect(closingTimeFrame('将筛查结果纳入签约服务包,每年6月底前完成随访名单更新。')).toBe(false);
    expect(closingTimeFrame('筛查率保持在98%以上,每年十一月底前报送年度数据。')).toBe(false);
    expect(closingTimeFrame('将肺功能检查纳入常规体检,长期坚持。')).toBe(true);
  });
});
