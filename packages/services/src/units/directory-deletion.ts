import type { JurisdictionRecord, JurisdictionUsage, UnitRecord, UnitUsage } from '@duban/storage';
import { DomainError } from '../errors.js';

/** How each kind of reference to a unit is named in messages: label and measure word. */
const UNIT_USAGE_TEXT: Record<keyof UnitUsage, [string, string]> = {
  assignments: ['任务分工', '条'],
  indicators: ['牵头指标', '项'],
  userRoles: ['用户角色', '个'],
  reports: ['进度报送', '条'],
  reportTallies: ['报送统计', '条'],
  indicatorValues: ['指标填报', '条'],
  notices: ['督办单', '份'],
  noticeReplies: ['督办回复', '条'],
  mergedUnits: ['已并入该单位的单位', '个'],
};

const JURISDICTION_USAGE_TEXT: Record<keyof JurisdictionUsage, [string, string]> = {
  children: ['下级行政区划', '个'],
  units: ['单位', '个'],
  plans: ['计划', '份'],
};

function listUsage<K extends string>(usage: Record<K, number>, text: Record<K, [string, string]>): string {
  return (Object.keys(text) as K[])
    .filter((k) => usage[k] > 0)
    .map((k) => `${text[k][0]} ${usage[k]} ${text[k][1]}`)
    .join('、');
}

/** True when any count is non-zero. */
export function inUse(usage: object): boolean {
  return Object.values(usage).some((n) => typeof n === 'number' && n > 0);
}

/**
 * `unit.in_use` (conflict): the unit is still referred to. The message says by what and suggests merging;
 * `details.usage` carries every count.
 *
 * @example
 * throw unitInUse(unit, { assignments: 3, userRoles: 1, ... }); // 单位“市体育局”仍被使用（任务分工 3 条、用户角色 1 个）…
 */
export function unitInUse(unit: Pick<UnitRecord, 'id' | 'name'>, usage: UnitUsage | null): DomainError {
  const what = usage ? `（${listUsage(usage, UNIT_USAGE_TEXT)}）` : '';
  return new DomainError(
    'conflict',
    'unit.in_use',
    `单位“${unit.name}”仍被使用${what}，不能删除。如是重复录入或已更名的单位，请改用“合并”，把它并入正确的单位。`,
    { unitId: unit.id, ...(usage ? { usage } : {}) },
  );
}

/** `jurisdiction.in_use` (conflict): child jurisdictions, units or plans still point at it; counts in `details.usage`. */
export function jurisdictionInUse(j: Pick<JurisdictionRecord, 'id' | 'name'>, usage: JurisdictionUsage | null): DomainError {
  const what = usage ? `（${listUsage(usage, JURISDICTION_USAGE_TEXT)}）` : '';
  return new DomainError(
    'conflict',
    'jurisdiction.in_use',
    `行政区划“${j.name}”下仍有内容${what}，不能删除。请先删除或移走其下级行政区划、单位和计划。`,
    { jurisdictionId: j.id, ...(usage ? { usage } : {}) },
  );
}
