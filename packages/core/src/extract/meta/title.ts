import { findDocNumber } from './doc-number.js';
import { dateOnly, orgShaped } from './issuer.js';
import { compact, type MetaLine } from './meta-lines.js';
import { toHalfWidth as toHalf } from '../dates/calendar.js';
import { ISSUER_LAST_CHARS } from '../lexicons/issuer-endings.js';
import { isSiteNavigation } from '../structure/site-navigation.js';
import { headerRole } from '../structure/table-columns.js';
import { opensWithLabel } from './metadata-block.js';

// "关于…进展情况的公示": a notice to the public that carries the list (the page is the plan's only carrier).
const DOC_WORD =
  '(?:的公示|的公示情况说明|的情况说明|实施方案|工作方案|方案|情况表|计划表|进度表|推进表|周报|月报|旬报|汇总表|统计表|明细表|安排表|通报|通報|工作要点|要点|实施意见|意见|计划|规划|清单|分工|任务分解|分解表|分工表|任务表|一览表|责任表|台账|推进情况|进展情况|完成情况|落实情况|办法|细则|纲要|安排|措施|任务|指南|规定|条例|决定|通知|行动|要點|意見|計劃|規劃|清單|分解表|辦法|細則|綱要|任務|規定|條例|決定|行動)';
// A title ends with a document word, optionally followed by a parenthesised period or status: (2021—2025年), (试行).
const TITLE_END = new RegExp(`${DOC_WORD}(?:[((][^()]{1,20}[))])?$`);
// "X关于印发《Y》的通知", also "X印发《Y》的通知" when an issuer is named before 印发.
// Traditional-character mirror copies write 關於印發 / 轉發.
const NOTICE = new RegExp(
  `^(.*?)(?:[关關][于於](?:印发|转发|下发|发布|印送|印發|轉發|下發|發布)|(?<=[${ISSUER_LAST_CHARS.join('')}])(?:印发|转发|印發|轉發))(.+)的(?:通知|函|决定|決定)$`,
);
const QUOTED_PLAN = /(?:现将|印发(?:了)?|出台(?:了)?|制定(?:了)?)《([^《》]{4,80})》|《([^《》]{4,80})》(?:已经|现|印发给)/;
// "…的通知(海府办〔2024〕12号)": the notice title closed by its own document number.
const TRAILING_NUMBER = /[((][\p{Script=Han}]{1,12}[[〔(【]\d{4}[\]〕)】]\d{1,4}号[))]$/u;
/** A note after a title that is neither a period nor a status ("(导出自…系统,CSV格式)"): not part of it. */
const NOTE_AFTER = /[((]([^()()]{2,60})[))]$/;
const KEPT_NOTE = /\d|季度|上半年|下半年|试行|暂行|征求意见|修订|草案|送审/;
const BREADCRUMB = /^\s*(?:首页|网站首页|当前位置[::]\s*首页)\s*[>»]\s*(?:[^>»]+[>»]\s*)+([^>»]+)$/;
/** A web page's title line, "X - 某县人民政府" / "X_某市政府门户网站": the site's name after a spaced dash or an underscore. */
const SITE_AFTER = /(?:\s+[-–—|]\s*|\s*[-–—|]\s+|_)([^-–—|_]{2,30})$/;
/** A line holding only a title's period or status: "(2026—2028年)", "(试行)". */
const PERIOD_LINE =
  /^[((](?:(?:19|20)\d{2}\s*(?:年)?\s*[—–\-~至到]+\s*(?:19|20)\d{2}\s*年?|(?:19|20)\d{2}\s*年|试行|暂行|征求意见稿|修订稿?)[))]$/;
