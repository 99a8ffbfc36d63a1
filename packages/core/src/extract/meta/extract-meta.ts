import { parseSignatureDate } from '../dates/signature-date.js';
import type { PlanMeta } from '../plan-schema.js';
import type { SourceText } from '../source-text.js';
import { docNumberFrom } from './doc-number.js';
import { findSignatures, orgShaped, repairTruncated, type Signature } from './issuer.js';
import { draftingSigner } from './joint-issuer.js';
import { compact, metaLines, type MetaLine } from './meta-lines.js';
import { field, readMetadataBlock } from './metadata-block.js';
import { findTitle } from './title.js';
import { issuingSentence } from './issuing-sentence.js';
import { issueHeader, issueNumber, officeOverNotice, reportPageYear, runningHeader } from './page-headers.js';
import { docNumberYear } from './month-day-signature.js';

/**
 * Reads the plan's title, issuer, document number, signature date, year and whether it is annual.
 * Web-page metadata blocks (索引号 / 成文日期 / 文号, 【制定机关】 / 【字 号】) are strong evidence; the covering
 * notice's signature and title tell the issuer; the plan's own heading is its title.
 */
export function extractMeta(source: SourceText): PlanMeta {
  const lines = metaLines(source);
  const fields = readMetadataBlock(lines);
  const found = findTitle(lines, field(fields, '标题', '文件名称', '名称'));
  // A bulletin's issue line or a journal page's running header names a document that has no title line of its own.
  const issue = issueHeader(lines);
  const running = found.title ? null : runningHeader(lines);
  const title = found.title ? found : { ...found, title: issue?.title ?? running?.title ?? null };
  // A 说明 sheet may name the notice the table was sent with: "文件来源 | X关于印发…的通知(某府办函〔2025〕6号)".
  const sentWith = field(fields, '文件来源');
  // A page about the plan (a news item, a 政策解读) may tell in one sentence who issued it, under which number, when.
  const told = issuingSentence(lines, title.title);
  const docNumber =
    docNumberFrom(field(fields, '发文字号', '发布字号', '发文编号', '文号', '文件编号', '字号') ?? sentWith, lines, title.index) ??
    told?.docNumber ??
    issueNumber(field(fields, '文号', '发文字号')) ??
    issue?.docNumber ??
    null;
  const signatures = findSignatures(lines, docNumberYear(docNumber));

  const written = field(fields, '成文日期', '公文生成日期');
  const signature = pickSignature(afterAddressees(signatures, lines), lines.length);
  // A page's 发文日期 or 生成日期 may be the day it was posted or generated; the date under the signature is the
  // document's own.
  const posted = field(fields, '发文日期', '生成日期');
  const date = written ? parseSignatureDate(written) : posted && !signature?.date ? parseSignatureDate(posted) : null;
  const origin = field(fields, '文章来源', '信息来源', '来源');
  const named = field(
    fields,
    '制定机关',
    '发文机关',
    '发布机关',
    '发布机构',
    '发布单位',
    '印发单位',
    '制表单位',
    '编制单位',
    '公开责任部门',
  );
  const header = signatures.some((s) => s.issuer) ? null : redHeader(lines, docNumber);
  const fieldIssuer =
    spelledOut(named, origin) ??
    named ??
    noticeOffice(sentWith) ??
    header ??
    (signatures.some((s) => s.issuer) ? null : officeOverNotice(lines)) ??
    // The office the sentence names issued the plan; a 来源 field names the office that posted the page.
    (signatures.length ? null : told?.issuer) ??
    sourceIssuer(origin, masthead(lines)) ??
    // A ledger with no other sign of its office: the 填报单位 filled in under its title, or a "X 制表" line.
    orgField(field(fields, '填报单位')) ??
    tabulatedBy(lines) ??
    running?.issuer ??
    null;
  // A page with no signature whose publication line names the office that published it: that line dates it. Not a
  // document that names its office in its own header: the day it was posted is not the day it was written.
  const published =
    field(fields, '公布日期', '颁布时间', '颁布日期', '印发日期', '制表日期', '编制日期', '填报日期', '填报时间') ??
    (signatures.length || !fieldIssuer || fieldIssuer === header ? null : field(fields, '发布日期', '发布时间', '发表时间'));
  // A publication time may carry the clock ("2024-03-21 09:16").
  const signatureDate =
    date ??
    signature?.date ??
    // The day the sentence says the plan was signed, not the day the page about it was posted.
    told?.date ??
    parseSignatureDate((published ?? '').replace(/\s+\d{1,2}:\d{2}(?::\d{2})?$/, ''));

  const issuerRaw = issuedBy(lines) ?? pickIssuer(signatures, signature, title.noticeIssuer, fieldIssuer);
  const issuer = issuerRaw ? draftingSigner(repairTruncated(spelledOutBelow(issuerRaw, lines), source.text), docNumber) : null;

  const titleYears = title.title ? yearsIn(title.title) : [];
  const signatureYear = signatureDate ? Number(signatureDate.slice(0, 4)) : null;
  const reportYear =
    title.title === null && signatureYear === null ? reportPageYear(lines, field(fields, '发表时间', '发布时间', '发布日期')) : null;
  const planYear = titleYears.length === 1 ? (titleYears[0] ?? null) : (rangeYear(titleYears, signatureYear) ?? reportYear);
  // A 《政府工作报告》 is a year's report: a plan dividing its work is annual even when its title names no year.
  const annual =
    (title.title !== null &&
      ((titleYears.length === 1 && /(?:19|20)\d{2}\s*年/.test(title.title)) ||
        (titleYears.length === 0 && planYear !== null && /政府工作报告/.test(title.title)))) ||
    reportYear !== null;

  return { title: title.title, issuer, docNumber, date: signatureDate, planYear, annual };
}

