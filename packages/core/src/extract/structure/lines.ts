import { memoizedPerParse } from '../per-parse-memo.js';
import { codeUnitsOf, SPACE_UNITS } from '../code-unit-sets.js';
import { foldCodeUnits, halfWidthMap } from '../fold-code-units.js';
import type { SourceText, TableBlock } from '../source-text.js';
import { decorationLength, isSharingSiteNote, strayCellCloser } from '../line-noise.js';
import { isBracketedLabel } from './bracketed-label.js';

/** One non-empty paragraph line, trimmed, with the offsets of the trimmed text in `SourceText.text`. */
export interface Line {
  text: string;
  start: number;
  end: number;
  line: number;
}

/** The document as a stream of lines and real tables, in reading order. */
export type Piece = { kind: 'line'; line: Line } | { kind: 'table'; table: TableBlock };

const SPACE = /[\s\u3000\u00a0]/;

const FOLD_WIDTH = halfWidthMap();
FOLD_WIDTH[0xa0] = 0x20;

/**
 * Folds full-width ASCII forms (\uFF01-\uFF5E: brackets, commas, colons, digits) to half-width and the
 * ideographic and no-break spaces to a space, one character for one, so offsets stay valid and every rule
 * can be written once.
 */
export function foldWidth(s: string): string {
  return foldCodeUnits(s, FOLD_WIDTH);
}

/** Turns the blocks into trimmed, non-empty lines (and tables), dropping page furniture. */
export function toPieces(source: SourceText): Piece[] {
  const out: Piece[] = [];
  // Indexes in `out` of the lines right after and right before a page number (—1—): where running headers sit.
  const afterPage = new Set<number>();
  const beforePage = new Set<number>();
  const closer = strayCellCloser(source.blocks.flatMap((b) => (b.kind === 'para' ? [b.text] : [])));
  for (const b of source.blocks) {
    if (b.kind === 'table') {
      if (!isMetadataTable(b)) out.push({ kind: 'table', table: b });
      continue;
    }
    let s = 0;
    let e = b.text.length;
    const trim = () => {
      while (s < e && SPACE.test(b.text[s] ?? '')) s++;
      while (e > s && SPACE.test(b.text[e - 1] ?? '')) e--;
    };
    trim();
    if (closer && b.text[e - 1] === closer) e--;
    // Decoration before a line (▶, ●, 👉, ↓↓↓) is layout, not text: "👉牵头单位:" is a label line.
    s += decorationLength(b.text, s, e);
    if (s === e) continue;
    const text = foldWidth(b.text.slice(s, e));
    // A lone bar is a cell border left by a table copied one cell per line ("|" between cells): no text.
    if (/^\|+$/.test(text)) continue;
    if (isPageFurniture(text)) {
      if (isPageNumber(text)) {
        afterPage.add(out.length);
        beforePage.add(out.length - 1);
      }
      continue;
    }
    out.push({ kind: 'line', line: { text, start: b.start + s, end: b.start + e, line: b.line } });
  }
  const headers = runningHeaders(out, new Set([...afterPage, ...beforePage]));
  return headers.size ? out.filter((_, i) => !headers.has(i)) : out;
}

const META_LABEL =
  /^[[【]?(?:索引号|主题分类|发布机构|发文机构|发文机关|发文字号|文号|成文日期|发文日期|发布日期|有效性|公开方式|主题词|标题|统一编号|组配分类|名称)[\]】]?(?:[::]|$)/;

/** A page's publication metadata laid out as label/value cells (索引号: | … | 发布机构: | …): no duties. */
function isMetadataTable(t: TableBlock): boolean {
  const cells = t.rows.flatMap((r) => r.cells.map((c) => c.text.replace(/\s+/g, ''))).filter(Boolean);
  const labels = cells.filter((c) => META_LABEL.test(foldWidth(c))).length;
  return labels >= 2 && labels * 3 >= cells.length;
}

function isPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return /^[-—–－_]+\d{1,3}[-—–－_]+$/.test(t) || /^第\d{1,3}页(?:共\d{1,3}页)?$/.test(t) || /^\d{1,3}\/\d{1,3}$/.test(t);
}