const ATTACHMENT = /^附件\s*\d*\s*[::]\s*/;
const NOT_TITLE = /[。;:,!?]|^[一二三四五六七八九十]+[、.]|^[(]|^\d+[.、]|^附件|^第[一二三四五六七八九十]+[章条]/;

/** Where the title was found and how the issuer may be read from it. */
export interface TitleResult {
  title: string | null;
  /** Index (among MetaLines) of the line that holds the plan's own title, or of the notice title. */
  index: number | null;
  /** The covering notice's issuer prefix ("盘锦市人民政府办公室" in "…办公室关于印发…"). */
  noticeIssuer: string | null;
}

/**
 * Finds the plan's own title. With a covering notice ("关于印发《X》的通知", "现将《X》印发给你们"), X names
 * the plan: its own heading further down wins when it is close to X (the heading is what the plan calls
 * itself); else X. Without a notice, the first line shaped like a title (a document word at the end).
 * A title broken over two lines is put back together.
 */
export function findTitle(lines: MetaLine[], titleField: string | null = null): TitleResult {
  const head = lines.slice(0, Math.min(lines.length, 120));
  const candidates = titleCandidates(head);
  const fieldCandidate = titleField ? fieldTitle(titleField) : null;
  const notice = findNotice(fieldCandidate ? [fieldCandidate, ...candidates] : candidates, head);
  if (notice) {
    const plan = compact(notice.plan);
    const heading = candidates.find(
      // Most of the plan's name, not a fragment of it such as a table header cell ("重点任务"), nor an attachment
      // left out of the page ("…责任表(略)").
      (c) =>
        c.index > notice.index &&
        !/[关關][于於]|的(?:通知|函|决定|決定)$/.test(c.compact) &&
        !OMITTED.test(c.compact) &&
        c.compact.length >= plan.length * 0.5 &&
        similar(c.compact, plan),
    );
    if (heading) return { title: heading.text, index: heading.index, noticeIssuer: notice.issuer };
    const first = firstOfSeveral(notice, candidates, head);
    if (first) return { title: first.text, index: first.index, noticeIssuer: notice.issuer };
    return { title: notice.plan, index: notice.index, noticeIssuer: notice.issuer };
  }
  // Without a notice: the page's 标题 field when a line repeats it, else the first line shaped like a
  // title that is long enough not to be a menu entry ("发展规划"), else any.
  // The field's own row ("文件名称 X…") repeats it too, with its label: that row is no heading.
  const fromField = fieldCandidate
    ? candidates.find((c) => similar(c.compact, fieldCandidate.compact) && !FIELD_ROW.test(c.compact))
    : undefined;
  const found = fromField ?? candidates.find((c) => c.compact.length >= 8) ?? fieldCandidate ?? candidates[0];
  if (!found) return { title: null, index: null, noticeIssuer: null };
  // "县卫生健康局关于2026年…工作要点" heads the page; "普定县2026年…工作要点" below it is the plan's own heading.
  const about = /关于(.{6,})$/.exec(found.compact)?.[1];
  const own = about ? candidates.find((c) => c.index > found.index && !c.compact.includes('关于') && c.compact.endsWith(about)) : undefined;
  const first = own ?? tableUnderReport(found, candidates, head) ?? attachedPlan(found, candidates, head) ?? found;
  const issuer = /^(.{2,30}?)关于/.exec(first.compact)?.[1] ?? null;
  return { title: first.text, index: first.index, noticeIssuer: issuer };
}

/**
 * A notice that issues several plans at once under a collective name ("现将《甲方案》《乙方案》《丙方案》印发给你们"):
 * the heading that follows it, when it is one of the plans the notice quotes, is the plan on the page.
 */
function firstOfSeveral(notice: { index: number }, candidates: Candidate[], lines: MetaLine[]): Candidate | undefined {
  const quoting = lines.find((l) => l.index > notice.index && l.index <= notice.index + 6 && (l.half.match(/《/g) ?? []).length >= 2);
  if (!quoting) return undefined;
  const quoted = new Set([...quoting.compact.matchAll(/《([^《》]{4,80})》/g)].map((m) => m[1]));
  if (quoted.size < 2) return undefined;
  return candidates.find((c) => c.index > quoting.index && c.index <= quoting.index + 4 && quoted.has(c.compact));
}

/** A heading marked as left out of the page: "…推进工作责任表(略)". */
const OMITTED = /[((]略[))]$/;

/** A metadata row naming the title: its label opens the line. */
const FIELD_ROW = /^(?:文件名称|标题|名称)[::]?/;

/** A report on how a plan is carried out ("X关于…整改进展情况的通报"), not a plan itself. */
// "…推进情况的督查通报": a report named for the inspection that made it.
const REPORT = /关于.{4,}的(?:督查|督办|督導|督导|检查|核查)?(?:通报|通報|报告|報告)$/;
/** A heading that names a list of work ("…整改台账", "…任务清单", "…推进情况台账(一季度)"). */
const WORK_LIST = /(?:台账|清单|一览表|分工表|任务表|明细表|情况表|进度表|臺賬|清單)(?:[((][^()()]{1,20}[))])?$/;

/** A list of what an inspection found to fix (整改清单, 问题清单, 滞后事项清单). */
const FIX_LIST = /(?:整改|问题|滞后事项)清单(?:[((][^()()]{1,20}[))])?$/;

/**
 * A report page ("…关于整改进展情况的通报") that carries the list it reports on under the list's own heading: the
 * heading directly above the table's 序号 header names the plan.
 */
function tableUnderReport(found: Candidate, candidates: Candidate[], lines: MetaLine[]): Candidate | undefined {
  if (!REPORT.test(found.compact)) return undefined;
  // The table may be flattened to one record per row ("【序号】1【督办事项】…").
  // Not the report's own list of what to fix (滞后事项整改清单): the report that sets it is the document.
  return candidates.find(
    (c) =>
      c.index > found.index &&
      WORK_LIST.test(c.compact) &&
      !FIX_LIST.test(c.compact) &&
      /^[【[]?序号/.test(lines[c.index + 1]?.compact ?? ''),
  );
}

/** A notice that is not itself a plan ("X关于做好…工作的通知", "…进行重点督办的通知"). */
const OWN_NOTICE = /关于.{4,}的(?:通知|通告)$/;
const ATTACHMENT_LINE = /^附件\s*[::]\s*(.+)$/;

/**
 * A notice whose one attachment is the plan ("附件:X分解表"), printed on the same page under its own heading:
 * the attachment's heading names the plan, not the covering notice.
 */
function attachedPlan(found: Candidate, candidates: Candidate[], lines: MetaLine[]): Candidate | undefined {
  if (!OWN_NOTICE.test(found.compact)) return undefined;
  const labels = lines.filter((l) => l.index > found.index && ATTACHMENT_LINE.test(l.compact));
  if (labels.length !== 1) return undefined;
  const named = ATTACHMENT_LINE.exec(labels[0]?.compact ?? '')?.[1]?.replace(/[。.]$/, '') ?? '';
  if (!TITLE_END.test(named) || /^\d+[.、]|[;;]/.test(named)) return undefined;
  return candidates.find((c) => c.index > (labels[0]?.index ?? 0) && c.compact === named);
}

interface Candidate {
  index: number;
  text: string;
  compact: string;
}

/** The value of a 标题 field as a candidate (its document number prefix removed). */
function fieldTitle(value: string): Candidate | null {
  const text = value.replace(/^\s*[\p{Script=Han}]{1,12}\s*[[〔(【]\s*\d{4}\s*[\]〕)】]\s*\d{1,4}\s*号\s*/u, '').trim();
  const c = compact(text);
  return TITLE_END.test(c) ? { index: -1, text, compact: c } : null;
}

function titleCandidates(lines: MetaLine[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = titleLine(lines[i]);
    // A table's column label at the top of an excerpt ("工作任务" over "具体要求 | 责任科室") names no plan.
    if (!line || !titleShaped(line) || (line.compact.length <= 6 && headerRole(line.compact) !== null)) continue;
    // "关于印发…攻坚行动" ends on a document word yet is only the first half of "关于印发…的通知".
    // "X关于Y整改工作方案" is a whole title: only a notice opener (关于印发) waits for its 的通知.
    // "…的通知(乐府办〔2020〕18号)" is finished: the notice's own number closes it.
    const unfinished =
      /关于(?:印发|转发|下发|发布|印送)/.test(line.compact) && !/的[^的]{1,8}$/.test(line.compact.replace(TRAILING_NUMBER, ''));
    if (TITLE_END.test(line.compact) && !unfinished) {
      // "X实施方案" over a line of its own "(2026—2028年)": the period belongs to the title.
      const period = lines[i + 1];
      if (period && !/[))]$/.test(line.compact) && PERIOD_LINE.test(period.compact)) {
        out.push({ index: line.index, text: line.raw + period.raw, compact: line.compact + period.compact });
        i++;
        continue;
      }
      // A red header's issuer on the line right above "关于…的通知" opens the title of a notice that is the plan itself
      // (not one that covers a plan: 关于印发…, whose plan has a title of its own).
      const above = i > 0 ? lines[i - 1] : undefined;
      const own = line.compact.startsWith('关于') && !/^关于(?:印发|转发|下发|发布|印送)/.test(line.compact);
      // Not a site's masthead (某县人民政府门户网站) above a page's title.
      if (above && own && orgShaped(above.compact) && !/关于|网站?$|门户/.test(above.compact)) {
        out.push({ index: above.index, text: above.raw.trim() + line.raw.trim(), compact: above.compact + line.compact });
        continue;
      }
      out.push({ index: line.index, text: line.raw, compact: line.compact });
      continue;
    }
    // A title broken over two lines: this line does not end like a title, the two together do.
    const next = lines[i + 1];
    // A red header's 文号 line ("某办发〔2025〕2号") stands above the title, it does not begin it.
    const joinable =
      next &&
      titleShaped(next) &&
      !dateOnly(line) &&
      !numberOnly(line) &&
      !opensWithLabel(line.half) &&
      // Nor does a header's office beside its date ("某县人民政府督查室    2026年5月8日").
      !/(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/.test(line.compact) &&
      !(orgShaped(line.compact) && TITLE_END.test(next.compact));
    if (next && joinable && line.compact.length + next.compact.length <= 90 && TITLE_END.test(line.compact + next.compact)) {
      out.push({ index: line.index, text: joinBroken(line.raw, next.raw), compact: line.compact + next.compact });
      i++;
    }
  }
  return out;
}

/**
 * A document site's preview runs the title into the preamble's first sentence ("X实施方案为大力推进…") or a reader's
 * note ("X方案(2019—2022年) 导读:…"); a file name may stand before it, parted by a space.
 */
const GLUED_PREAMBLE = new RegExp(
  `^(.{4,90}?${DOC_WORD}(?:[((][^()()]{1,20}[))])?)\\s*(?=为(?:深入|全面|大力|进一步|贯彻|落实|加快|推进|推动|切实|认真|积极|做好|加强|提高|提升|促进)|根据|按照|导读[::])`,
);

/** "附件2:X表(导出自…)" / "X表.docx" → "X表": a title line with an attachment label, a note or a file extension. */
function titleLine(line: MetaLine | undefined): MetaLine | undefined {
  if (!line) return line;
  let raw = line.raw;
  const label = ATTACHMENT.exec(line.half);
  if (label && line.half.length - label[0].length >= 8) raw = raw.slice(label[0].length);
  // A file name standing for the title on a sharing site ("X分解表.docx").
  raw = raw.replace(/\.(?:docx?|pdf|xlsx?|wps|txt)$/i, '');
  // "首页 > 政务公开 > 计划规划 > X分解(附件)": a page's breadcrumb whose last crumb is the document's own title.
  const crumb = BREADCRUMB.exec(raw)?.[1]?.trim();
  if (crumb && compact(crumb).length >= 10) raw = crumb;
  const site = SITE_AFTER.exec(raw);
  const head = site ? raw.slice(0, site.index).trim() : '';
  if (site?.[1] && (orgShaped(compact(site[1])) || /网站?$/.test(site[1].trim())) && TITLE_END.test(compact(head))) raw = head;
  const glued = GLUED_PREAMBLE.exec(raw);
  if (glued?.[1] && !TITLE_END.test(compact(raw)))
    raw =
      glued[1]
        .trim()
        .split(/[ \u3000]+/)
        .pop() ?? raw;
  const note = NOTE_AFTER.exec(toHalf(raw));
  if (note?.[1] && !KEPT_NOTE.test(note[1]) && TITLE_END.test(compact(raw.slice(0, note.index)))) raw = raw.slice(0, note.index).trim();
  if (raw === line.raw) return line;
  return { ...line, raw, half: toHalf(raw), compact: compact(raw) };
}

/** A line that holds only a document number. */
function numberOnly(line: MetaLine): boolean {
  const n = findDocNumber(line.raw);
  return n !== null && compact(n) === line.compact;
}

function titleShaped(line: MetaLine): boolean {
  const c = line.compact;
  return (
    c.length >= 4 &&
    c.length <= 80 &&
    !NOT_TITLE.test(c) &&
    !/[|>»[\]]/.test(c) &&
    /[\p{Script=Han}]{3}/u.test(c) &&
    !line.raw.includes('\t') &&
    // A table header laid out in wide gaps ("序号  重点工作任务  牵头…") is a row, not a title.
    line.raw.trim().split(/[ \u3000]{2,}/).length < 3 &&
    !isSiteNavigation(line.raw)
  );
}

function joinBroken(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

interface Notice {
  index: number;
  plan: string;
  issuer: string | null;
}

function findNotice(candidates: Candidate[], lines: MetaLine[]): Notice | null {
  for (const c of candidates) {
    const body = c.compact.replace(/^[\p{Script=Han}]{1,12}[[〔(【]\d{4}[\]〕)】]\d{1,4}号/u, '').replace(TRAILING_NUMBER, '');
    const m = NOTICE.exec(body);
    if (!m) continue;
    // "印发《X》的通知" names X; "印发2026年《政府工作报告》重点工作任务分解的通知" names the whole phrase, of
    // which the quoted title is only a part.
    const quoted = /^[^《》]*《([^《》]+)》(?:[((][^()()]{1,20}[))])?$/.exec(m[2] ?? '');
    const plan = (quoted?.[1] ?? m[2] ?? '').trim();
    if (plan.length < 4) continue;
    const issuer = (m[1] ?? '').length >= 2 ? (m[1] ?? null) : brokenOffIssuer(lines, c.index);
    // The raw line keeps the spacing as written; the compact form is what we compare.
    return { index: c.index, plan: quoted?.[1] ? plan : stripRaw(c.text, plan), issuer };
  }
  for (const line of lines.slice(0, 40)) {
    const m = QUOTED_PLAN.exec(line.half);
    const plan = m?.[1] ?? m?.[2];
    if (plan && TITLE_END.test(compact(plan))) return { index: line.index, plan, issuer: null };
  }
  return null;
}

/** "市人民政府办公室" ⏎ "关于印发…的通知": a notice title broken after its issuer, whose line stands alone above it. */
function brokenOffIssuer(lines: MetaLine[], at: number): string | null {
  const line = lines.find((l) => l.index === at - 1);
  const above = line?.compact.replace(/文件$/, '') ?? '';
  // Offices side by side ("X委员会 Y局 Z会") issue it together: kept apart as written, for the signer to be picked.
  const raw =
    line?.raw
      .trim()
      .replace(/\s+/g, ' ')
      .replace(/\s*文件$/, '') ?? '';
  return orgShaped(above) && !/关于|网站?$|门户/.test(above) ? raw : null;
}

/** The plan name as written in the raw notice title (keeps its spacing where the compact form lost it). */
function stripRaw(raw: string, plan: string): string {
  const m = /(?:[关關][于於](?:印发|转发|下发|发布|印送|印發|轉發|下發|發布)|印发|转发|印發|轉發)(.+)的(?:通知|函|决定|決定)\s*$/.exec(raw);
  return m?.[1] && compact(m[1]) === plan ? m[1].trim() : plan;
}

/** Close enough to be the same title: most of the shorter one appears, in order, in the longer. */
function similar(a: string, b: string): boolean {
  if (a === b || a.includes(b) || b.includes(a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < long.length * 0.5) return false;
  return lcs(short, long) >= short.length * 0.8;
}

function lcs(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    prev = row;
  }
  return prev[b.length] ?? 0;
}
