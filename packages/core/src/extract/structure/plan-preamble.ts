import type { Line } from './lines.js';
import { assembleItemText, type ItemText } from './item-text.js';
import type { OutlineNode, OutlinePiece } from './outline.js';

/** Words that make a paragraph a statement of what the plan commits to, not background. */
// 全年: "全年…合格率稳定在98%以上" sets the year's level.
// Or a target itself ("居民健康素养水平达到34%"): a level to reach, stated before the first item.
// Or a rate to move or hold ("抑郁症治疗率提高2个百分点", "孕产妇死亡率控制在40/10万以下").
const GOAL_CUE = /目标|力争|总体要求|要求是|确保|争取|努力实现|全年|[达達]到\s*\d|率(?:提高|提升|下降|降低|控制在|保持在|稳定在)\s*\d/;
const SENTENCE_END = /[。;;!!??]$/;

/**
 * The unnumbered paragraphs between the plan's title and its first numbered item that state its goals
 * ("2023年的主要目标是:人均预期寿命达到79.2岁,…"). Lines broken mid-sentence are joined; a short line
 * without punctuation (a title, a signature) stands alone. Lines owned by an outline item never count.
 */
export function preambleGoalParagraphs<F>(
  stream: OutlinePiece<F>[],
  allRoots: OutlineNode[],
  firstPlanRoot: OutlineNode | undefined,
): ItemText[] {
  // A plan that is one table: the paragraphs before the table state its goals.
  const tableAt = stream.findIndex((p) => p.kind !== 'line');
  if (!firstPlanRoot && tableAt < 0) return [];
  const owned = new Set<number>();
  const walk = (n: OutlineNode) => {
    owned.add(n.head.start);
    n.body.forEach((l) => owned.add(l.start));
    n.children.forEach(walk);
  };
  allRoots.forEach(walk);
  // Runs of free lines (a table or an item's line breaks the run).
  const runs: Line[][] = [[]];
  for (const p of stream) {
    if (firstPlanRoot ? p.kind === 'line' && p.line.start >= firstPlanRoot.head.start : p.kind !== 'line') break;
    if (p.kind !== 'line' || owned.has(p.line.start)) runs.push([]);
    else runs[runs.length - 1]?.push(p.line);
  }
  return runs.flatMap((r) => sentenceParagraphs(r, false)).filter((t) => GOAL_CUE.test(t.text));
}

/**
 * Consecutive lines as paragraphs: a line that stops mid-sentence (a PDF or OCR line break) is joined with
 * the next; a short line without punctuation (a heading, a title, a signature) stands alone, kept only
 * when `keepAlone`.
 */
export function sentenceParagraphs(lines: Line[], keepAlone: boolean): ItemText[] {
  const out: ItemText[] = [];
  let open: Line[] = [];
  const close = () => {
    const [first, ...rest] = open;
    if (first) out.push(assembleItemText(first, 0, rest));
    open = [];
  };
  for (const line of lines) {
    if (line.text.length <= 40 && !/[,,;;。::、]/.test(line.text)) {
      close();
      if (keepAlone) out.push(assembleItemText(line, 0, []));
      continue;
    }
    open.push(line);
    if (SENTENCE_END.test(line.text)) close();
  }
  close();
  return out;
}
