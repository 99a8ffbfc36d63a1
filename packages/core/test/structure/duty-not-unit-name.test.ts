import { describe, expect, it } from 'vitest';
import { isUnitName } from '../../src/extract/units/unit-name.js';

describe('a duty that ends in an organisation suffix is not a unit name', () => {
  it('refuses cells that open with a verb of building or completing', () => {
    for (const duty of [
      '建成标准化村卫生室',
      '新建社区健身站',
      '改造乡镇卫生院',
      '完成标准化预防接种门诊所',
      '配备急救站',
      '实现县域医共体中心',
    ])
      expect(isUnitName(duty), duty).toBe(false);
  });
  it('still accepts the facilities themselves as units', () => {
    for (const unit of ['村卫生室', '乡镇卫生院', '县急救中心', '城关镇卫生院']) expect(isUnitName(unit), unit).toBe(true);
  });
});