/**
 * A text copy of a PDF repeats the plan title at the top (or foot) of each page. Such a running header would
 * read as a new document part and cut the open item, so a title-shaped line is furniture when it
 * repeats an earlier line next to a page number, or recurs next to page numbers, or recurs 3+ times.
 */
function runningHeaders(pieces: Piece[], afterPage: Set<number>): Set<number> {
  const keyOf = (i: number) => {
    const p = pieces[i];
    if (p?.kind !== 'line') return null;
    const k = p.line.text.replace(/\s+/g, '');
    // The plan title, or the issuer's "XX文件" masthead.
    return isTitleLine(p.line.text) || (k.length <= 30 && /^\p{Script=Han}{4,}文件$/u.test(k)) ? k : null;
  };
  const keys = pieces.map((_, i) => keyOf(i));
  const total = new Map<string, number>();
  const paged = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k === null) return;
    total.set(k, (total.get(k) ?? 0) + 1);
    if (afterPage.has(i)) paged.set(k, (paged.get(k) ?? 0) + 1);
  });
  const out = new Set<number>();
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if (k === null) return;
    // A header may shorten the title (no period in brackets). Not a covering notice's title, which holds the
    // plan's name too: the plan's own heading may follow it on a new page.
    const repeat =
      seen.has(k) ||
      (afterPage.has(i) && k.length >= 6 && [...seen].some((x) => x.includes(k) && k.length >= x.length * 0.5 && !/关于|通知$/.test(x)));
    seen.add(k);
    const header = afterPage.has(i) ? repeat || (paged.get(k) ?? 0) >= 2 : repeat && (total.get(k) ?? 0) >= 3;
    if (header) out.add(i);
  });
  return out;
}

// A row of page buttons ("【打印本页】 【关闭窗口】") closes a web article: the site footer after it is no item's text.
const PAGE_BUTTONS = /^(?:【(?:打印|关闭|我要纠错|收藏|分享)[^】]{0,3}】)+$/;

// A numbered hint of a document-sharing site about the site itself: how to download, what a preview shows.
const SHARING_HELP_ITEM =
  /^\d{1,2}[、.．](?:本站|(?:PDF|DOCX?|WORD)?文件下载[后前]|下载[后前]|试题试卷类?文档|预览文档|资源下载|如遇下载|会员)(?=.{0,80}(?:本站|下载|浏览器|预览|金币|积分|VIP|会员|答案)).{0,120}$/i;

// The first characters of every furniture pattern below (page numbers, sharing-site notes, site chrome, metadata).
const FURNITURE_START = codeUnitsOf('-—–－_第0123456789下版已继点长扫打关【分字设加无繁今热上相责您当发浏信来索主有组公统文');

/** Page numbers and site chrome that can sit anywhere, even mid-sentence: never content. */
export function isPageFurniture(text: string): boolean {
  // Every line is asked: one whose first character opens none of the patterns below is content at once.
  let k = 0;
  while (k < text.length && SPACE_UNITS[text.charCodeAt(k)] === 1) k++;
  if (FURNITURE_START[text.charCodeAt(k)] !== 1) return false;
  const t = text.replace(/\s+/g, '');
  if (PAGE_BUTTONS.test(t)) return false;
  if (/^[-—–－_]+\d{1,3}[-—–－_]+$/.test(t)) return true; // —1— / -3-
  if (/^第\d{1,3}页(?:共\d{1,3}页)?$/.test(t) || /^\d{1,3}\/\d{1,3}$/.test(t)) return true;
  // Document-sharing sites: download and paywall notes, and their numbered help list (友情提示 2、下载后…).
  if (isSharingSiteNote(t) || SHARING_HELP_ITEM.test(t)) return true;
  if (
    /^(?:扫一扫|打印本页|关闭窗口|【打印|【关闭|分享(?:到)?[::]?$|字体[::]|设为首页|加入收藏|无障碍|长辈版|繁體|今天是|热门搜索|上一篇|下一篇|相关链接|责任编辑|您现在所在的位置|当前位置|您当前的位置)/.test(
      t,
    )
  )
    return true;
  if (/^(?:发布日期|发布时间|浏览次数|信息来源|来源)[::].{0,60}$/.test(t) && /(?:浏览|字体|来源|\d{4}-\d{2}-\d{2})/.test(t)) return true;
  if (
    /^(?:索引号|主题分类|发布机构|有效性|组配分类|公开方式|统一编号|主题词|文章属性|【(?![^】]*(?:牵头|负责|配合|参与))[^】]{1,6}】)/.test(
      t,
    ) &&
    !isBracketRecord(t) &&
    !isFieldLabelLine(t)
  )
    return true;
  return false;
}

