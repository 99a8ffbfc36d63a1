import { parseSignatureDate } from '../dates/signature-date.js';
import type { MetaLine } from './meta-lines.js';
import { ISSUER_ENDINGS } from '../lexicons/issuer-endings.js';
import { endsWithAny } from '../lexicons/pattern.js';
import { monthDaySignature } from './month-day-signature.js';
import { withoutPinyin } from '../pinyin-notes.js';

const ORG_END = endsWithAny(ISSUER_ENDINGS);
// Its date may be spaced as OCR copies write it ("2026 年 3 月 9 日"), and followed by a 此件 note and the plan's text.
const RUN_IN_SIGNATURE =
  /[。!]\s+([\p{Script=Han}()]{4,40}?)\s+(\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)\s*(?:$|[((]此件[\p{Script=Han}]{2,8}[))])/u;
// A seal note alone on its line, also naming the office that stamps for the signer: "(代章)", "(X区政府办公室代章)".
const SEAL_NOTE = /^[??]*[((][\p{Script=Han}()a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,40}?(?:代章|盖章|印章|公章|签章|章)[))]$/u;
/** The same note closing the office's own line: "X领导小组办公室(代章)". */
const TRAILING_SEAL = /[((](?:代章|盖章|印章|公章|签章)[))]$/;
const DATE_CHARS = /^[\d\s年月日号.\-/〇○零一二三四五六七八九十]+$/;

/** A line that holds nothing but a date ("2021年3月18日", "2021629", "二〇二一年六月二十九日"). */
export function dateOnly(line: MetaLine): string | null {
  // A mirror may set the signature block's indent as a run of "?" (characters its encoding lost).
  const half = line.half.replace(/^\?{4,}/, '');
  if (line.compact.length - (line.half.length - half.length) > 20 || !DATE_CHARS.test(half)) return null;
  return parseSignatureDate(half);
}

/** True for a short line that reads like the name of an office. */
export function orgShaped(text: string): boolean {
  // The State Council signs with its three-character name.
  if (text === '国务院') return true;
  return text.length >= 4 && text.length <= 40 && ORG_END.test(text) && !/[,。;:!?、]/.test(text) && /^[\p{Script=Han}()]+$/u.test(text);
}

/** A signature: an office line directly above a date line ("盘锦市人民政府办公室" ⏎ "2018年5月24日"). */
export interface Signature {
  issuer: string | null;
  date: string;
  index: number;
}

/**
 * Every date-only line, with the office line written above it when there is one. `year` (the 文号's) dates a line of
 * month and day alone under an office's name.
 */
