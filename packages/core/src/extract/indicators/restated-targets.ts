import type { ExtractedIndicator } from '../plan-schema.js';

/**
 * Drops a target written in prose that a table row states again with its baseline ("到2030年,人均体育场地面积达到
 * 3.0平方米。主要指标如下:" above the row "人均体育场地面积(平方米) 2.45 2.8 3.0"): the same measure, value, unit and
 * deadline, read twice. The row keeps the baseline; the prose copy adds nothing.
 */
export function withoutRestatedTargets(indicators: ExtractedIndicator[]): ExtractedIndicator[] {
  const withBaseline = indicators.filter((i) => i.baseline !== null && i.name.length >= 4);
  if (withBaseline.length === 0) return indicators;
  const restated = (i: ExtractedIndicator) =>
    i.baseline === null &&
    withBaseline.some(
      (r) =>
        r.target === i.target &&
        r.unit === i.unit &&
        r.due === i.due &&
        r.due !== null &&
        (i.name.includes(r.name) || r.name.includes(i.name)),
    );
  return indicators.filter((i) => !restated(i));
}
