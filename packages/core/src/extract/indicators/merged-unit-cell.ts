import { clean } from './indicator-columns.js';

/** Units of a rate: a row of another rate under a merged unit cell shares them. */
const RATE_UNIT_RE = /^(?:%|‰|‱)$/;
/** A name that measures a share or a level ("规范管理率", "人口比例", "健康素养水平"), a bracketed note after it aside. */
const RATE_NAME_RE = /(?:率|比例|比重|占比|水平)$/;
const isRateName = (name: string) => RATE_NAME_RE.test(clean(name).replace(/[((][^()()]*[))]$/, ''));

/**
 * The unit a row with an empty unit cell takes from the row above: a unit cell merged over several rows is written
 * once, in its first row ("%" beside five rates, the next rows' cells left blank or missing when flattened). Only a
 * rate unit carried between two rates: an empty cell beside a count may simply have no unit.
 *
 * @example carriedUnit({ name: '居民健康素养水平', unit: '%' }, '高血压患者规范管理率') // '%'
 * @example carriedUnit({ name: '健身步道数量', unit: '个' }, '健身场所数量') // null
 */
export function carriedUnit(above: { name: string; unit: string } | null, name: string): string | null {
  if (!above || !RATE_UNIT_RE.test(above.unit)) return null;
  return isRateName(above.name) && isRateName(name) ? above.unit : null;
}
