import type { ApiInput } from '../../api/types.js';

/** A unit's category code. */
export type UnitKind = NonNullable<ApiInput<'POST /api/units'>['body']['kind']>;

/** The zh-CN label of each unit category. */
export const KINDS: Record<UnitKind, string> = { department: '部门', district: '区县（镇街）', group: '领导小组/议事机构', other: '其他' };

/** Whether a stored kind is one of the known categories. */
export const isKind = (k: string): k is UnitKind => k in KINDS;

/** The fields of the unit form. */
export interface UnitValues {
  name: string;
  shortName?: string;
  kind?: UnitKind;
  aliases?: string[];
  active?: boolean;
}