export function findSignatures(lines: MetaLine[], year: number | null = null): Signature[] {
  const out: Signature[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = unbracketed(lines[i]);
    if (!line) continue;
    const date = dateOnly(line) ?? (i > 0 && orgShaped(lines[i - 1]?.compact ?? '') ? monthDaySignature(line.compact, year) : null);
    if (date) {
      // Jointly issued documents stack their offices one per line above the date, or set them side by side.
      const offices: string[] = [];
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
        const above = lines[j];
        // "X办公室" ⏎ "(代章)" ⏎ date: the seal note stands between the office and its date.
        if (above && offices.length === 0 && j === i - 1 && SEAL_NOTE.test(above.compact)) continue;
        // A mirror's reading notes ("辦(bàn)公(gōng)廳") do not make the office line any less an office's name.
        if (!above) break;
        const sealed = TRAILING_SEAL.test(above.compact);
        if (!orgShaped(withoutPinyin(above.compact).replace(TRAILING_SEAL, ''))) break;
        offices.unshift(sealed ? above.raw.trim().replace(TRAILING_SEAL, '').trim() : above.raw.trim());
      }
      out.push({ issuer: jointOffices(offices), date, index: i });
      continue;
    }
    // A web copy that lost its line breaks runs the signature into the notice's last sentence:
    // "…请认真贯彻执行。 X县人民政府 2026年3月3日".
    const runIn = line.compact.length > 64 ? RUN_IN_SIGNATURE.exec(line.half) : null;
    const runInDate = runIn?.[2] ? parseSignatureDate(runIn[2].replace(/\s+/g, '')) : null;
    if (runIn?.[1] && runInDate && orgShaped(runIn[1])) {
      out.push({ issuer: runIn[1], date: runInDate, index: i });
      continue;
    }
    // Office and date on one line: "江市健康潜江工作领导小组办公室      2021629日印发", "XX办公室 2021年6月29日".
    if (!/\d[日号]?(?:印发|发布|印)?$|日$/.test(line.half)) continue;
    if (line.compact.length > 64) {
      // A whole notice run onto one line ("…的通知 各乡镇…:…,请抓好落实。 X人民政府 2026年3月3日"): its signature
      // closes it, after the last sentence.
      const tail = /[。!?]\s*([\p{Script=Han}()]{4,40})\s+([\d年月日号.\-/〇○零一二三四五六七八九十]{6,20}?)$/u.exec(line.half);
      const d = tail?.[2] ? parseSignatureDate(tail[2]) : null;
      if (tail?.[1] && d && orgShaped(tail[1])) out.push({ issuer: tail[1], date: d, index: i });
      continue;
    }
    // A bare 印发 line: "2021年6月29日印发".
    const printed = /^([\d\s年月日号.\-/〇○零一二三四五六七八九十]{6,24}?)\s*(?:印发|发布)$/.exec(line.half);
    const printedDate = printed?.[1] ? parseSignatureDate(printed[1]) : null;
    if (printedDate) {
      out.push({ issuer: null, date: printedDate, index: i });
      continue;
    }
    const m = /^([\p{Script=Han}()]{4,40}?)\s+([\d年月日号.\-/〇○零一二三四五六七八九十]{6,20}?)\s*(?:印发|发布|印)?$/u.exec(line.half);
    const d = m?.[2] ? parseSignatureDate(m[2]) : null;
    if (m?.[1] && d && orgShaped(m[1])) out.push({ issuer: line.raw.slice(0, m[1].length), date: d, index: i });
  }
  return out;
}

/**
 * An issuing line in brackets under the title, "(X办公室 2026年3月12日印发)" or "(X局 2026年3月18日)", read as the
 * line inside them.
 */
function unbracketed(line: MetaLine | undefined): MetaLine | undefined {
  if (!line || !BRACKETED_ISSUE.test(line.half)) return line;
  return { ...line, raw: line.raw.slice(1, -1).trim(), half: line.half.slice(1, -1).trim(), compact: line.compact.slice(1, -1) };
}
const BRACKETED_ISSUE = /^[(（](?:[^()（）]{6,60}(?:印发|发布)|[^()（）\s]{4,40}\s+[\d年月]{6,12}日)[)）]$/;

/**
 * The signing offices as written, one space between them: a jointly issued document (offices stacked one per
 * line above the date, or set side by side) is issued by all of them.
 */
function jointOffices(offices: string[]): string | null {
  if (offices.length === 0) return null;
  return offices.join(' ').trim().replace(/\s+/g, ' ');
}

/**
 * Puts back a first character lost in conversion ("江市健康潜江…办公室" → "潜江市…") when the name starts with
 * a one-character place before 市/县 and the text names that place with one same character in front,
 * at least three times. City and county names have two characters or more, so "江市" alone is a fragment.
 */
export function repairTruncated(name: string, text: string): string {
  const m = /^([\p{Script=Han}])([市县])/u.exec(name);
  if (!m) return name;
  const fragment = m[0];
  const counts = new Map<string, number>();
  for (const hit of text.matchAll(new RegExp(`([\\p{Script=Han}])${fragment}`, 'gu'))) {
    const c = hit[1] ?? '';
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[1] < 3) return name;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return best[1] >= total * 0.8 ? best[0] + name : name;
}
