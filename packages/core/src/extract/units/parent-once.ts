/**
 * The parent body written once before a list of its sections ("区卫生健康局医政医管股、基层卫生股" =
 * 区卫生健康局医政医管股、区卫生健康局基层卫生股): a bare section after a first part that is a body plus a
 * section of the same kind (股 after 股, 科 after 科) belongs to that body.
 */

// A level-prefixed body (区卫生健康局, 县教育体育局, 市场监管委) and one of its sections.
const PARENT_AND_SECTION = /^([省市区县旗州盟]\p{Script=Han}{2,12}?(?:局|委|委员会|办公室|办))(\p{Script=Han}{2,8}?([股科室]))$/u;
// A section standing bare: no level word opening it, no body inside it.
const BARE_SECTION = /^(?![省市区县旗州盟各])\p{Script=Han}{2,8}$/u;

/** Parts of a list with the parent body given to the bare sections that follow its first section. */
export function expandParentOnce(parts: string[]): string[] {
  const m = PARENT_AND_SECTION.exec(parts[0] ?? '');
  if (!m?.[1] || !m[3] || parts.length < 2) return parts;
  const [, parent, , kind] = m;
  return parts.map((p, i) => {
    if (i === 0 || !BARE_SECTION.test(p) || !p.endsWith(kind) || /[局委厅办]/.test(p.slice(0, -1))) return p;
    return parent + p;
  });
}
