/**
 * A project table's 时间节点 cell often gives a construction stage, not the end of the work: "4月底前完成一期厂房封顶",
 * "10月底前主体结构封顶". Such a date says when the building reaches a stage; the row's targets (引进企业8家,
 * 新增床位500张) are not due then. "3月开工;9月主体完工;12月投产" ends on the work's completion and still counts.
 */
const STAGE_RE = /开工|动工|开建|封顶|桩基|奠基|进场|招标|挂网|立项|主体(?:结构)?(?:完工|施工)|基础施工/;
const COMPLETION_RE = /投产|达产|建成|竣工|投用|投入(?:使用|运营|运行)|运营|交付|(?<!主体(?:结构)?)完工|全面完成/;

/**
 * Whether a deadline cell's last milestone is a construction stage rather than the completion of the work.
 *
 * @example isStageMilestone('4月底前完成一期厂房封顶') // true
 * @example isStageMilestone('3月开工;9月主体完工;12月投产') // false
 */
export function isStageMilestone(cell: string | null | undefined): boolean {
  if (!cell) return false;
  const last =
    cell
      .normalize('NFKC')
      .split(/[;;,,、\n]/)
      .filter((s) => s.trim())
      .at(-1) ?? '';
  return STAGE_RE.test(last) && !COMPLETION_RE.test(last);
}
