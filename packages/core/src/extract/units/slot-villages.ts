import { isUnitName } from './unit-name.js';
import type { UnitDirectory } from './unit-directory.js';

/** A village by its own name (东湖村, 团洲村): two to four characters of place before 村. */
const NAMED_VILLAGE = /^\p{Script=Han}{2,4}村$/u;
/** A kind of village, not one (行政村, 示范村, 城中村, 美丽乡村, 各村, 相关村). */
const VILLAGE_KIND =
  /(?:^(?:各|全|所有|相关|有关|其他|涉及|重点|试点)|乡|行政|自然|贫困|脱贫|示范|中心|空心|城中|文明|卫生|健康|无烟|宜居|搬迁|帮扶|薄弱|后进|先进|特色|传统|旅游|集体)村$/;

/**
 * The units of a labelled role slot (配合单位:东湖村、团洲村、镇水利站) when some of them are villages named alone,
 * which the name test refuses out of a slot (a 村 ends many words); null unless every part is a village or a unit.
 * The label says the value names units: a village there takes its part in the duty.
 */
export function slotUnitsWithVillages(value: string, dir: UnitDirectory): string[] | null {
  const parts = value.normalize('NFKC').replace(/\s+/g, '').split(/[、,]/).filter(Boolean);
  const village = (p: string) => NAMED_VILLAGE.test(p) && !VILLAGE_KIND.test(p);
  if (!parts.some(village) || !parts.every((p) => village(p) || isUnitName(p, dir))) return null;
  return parts;
}