const ISSUED_LINE = /^[((](?:\d{4}年\d{1,2}月\d{1,2}日)?(.{4,40}?)印发[))]$/;

/** The office an issuing line under the title names: "(2026年3月25日X市爱国卫生运动委员会印发)". */
function issuedBy(lines: MetaLine[]): string | null {
  for (const line of lines.slice(0, 12)) {
    const office = ISSUED_LINE.exec(line.compact)?.[1];
    if (office && orgShaped(office)) return office;
  }
  return null;
}

/** A field's value when it is an office's name. */
function orgField(value: string | null): string | null {
  const v = value?.replace(/\s+/g, '') ?? '';
  // "X发展和改革委员会(市重点建设项目事务中心)": an office written with a note keeps the note.
  return orgShaped(v) || orgShaped(v.replace(/[((][^()()]{2,20}[))]$/, '')) ? v : null;
}

/** "X办公室 制表", alone on a line or as the last row of a 说明 sheet ("3\tX办公室 制表"): the office that drew up the table. */
function tabulatedBy(lines: MetaLine[]): string | null {
  for (const line of lines) {
    const office = /^(?:\d{1,2}[.、]?\s+)?(\S.{3,40}?)\s*制表$/.exec(line.half)?.[1]?.replace(/\s+/g, '');
    if (office && orgShaped(office)) return office;
  }
  return null;
}

/**
 * The office printed over the 文号 near the top, as a red-headed document names its issuer ("X领导小组办公室" ⏎
 * "X组办〔2026〕3号"): the document's own, where a page's 来源 only names the office that posted it.
 */
function redHeader(lines: MetaLine[], docNumber: string | null): string | null {
  if (!docNumber) return null;
  const number = compact(docNumber);
  const at = lines.slice(0, 30).findIndex((l) => l.compact.startsWith(number));
  const office = at > 0 ? (lines[at - 1]?.compact.replace(/文件$/, '') ?? '') : '';
  // Offices stacked over the number are a joint header: the signature says who signs.
  const above = at > 1 ? (lines[at - 2]?.compact.replace(/文件$/, '') ?? '') : '';
  return orgShaped(office) && !orgShaped(above) ? office : null;
}

