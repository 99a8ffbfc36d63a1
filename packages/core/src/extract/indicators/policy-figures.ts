/**
 * Numbers that set the terms of a policy or describe money rather than a target to reach:
 * eligibility thresholds ("职工30人(含)以下的企业"), refund and fee rates ("按上年缴费的30%返还", "下调费率50%"),
 * relaxed limits ("放宽到不超过…20%"), investments ("投资5000万元"), subsidy standards ("每院5万元的标准"),
 * a document site's own counts ("为您推荐…7篇") and a bare list marker ("3、").
 * Traditional forms that the indicator fold keeps (調, 寬, 還) are matched as well.
 */

/** An organisation picked out by its headcount: "30人(含)以下的企业", "50人以上的用人单位". */
const HEADCOUNT_THRESHOLD_RE =
  /^\s?(?:[((]含[))])?(?:及以上|以上|及以下|以下)(?:[((]含[))])?的?(?:用人单位|小微企业|中小企业|企业|單位|单位|公司|机构|機構|商户|個體|个体)/;
/** A refund or payment computed on some base: "按…缴纳…的30%返还". */
const RATE_ON_BASE_BEFORE_RE = /按[^,;。,;]{0,30}的\s*$/;
const RATE_ON_BASE_AFTER_RE = /^\s?(?:给予|予以)?(?:返还|返還|退还|退還|补贴|补助|奖励|獎勵|减免|減免|发放|發放)/;
/** A fee rate lowered or raised by the policy: "阶段性下调工伤保险费率50%". */
const FEE_RATE_BEFORE_RE = /(?:[下上][调調]|降低|减征|減征)[^,;。,;]{0,14}费率\s*$/;
/** A limit the policy relaxes: "裁员率放宽到不超过职工总数20%". */
const RELAXED_LIMIT_BEFORE_RE = /放[宽寬](?:到|至)[^,;。,;]{0,20}$/;
/**
 * Money a clause opens with, as the cost of the work that follows ("投资5000万元,提升改造…", "计划投资…"); an
 * amount to complete ("完成投资150亿元") is a target.
 */
const INVESTMENT_BEFORE_RE = /(?:^|[,,;;。\s|])(?:计划|計劃)?(?:总投资|投资|投資)(?:约|約)?\s*$/;
/** A subsidy standard: "按照平均每年每院5万元的标准给予补助" (a funding floor, "按每人1元标准安排", is a target). */
const STANDARD_AFTER_RE = /^\s?的标准(?:给予|予以|發放|发放)/;
/**
 * A unit cost or a funding split: "建设经费标准9.6万元/间", "省级补助4.8万元/间". A standard raised to a level
 * ("补助标准提高到90元/人") is a target.
 */
const UNIT_COST_AFTER_RE = /^\s?[//]\s?(?:间|个|所|座|套|户|人|床|张|亩|平方米|㎡|平米)/;
const RAISED_RE = /提高|提升|增加|增至|达到|不低于|不少于|上调/;
/**
 * A building standard: "用地面积不得少于300平方米" sets what a site must have, not a result to reach ("服务面积不少于
 * 300平方米" in a plan's goal is a target).
 */
const AREA_STANDARD_BEFORE_RE = /不得(?:少于|低于|小于)\s*$/;
/** A document-sharing site recommending its own pages. */
const SITE_FURNITURE_RE = /(?:小编|小編|为您推荐|為您推薦|精心推荐|范文|範文)/;

/** Whether the quantity at `start` (its measure word ending at `unitEnd`) is a policy figure or a breakdown. */
export function isPolicyFigure(text: string, start: number, unit: string, unitEnd: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const clause = before.slice(Math.max(...[',', ',', ';', ';', '。', '\n'].map((c) => before.lastIndexOf(c))) + 1);
  const after = text.slice(unitEnd, unitEnd + 12);
  if (/^(?:人|名)$/.test(unit) && HEADCOUNT_THRESHOLD_RE.test(after)) return true;
  if (unit === '%' && RATE_ON_BASE_BEFORE_RE.test(before) && RATE_ON_BASE_AFTER_RE.test(after)) return true;
  if (unit === '%' && (FEE_RATE_BEFORE_RE.test(before) || RELAXED_LIMIT_BEFORE_RE.test(before))) return true;
  if (/元$/.test(unit) && (INVESTMENT_BEFORE_RE.test(before) || STANDARD_AFTER_RE.test(after))) return true;
  if (/元$/.test(unit) && UNIT_COST_AFTER_RE.test(after) && !RAISED_RE.test(clause)) return true;
  if (/^(?:平方米|㎡|平米|亩)$/.test(unit) && AREA_STANDARD_BEFORE_RE.test(before)) return true;
  if (SITE_FURNITURE_RE.test(clause)) return true;
  // "…投入试运营 3、钟楼农贸市场…": a bare number before 、 that follows a space or a break numbers the list.
  return unit === '' && text[unitEnd] === '、' && /(?:^|[\s。;;])$/.test(text.slice(Math.max(0, start - 1), start));
}
