import type { ParagraphBlock, SourceText } from '../source-text.js';

/** A document-sharing site's page around a preview: "《X.docx》由会员分享,可在线阅读", "上传人", "下载文档". */
const SHARING_PAGE = /由会员分享|可在线阅读|上传人[::]|下载文档|珍藏版\)/;
/** A sharing site's viewer cuts the preview into chunks of this many characters, numbered "1、", "2、"… */
const CHUNK = 300;
const SLACK = 12;

/**
 * A sharing site's preview, numbered by chunks of text ("1、…" ⏎ "2、)各街道3老城厢…", or "…50公里3、飞行半径…" inside
 * a line): the numbers cut the text at random places and are no item numbers. The chunks are joined into one
 * paragraph with the numbers left out, so the text reads as the document wrote it. A chunk number is known by its
 * place: the next number, a chunk's length after the one before.
 */
export function joinViewerChunks(source: SourceText): SourceText {
  const blocks = source.blocks;
  const sign = blocks.findIndex((b) => b.kind === 'para' && SHARING_PAGE.test(b.text));
  if (sign < 0) return source;
  const first = blocks.findIndex((b, k) => k > sign && b.kind === 'para' && /^1、/.test(b.text.trimStart()));
  if (first < 0) return source;
  // The run of paragraphs the chunks fill, from the one opening with 1、 to a blank line or a table.
  let last = first;
  while (last + 1 < blocks.length && blocks[last + 1]!.kind === 'para' && (blocks[last + 1] as ParagraphBlock).text.trim()) last++;
  const paras = blocks.slice(first, last + 1) as ParagraphBlock[];
  // The text of the run as one string, with each character's source offset.
  let text = '';
  const at: number[] = [];
  for (const p of paras) {
    const lead = p.text.length - p.text.trimStart().length;
    const own = p.text.trim();
    for (let k = 0; k < own.length; k++) at.push(p.start + lead + k);
    text += own;
  }
  const marks: { from: number; to: number }[] = [{ from: 0, to: 2 }];
  for (let n = 2; ; n++) {
    const token = `${n}、`;
    const prev = marks[marks.length - 1]!;
    let best = -1;
    for (let k = text.indexOf(token, prev.to); k >= 0 && k - prev.to <= CHUNK + SLACK; k = text.indexOf(token, k + 1)) {
      if (Math.abs(k - prev.to - CHUNK) <= SLACK && (best < 0 || Math.abs(k - prev.to - CHUNK) < Math.abs(best - prev.to - CHUNK)))
        best = k;
    }
    if (best < 0) break;
    marks.push({ from: best, to: best + token.length });
  }
  // A table run together with its header (序号项目名称主要内容…1…) keeps its chunks: its rows are read from them.
  if (marks.length < 2 || RUN_TOGETHER_HEADER.test(text)) return source;
  let joined = '';
  const offsets: number[] = [];
  for (let m = 0; m < marks.length; m++) {
    const from = marks[m]!.to;
    const to = marks[m + 1]?.from ?? text.length;
    joined += text.slice(from, to);
    offsets.push(...at.slice(from, to));
  }
  // The preview runs the document's paragraphs together: a heading (二、…) after a closed sentence opens a paragraph.
  const cuts = [0, ...[...joined.matchAll(HEADING_AFTER_STOP)].map((m) => (m.index ?? 0) + 1), joined.length];
  const made: ParagraphBlock[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [a, b] = [cuts[c]!, cuts[c + 1]!];
    if (b <= a) continue;
    const start = offsets[a]!;
    made.push({ kind: 'para', line: paras[0]!.line, start, end: offsets[b - 1]! + 1, text: joined.slice(a, b) });
  }
  return { ...source, blocks: [...blocks.slice(0, first), ...made, ...blocks.slice(last + 1)] };
}

const RUN_TOGETHER_HEADER = /序号(?:项目|工作|任务|事项|重点|主要|具体)/;
const HEADING_AFTER_STOP = /[。;;](?=[一二三四五六七八九十]{1,3}、)/g;
