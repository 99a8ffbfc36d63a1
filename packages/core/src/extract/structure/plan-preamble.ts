import type { Line } from './lines.js';
import { assembleItemText, type ItemText } from './item-text.js';
import type { OutlineNode, OutlinePiece } from './outline.js';

/** Words that make a paragraph a statement of what the plan commits to, not background. */
const GOAL_CUE = /目标|力争|总体要求|要求是|确保|争取|努力实现/;
const SENTENCE_END = /[。;;!!??]$/;

/**
 * The unnumbered paragraphs between the plan's title and its first numbered item that state its goals
 * ("2023年的主要目标是:人均预期寿命达到79.2岁,…"). Lines broken mid-sentence are joined; a short line
 * without punctuation (a title, a signature) stands alone. Lines owned by an outline item never count.
 */
export function preambleGoalParagraphs<F>(stream: OutlinePiece<F>[], allRoots: OutlineNode[], firstPlanRoot: OutlineNode | undefined): ItemText[] {
  if (!firstPlanRoot) return [];
  const owned = new Set<number>();
  const walk = (n: OutlineNode) => {
    owned.add(n.head.start);
    n.body.forEach((l) => owned.add(l.start));
    n.children.forEach(walk);
  };
  allRoots.forEach(walk);
  const paragraphs: Line[][] = [];
  let open: Line[] = [];
  const close = () => {
    if (open.length) paragraphs.push(open);
    open = [];
  };
  for (const p of stream) {
    if (p.kind !== 'line') {
      close();
      continue;
    }
    const line = p.line;
    if (line.start >= firstPlanRoot.head.start) break;
    if (owned.has(line.start)) {
      close();
      continue;
    }
    const alone = line.text.length <= 40 && !/[,,;;。::、]/.test(line.text);
    if (alone) {
      close();
      continue;
    }
    open.push(line);
    if (SENTENCE_END.test(line.text)) close();
  }
  close();
  return paragraphs
    .map(([first, ...rest]) => (first ? assembleItemText(first, 0, rest) : null))
    .filter((t): t is ItemText => t !== null && GOAL_CUE.test(t.text));
}
