/**
 * A notice signed jointly by several offices is numbered by the office that drafted it: "青河长办〔2026〕3号"
 * under "青浦区总河长办公室 青浦区总林长办公室" abbreviates only the first. When the number's prefix points to the
 * first signer and to none of the others, that office issued the document and the rest co-signed; a prefix
 * that abbreviates several signers ("沪卫老龄" for 卫生健康委 + 老龄办) or none ("皖办发") keeps them all.
 */
export function draftingSigner(issuer: string, docNumber: string | null): string {
  const signers = issuer.split(/\s+/).filter(Boolean);
  if (signers.length < 2 || !docNumber) return issuer;
  const prefix = /^([\p{Script=Han}]{2,12})\s*[[〔(【]/u.exec(docNumber.trim())?.[1];
  if (!prefix) return issuer;
  const own = (i: number): boolean =>
    [...prefix].some((ch) => signers[i]?.includes(ch) && signers.every((s, j) => j === i || !s.includes(ch)));
  const [first, ...rest] = signers;
  if (!first || !own(0) || rest.some((_, k) => own(k + 1))) return issuer;
  return first;
}