/** The site's owner printed as the page's first line ("X市卫生健康委员会" or "X市卫生健康委员会 | 政务公开 | …"). */
function masthead(lines: MetaLine[]): string | null {
  const first = lines[0]?.compact.split(/[|>|]/)[0] ?? '';
  return orgShaped(first) ? first : null;
}

/**
 * A 发布单位 field in a bare short form without its place name ("区健康城市办") beside a 来源 field that names an office of
 * the same level in full ("静安区健康促进委员会办公室"): the full name is the office's own.
 */
function spelledOut(short: string | null, origin: string | null): string | null {
  const s = short?.replace(/\s+/g, '') ?? '';
  const o = origin?.replace(/\s+/g, '') ?? '';
  const level = /^[省市县区州盟旗]/.exec(s)?.[0];
  if (!level || !orgShaped(o) || /^[省市县区州盟旗]/.test(o) || o.includes(s)) return null;
  // The full name opens with a place of that level ("静安区…") and is an office like the short one (…办 / …办公室).
  const place = new RegExp(`^[\\p{Script=Han}]{2,6}?${level}`, 'u');
  const office = (x: string): string => (/办(?:公室)?$/.test(x) ? '办' : x.slice(-1));
  return place.test(o) && office(o) === office(s) ? o : null;
}

/**
 * A short form without its place name ("县政府办公室", from a 来源 field) that a line at the document's end names in full
 * ("互助土族自治县人民政府办公室", the office signing under the table): the full name.
 */
function spelledOutBelow(issuer: string, lines: MetaLine[]): string {
  const short = /^([省市县区州盟旗])(.{2,20})$/.exec(issuer.replace(/\s+/g, ''));
  if (!short) return issuer;
  const norm = (x: string) => x.replace(/人民政府/g, '政府');
  for (const line of lines.slice(-12)) {
    const full = new RegExp(`^[\\p{Script=Han}]{2,8}?${short[1]}(.+)$`, 'u').exec(line.compact);
    if (full?.[1] && orgShaped(line.compact) && norm(full[1]) === norm(short[2] ?? '')) return line.compact;
  }
  return issuer;
}

/** The office that sent a notice, from its title ("X关于印发《Y》的通知…"), or null. */
function noticeOffice(title: string | null): string | null {
  const office = /^(.{4,40}?)关于(?:印发|转发|下发)/.exec((title ?? '').replace(/\s+/g, ''))?.[1];
  return office && orgShaped(office) ? office : null;
}

const NON_ISSUER_SOURCE = /(?:促进会|研究会|学会|协会|商会|基金会|报社|杂志社|日报|晚报|新闻网|电视台)$/;

/**
 * The publishing office a 来源 field names. A division of the site's owner (…科, …处) or a short form without its place
 * name that the masthead spells out in full ("市卫生健康委" under "长治市卫生健康委员会") gives the owner's name.
 */
function sourceIssuer(origin: string | null, owner: string | null): string | null {
  if (!origin) return null;
  const o = origin.replace(/\s+/g, '');
  // Not 室: a 督查室 publishes in its own name.
  if (owner && ((/^[省市县区州盟旗]/.test(o) && owner.includes(o)) || /(?<!办事)(?:科|处|股)$/.test(o))) return owner;
  // A society or a paper that reposts the plan (X促进会, X学会, X报社) is no office that could have issued it.
  if (NON_ISSUER_SOURCE.test(o)) return null;
  return orgShaped(o) ? origin : null;
}

/**
 * The signatures below the notice's addressee line ("各乡镇人民政府、街道办事处:"), when there are any: an office over a
 * date above it is a page's unlabelled metadata block (发布机构 ⏎ 成文日期), not a signature.
 */
function afterAddressees(signatures: Signature[], lines: MetaLine[]): Signature[] {
  const addressees = lines.slice(0, 60).find((l) => /^各.{2,80}[::]$/.test(l.compact));
  if (!addressees) return signatures;
  const below = signatures.filter((s) => s.index > addressees.index);
  return below.length && below.length < signatures.length ? below : signatures;
}

