import { memoizedPerParse } from '../per-parse-memo.js';
import { foldCodeUnits, halfWidthMap } from '../fold-code-units.js';
/** Numbering styles of Chinese official documents, outermost first as they usually nest. */
export type NumberStyle =
  | 'chapter' // 第一章 / 第一部分
  | 'section' // 第一节
  | 'article' // 第一条
  | 'cn' // 一、
  | 'pcn' // (一)
  | 'arabic' // 1. / 1、 / 1．
  | 'decimal2' // 1.1
  | 'decimal3' // 1.1.1
  | 'parabic' // (1)
  | 'rarabic' // 1)
  | 'circled' // ①
  | 'named' // 实事一| / 项目二: / 整改措施3: (a news or WeChat copy, a ledger names each item)
  | 'record'; // "问题2:…" heading a block of labelled fields (never read from a line: see record-heads)

/** A number marker at the start of a line. */
export interface NumberMarker {
  style: NumberStyle;
  /** The number as written, without its punctuation: "三", "(三)" for pcn, "12". */
  number: string;
  /** Characters the marker occupies at the start of the line (including a duplicated mirror copy). */
  length: number;
}

const CN = '[一二三四五六七八九十百零〇两]+';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const PATTERNS: { style: NumberStyle; re: RegExp; num: (m: RegExpExecArray) => string }[] = [
  { style: 'chapter', re: new RegExp(`^第\\s*(${CN}|\\d{1,2})\\s*(?:章|部分)\\s*`), num: (m) => `第${m[1]}章` },
  { style: 'section', re: new RegExp(`^第\\s*(${CN}|\\d{1,2})\\s*节\\s*`), num: (m) => `第${m[1]}节` },
  { style: 'article', re: new RegExp(`^第\\s*(${CN}|\\d{1,3})\\s*条(?![件例款])\\s*`), num: (m) => `第${m[1]}条` },
  { style: 'cn', re: new RegExp(`^(${CN})\\s*[、.．]\\s*`), num: (m) => m[1] ?? '' },
  { style: 'pcn', re: new RegExp(`^[((]\\s*(${CN})\\s*[))][、.．]?\\s*`), num: (m) => `(${m[1]})` },
  { style: 'decimal3', re: /^(\d{1,2}[.．]\d{1,2}[.．]\d{1,2})(?![\d.．%])[、.．]?\s*/, num: (m) => m[1] ?? '' },
  { style: 'decimal2', re: /^(\d{1,2}[.．]\d{1,2})(?![\d.．%万亿千百个家人元岁])[、.．]?\s+/, num: (m) => m[1] ?? '' },
  { style: 'arabic', re: /^(?!(?:19|20)\d\d)(\d{1,4})\s*(?:[、．]|\.(?!\d))\s*/, num: (m) => m[1] ?? '' },
  { style: 'parabic', re: /^[((]\s*(\d{1,3})\s*[))][、.．]?\s*/, num: (m) => `(${m[1]})` },
  { style: 'rarabic', re: /^(\d{1,2})\s*[))]\s*/, num: (m) => `${m[1]})` },
  { style: 'circled', re: new RegExp(`^([${CIRCLED}])\\s*[、.．]?\\s*`), num: (m) => m[1] ?? '' },
  { style: 'named', re: new RegExp(`^((?:实事|项目|事项|任务|行动|工程)${CN})\\s*[|｜丨::]\\s*`), num: (m) => m[1] ?? '' },
  // "整改措施3:…": a rectification ledger numbers its measures on across the findings they sit under.
  { style: 'named', re: new RegExp(`^((?:整改)?措施(?:${CN}|\\d{1,3}))\\s*[::]\\s*`), num: (m) => m[1] ?? '' },
];

const HALF_WIDTH = halfWidthMap();
// The characters a marker can start with (every pattern above is anchored): most lines are left at once.
const MARKER_START = new Uint8Array(0x10000);
for (const c of `第一二三四五六七八九十百零〇两(（0123456789０１２３４５６７８９${CIRCLED}实项事任行工整措`)
  MARKER_START[c.charCodeAt(0)] = 1;

/**
 * Reads the number marker at the start of a (trimmed) line, or null. "2021年…", "1.5万人", "12320热线"
 * are not markers. A mirror's duplicate "(三)(三)" is taken as one marker.
 */
export function readMarker(raw: string): Readonly<NumberMarker> | null {
  if (!MARKER_START[raw.charCodeAt(0)]) return null;
  // Stages ask again of the same lines; only the opening 24 characters are read.
  return knownMarker(raw.length > 24 ? raw.slice(0, 24) : raw);
}

const knownMarker = memoizedPerParse((opening: string): Readonly<NumberMarker> | null => {
  // Full-width forms fold one for one, so the marker's length is the same in the raw line.
  const line = foldCodeUnits(opening, HALF_WIDTH);
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (!m) continue;
    let length = m[0].length;
    const number = p.num(m);
    // Mirrors sometimes repeat the marker: "(三)(三)加强…".
    const again = p.re.exec(line.slice(length));
    if (again && p.num(again) === number) length += again[0].length;
    return { style: p.style, number, length };
  }
  return null;
});

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The numeric value of a marker's number (for checking that numbers run in sequence), or null. */
export function markerValue(number: string): number | null {
  const digits = /\d+/.exec(number);
  if (digits) return Number(digits[0]);
  const circled = CIRCLED.indexOf(number);
  if (circled >= 0) return circled + 1;
  const cn = /[一二三四五六七八九十百零〇两]+/.exec(number)?.[0];
  if (!cn) return null;
  let total = 0;
  let cur = 0;
  for (const ch of cn) {
    if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    } else cur = CN_DIGITS[ch] ?? 0;
  }
  return total + cur;
}

/** A line that is nothing but a number marker ("1."). */
export function isBareMarker(text: string): boolean {
  const t = text.trim();
  return !!t && readMarker(t)?.length === t.length;
}

/** A line opening the first item (number 1) of a list in another numbering style than `style`. */
export function opensList(text: string, style: NumberStyle): boolean {
  const m = readMarker(text.trim());
  return !!m && m.style !== style && markerValue(m.number) === 1 && text.trim().length > m.length;
}
