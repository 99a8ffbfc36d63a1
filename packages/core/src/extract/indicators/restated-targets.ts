import type { ExtractedIndicator } from '../plan-schema.js';

/** The same words, possibly in another order ("县区职业健康检查机构覆盖率" / "职业健康检查机构县区覆盖率"). */
function sameChars(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

const sameMeasure = (a: string, b: string) => a.includes(b) || b.includes(a) || sameChars(a, b);

/**
 * Drops a target written in prose that another reading states again with more to it: a table row with its baseline
 * ("到2030年,人均体育场地面积达到3.0平方米。主要指标如下:" above the row "人均体育场地面积(平方米) 2.45 2.8 3.0"),
 * or a row with the deadline that the prose copy lacks ("每千人拥有社会体育指导员不少于3名" beside the row giving ≥3
 * for 2030). The same measure, value and unit read twice; the copy adds nothing.
 */
export function withoutRestatedTargets(indicators: ExtractedIndicator[]): ExtractedIndicator[] {
  const withBaseline = indicators.filter((i) => i.baseline !== null && i.name.length >= 4);
  const dated = indicators.filter((i) => i.due !== null && i.name.length >= 4);
  const restated = (i: ExtractedIndicator) =>
    i.baseline === null &&
    (withBaseline.some(
      (r) =>
        r.target === i.target &&
        r.unit === i.unit &&
        r.due === i.due &&
        r.due !== null &&
        (i.name.includes(r.name) || r.name.includes(i.name)),
    ) ||
      (i.due === null &&
        i.name.length >= 4 &&
        dated.some((r) => r !== i && r.target === i.target && r.unit === i.unit && sameMeasure(i.name, r.name))));
  return indicators.filter((i) => !restated(i));
}