/**
 * The first signature that names its office (the covering notice's, or the plan's own at its end); else a
 * date line early in the document; else the last date line (the 印发 line).
 */
function pickSignature(signatures: Signature[], lineCount: number): Signature | null {
  return signatures.find((s) => s.issuer) ?? signatures.find((s) => s.index < lineCount * 0.4) ?? signatures[signatures.length - 1] ?? null;
}

function pickIssuer(
  signatures: Signature[],
  chosen: Signature | null,
  noticeIssuer: string | null,
  fieldIssuer: string | null,
): string | null {
  const named = chosen?.issuer ?? signatures.find((s) => s.issuer)?.issuer ?? null;
  const candidates = [named, noticeIssuer && orgShaped(noticeIssuer) ? noticeIssuer : null, fieldIssuer];
  // Prefer the fullest name: metadata fields often abbreviate ("市政府" for "衢州市人民政府").
  const first = candidates.find((c): c is string => !!c) ?? null;
  if (first && fieldIssuer && placeless(first, fieldIssuer)) return fieldIssuer;
  // A page's 发布机构 field naming one of joint signers: the page says which of them published it.
  // Not when the notice's own title names them all ("X委员会 X人民政府关于印发…的通知"): they issued it together.
  const together = noticeIssuer !== null && first !== null && noticeIssuer.replace(/\s+/g, '') === first.replace(/\s+/g, '');
  if (!together && first && fieldIssuer && first.includes(' ') && first.split(' ').includes(fieldIssuer.replace(/\s+/g, '')))
    return fieldIssuer;
  // Not when the field only adds a bracketed note to the signed name ("X人民政府(办公室)" for a signature "X人民政府").
  // Nor when it names the signer's own office, which published the page ("X委员会办公室" for a signature "X委员会").
  const bare = fieldIssuer?.replace(/[((][^()()]*[))]/g, '').replace(/\s+/g, '');
  if (
    first &&
    fieldIssuer &&
    bare !== first &&
    !first.endsWith(bare?.replace(/办公室$/, '') ?? '') &&
    fieldIssuer.length > first.length &&
    fieldIssuer.includes(first)
  )
    return fieldIssuer;
  return first;
}

/**
 * A signature that leaves out its place ("镇爱卫办", "区卫健委") where the page's 发布机构 field names an organisation
 * of the same level with its place ("朱泾镇人民政府"): the field says who issued the page.
 */
function placeless(signed: string, field: string): boolean {
  const level = /^(镇|乡|区|县|市|街道)\p{Script=Han}{1,10}$/u.exec(signed.replace(/\s+/g, ''))?.[1];
  if (!level) return false;
  const f = field.replace(/\s+/g, '');
  const at = f.indexOf(level);
  return at >= 2 && at <= 8 && f.length > signed.length && /^\p{Script=Han}+$/u.test(f.slice(0, at));
}

/**
 * Years a title is about, in order: "2021年", both ends of "(2021—2025年)". A year that is part of a
 * name ("健康中国2030规划纲要") is not one.
 */
function yearsIn(title: string): number[] {
  const years: number[] = [];
  const re = /(?<!\d)((?:19|20)\d{2})(?:\s*[—–\-~至到]+\s*((?:19|20)\d{2}))?\s*年/g;
  for (const m of title.matchAll(re)) {
    years.push(Number(m[1]));
    if (m[2]) years.push(Number(m[2]));
  }
  return years;
}

/** For a multi-year title, the signature year when it falls in the range, else the first year. */
function rangeYear(years: number[], signatureYear: number | null): number | null {
  if (years.length === 0) return signatureYear;
  const [lo = 0, hi = 0] = [Math.min(...years), Math.max(...years)];
  return signatureYear !== null && signatureYear >= lo && signatureYear <= hi ? signatureYear : lo;
}
