import { toHalfWidth } from '../dates/calendar.js';
import { withoutPinyin } from '../pinyin-notes.js';
import type { MetaLine } from './meta-lines.js';

// 衢政发〔2020〕10号, with the year in any bracket pair, even mismatched: [2020] (2020) 【2020】 〔2020], or with
// the opening bracket lost in conversion (潍政办字2020〕69号); 號 in traditional-character copies.
// One run of spaces at most before the year, so a long run cannot be split two ways (no backtracking blow-up).
const DOC_NUMBER = /[\p{Script=Han}]{1,12}(?:\s*[〔[(【〖])?\s*(?:19|20)\d{2}\s*[〕\])】〗]\s*\d{1,4}\s*[号號]/u;
/** The part of DOC_NUMBER from the year on: a text without it has no document number (a cheap first test). */
const DOC_NUMBER_TAIL = /(?:19|20)\d{2}\s*[〕\])】〗]\s*\d{1,4}\s*[号號]/;

/** A field label alone, with no value after it (主题词:). */
const EMPTY_FIELD = /^\s{2,}\p{Script=Han}{2,5}\s*[:：]$/u;

const PUBLICATION_FIELD = /^(?:发布时间|发布日期|成文日期|印发日期|信息来源|来源)\s*:/;

/** The first document number in a text, exactly as written, or null. */
export function findDocNumber(text: string): string | null {
  const half = toHalfWidth(text);
  if (!DOC_NUMBER_TAIL.test(half)) return null;
  const m = DOC_NUMBER.exec(half);
  return m ? text.slice(m.index, m.index + m[0].length).trim() : null;
}

/**
 * The plan's own 发文字号: from a metadata field, else a line near the top that is only a number or starts
 * with one before the notice title. Numbers cited inside the text (《…》(国发〔2019〕13号)) are not it.
 */
export function docNumberFrom(fieldValue: string | null, lines: MetaLine[], titleIndex: number | null): string | null {
  if (fieldValue) {
    const n = findDocNumber(withoutPinyin(fieldValue));
    if (n) return n;
  }
  const limit = Math.min(lines.length, Math.max(20, (titleIndex ?? 0) + 8));
  for (const written of lines.slice(0, limit)) {
    // A mirror's reading notes ("張政發(fā)〔2021〕4號") are not part of the number.
    const line = { raw: withoutPinyin(written.raw), half: withoutPinyin(written.half) };
    const n = findDocNumber(line.raw);
    if (!n) continue;
    const at = line.raw.indexOf(n);
    const rest = line.half.slice(at + n.length).trim();
    // Alone on its line, or heading the notice title ("盘政办发〔2018〕28号 盘锦市…关于印发…的通知"), or the page's
    // publication fields ("遵府办发〔2023〕5号 发布时间:2023-02-20").
    if (at <= 1 && (rest === '' || /关于|通知|意见|方案/.test(rest) || PUBLICATION_FIELD.test(rest))) return n;
    // Or the value of a metadata table printed without rules, the next field's label beside it with nothing
    // after it ("南政办〔2026〕21号      主题词:"); the number's own label wrapped onto the lines around it.
    if (at <= 1 && EMPTY_FIELD.test(line.half.slice(at + n.length).trimEnd())) return n;
    // Or closing the notice title in brackets ("…的通知(海府办〔2024〕12号)").
    if (/(?:通知|意见|方案)[((]$/.test(line.half.slice(0, at)) && /^[))]?$/.test(rest)) return n;
    // Or standing apart at the end of a page's header line ("来源:市政府办公室  发布时间:…  【大 中 小】项政办〔2026〕5号").
    const before = line.half.slice(0, at);
    if (rest === '' && /[\s】|]$/.test(before) && !/[。,;]/.test(before)) return n;
  }
  return strippedNumber(lines.slice(0, limit));
}

// "当健办发20261": a number whose brackets and 号 a crawler dropped, the year run into the serial.
const STRIPPED_NUMBER = /^\p{Script=Han}{1,10}(?:发|函|字)(?:19|20)\d{2}\d{1,3}$/u;

/** Such a number alone on the line right under the notice title, kept as the page writes it. */
function strippedNumber(lines: MetaLine[]): string | null {
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k] as MetaLine;
    if (STRIPPED_NUMBER.test(line.compact) && /的通知$/.test(lines[k - 1]?.compact ?? '')) return line.raw;
  }
  return null;
}
