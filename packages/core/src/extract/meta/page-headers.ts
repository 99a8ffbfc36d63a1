import { withoutPinyin } from '../pinyin-notes.js';
import { orgShaped } from './issuer.js';
import type { MetaLine } from './meta-lines.js';

/**
 * Headers that name a document outside its own title block: a bulletin's issue line ("督查通报〔2026〕第3期:关于…的通报"),
 * a journal page's running header ("2026年第2期   X办公室:X工作要点   5"), and the office printed over a notice
 * title ("X办公室" ⏎ "关于印发…的通知").
 */

/** "督查通报〔2026〕第3期", "督察通报第十二期": the issue number a bulletin carries in place of a 文号. */
const ISSUE_NUMBER =
  /^\p{Script=Han}{0,8}(?:通报|简报|专报|快报|督查|督察|督办)(?:\s*[〔[(【]\s*(?:19|20)\d{2}\s*[〕\])】])?\s*第\s*[\d一二三四五六七八九十百]{1,4}\s*期/u;

/** A field value that is wholly a bulletin's issue number, as written; else null. */
export function issueNumber(value: string | null): string | null {
  const v = withoutPinyin(value ?? '').trim();
  const m = ISSUE_NUMBER.exec(v);
  return m && m[0].length === v.length ? v : null;
}

/** The number and title of a bulletin's issue line near the top: "督查通报〔2026〕第3期:关于…的通报(截至5月底)". */
export function issueHeader(lines: MetaLine[]): { docNumber: string; title: string } | null {
  for (const line of lines.slice(0, 8)) {
    const half = withoutPinyin(line.half);
    const m = ISSUE_NUMBER.exec(half);
    if (!m) continue;
    const title = half.slice(m[0].length).replace(/^\s*[::]?\s*/, '');
    if (/^关于.{4,80}的(?:通报|情况通报|报告)(?:[((][^()()]{1,20}[))])?$/.test(title)) return { docNumber: m[0].trim(), title };
  }
  return null;
}

// The page's place in its journal: "2026 年 3 月 第 1 期", or a page number standing apart at either end.
const ISSUE_OR_PAGE = /第\s*\d{1,3}\s*期|^\s*\d{1,4}\s{3,}|\s{3,}\d{1,4}\s*$/;
const RUNNING_HEAD = /(?:^|\s{3,})([\p{Script=Han}()]{4,40}?)[::]\s*(\S{6,80}?)(?=\s{3,}|\s*$)/u;
const PLAN_END = /(?:要点|方案|计划|意见|规划|清单|任务分工|分工|安排|措施|办法|通知|决定)(?:[((][^()()]{1,20}[))])?$/;

/** A journal page's running header "X办公室:X工作要点" between its issue and page number: the issuer and the title. */
export function runningHeader(lines: MetaLine[]): { issuer: string; title: string } | null {
  for (const line of lines.slice(0, 12)) {
    if (!ISSUE_OR_PAGE.test(line.half)) continue;
    const m = RUNNING_HEAD.exec(line.half);
    const issuer = m?.[1] ?? '';
    const title = m?.[2] ?? '';
    if (orgShaped(issuer) && PLAN_END.test(title) && !/[,。;]/.test(title)) return { issuer, title };
  }
  return null;
}

/**
 * The office on the line right above a covering notice's title that starts with 关于印发 (a red header cut at the
 * office's name): the notice's issuer. Not a site's masthead (…门户网站).
 */
export function officeOverNotice(lines: MetaLine[]): string | null {
  for (const line of lines.slice(1, 15)) {
    if (!/^关于(?:印发|转发|下发)/.test(line.compact)) continue;
    // Offices set side by side over the title issued it jointly; their signature says who signs.
    const above = lines[line.index - 1];
    if (above && !/\s/.test(above.raw) && orgShaped(above.compact) && !/网站?$|门户/.test(above.compact)) return above.compact;
  }
  return null;
}

/**
 * A page that reports a 《政府工作报告》 division of work, naming it only in prose (a news copy with no title of the
 * plan): the report is the year's, so the page's publication year is the plan's year. Null otherwise.
 */
export function reportPageYear(lines: MetaLine[], published: string | null): number | null {
  const year = /^\s*((?:19|20)\d{2})\s*[-年/.]/.exec(published ?? '')?.[1];
  if (!year) return null;
  const opening = lines
    .slice(0, 12)
    .map((l) => l.compact)
    .join('');
  return /《政府工作报告》[^。]{0,12}(?:分工|分解)/.test(opening) ? Number(year) : null;
}