/** "【完成时限】2026年9月", "【责任单位】X": a duty's bracketed field label opening a line, wrapped off the line before. */
function isFieldLabelLine(t: string): boolean {
  const m = /^【([^】]{1,6})】/.exec(t);
  return !!m?.[1] && isBracketedLabel('【', m[1]);
}

/** "【序号】1【督办事项】…【责任单位】…【办结时限】…": a record of 【label】 fields on one line, not a page's button. */
function isBracketRecord(t: string): boolean {
  return /^【序号】|^【[^】]{0,6}(?:事项|任务|项目)】/.test(t) && (t.match(/【/g)?.length ?? 0) >= 3;
}

/**
 * Lines that close the plan's body: signature, issue line, 附件 list, publication notes. Text after
 * them belongs to no item until a new numbered line appears.
 */
export const isBodyTerminator = memoizedPerParse(isBodyTerminatorUncached, 80);

function isBodyTerminatorUncached(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (PAGE_BUTTONS.test(t)) return true;
  if (/^附件\d*(?:[::]|$)/.test(t)) return true;
  if (/^(?:抄送|主送|印发|联系人|联系电话|附:)/.test(t) || /印发$/.test(t) || /日印发$/.test(t)) return true;
  // Site furniture after the body: related links, copyright, site map.
  if (/^(?:往期推荐|往期回顾|推荐阅读|相关阅读|阅读原文)$/.test(t)) return true;
  if (
    /^(?:附件下载|【(?:我要纠错|打印|关闭)】|相关(?:文件|解读|链接|附件|新闻|阅读)|政策解读|图片解读|网站地图|版权所有|网站标识码|技术支持|联系我们|【(?:相关|政策)|上一篇|下一篇)/.test(
      t,
    ) ||
    // The same furniture on a traditional-character mirror.
    /^(?:附件下載|相關(?:文件|解讀|鏈接|附件|新聞|閱讀)|政策解讀|圖片解讀|網站地圖|版權所有|聯繫我們|聯絡我們|上一篇|下一篇)/.test(t) ||
    /ICP备/.test(t)
  )
    return true;
  // Site footer ("XX市人民政府办公室主办 联系电话:…") and a paywall note ("【之后的内容被隐藏了…】").
  if (t.length <= 80 && /(?:主办|承办|维护)(?:单位)?[::]?.{0,30}?(?:联系电话|电话|地址|邮编)[::]/.test(t)) return true;
  if (t.length <= 80 && /©|Copyright|公网安备|备案号/i.test(t)) return true;
  if (/^【[^】]*(?:隐藏|登录|全文)[^】]*】$/.test(t)) return true;
  // A note on the page in brackets: "(此件公开发布)", "(本页内容为节选,完整清单见附件下载)".
  if (/^[((](?:此件|信息公开|公开方式|本文|此页|本页|全文|节选|未完)[^()()]*[))]$/.test(t)) return true;
  if (/^[((][^()()]{0,30}(?:节选|摘编|未完)[^()()]{0,30}[))]$/.test(t)) return true;
  if (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(t) || /^20\d{5,6}$/.test(t) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return true;
  return false;
}

/** A document or table title on its own line (…方案 / …清单 / …分工表), which starts a new part. */
export const isTitleLine = memoizedPerParse(isTitleLineUncached, 80);

function isTitleLineUncached(text: string): boolean {
  const t = text.replace(/\s+/g, '').replace(/[((][^()()]*[))]$/, '');
  if (t.length > 60 || /[。;;,,::]/.test(t)) return false;
  if (/^[((一二三四五六七八九十\d]/.test(t) && !/^\d{4}年/.test(t)) return false;
  return /(?:方案|要点|意见|清单|计划|办法|细则|分工表|任务表|一览表|分解表|分工|任务分解|通知|规划|任务清单|责任清单)[》」”"]?$/.test(t);
}
