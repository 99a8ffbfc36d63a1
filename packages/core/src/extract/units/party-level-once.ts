/**
 * The level written once for a party office and the government office beside it ("自治区党委督查室、政府督查室" =
 * 自治区党委督查室、自治区政府督查室; "市委办、政府办"): the two offices of one level are named as a pair, the level
 * given with the first only.
 */

// A level-prefixed party body (市委办公室, 县委督查室, 自治区党委督查室, 州委办); not 市委员会 spelt out.
const PARTY_BODY = /^(自治[区州县旗]|[省市县区旗州盟])党?委(?!员)/;
// A government office standing bare after it (政府督查室, 政府办, 人民政府办公室).
const BARE_GOVERNMENT_OFFICE = /^(?:人民)?政府\p{Script=Han}{0,6}(?:室|办|厅)$/u;

/** Parts of a list with the level of a party body given to the bare government office right after it. */
export function expandPartyLevelOnce(parts: string[]): string[] {
  return parts.map((p, i) => {
    const level = i > 0 ? PARTY_BODY.exec(parts[i - 1] ?? '')?.[1] : undefined;
    return level && BARE_GOVERNMENT_OFFICE.test(p) ? level + p : p;
  });
}
