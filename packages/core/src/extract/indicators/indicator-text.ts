/** Text helpers for indicator extraction: one-for-one normalisation, quoted spans and clause bounds. */
import { foldCodeUnits, halfWidthMap } from '../fold-code-units.js';

/** Traditional forms of the characters that comparators, measure words and status words are made of (mirror copies). */
const TRADITIONAL =
  '並佈佔來個備傳僅價億兒內兩劃動務勵區參員單噸嚴國圍園團報場壓壽婦嬰學實將專導屆屬師廁廣廳張後惡戶擊擔擴數於時書會條業構標樹檢權歲歸氣汙淨減測準潔災為煙牀獎現環產畝療癥發監確礙種稱穩節範築約級組絡綠維網練縣縮總織職腦腫臺與萬著蓋藥處衛衝補規覽計訓設診課講證護負責費貼資質購較輛農運過達選醫銷鎮鐘長門間閱隊際險雙項額類顧顯飲養餘驗體鹽點齊齡';
const SIMPLIFIED =
  '并布占来个备传仅价亿儿内两划动务励区参员单吨严国围园团报场压寿妇婴学实将专导届属师厕广厅张后恶户击担扩数于时书会条业构标树检权岁归气污净减测准洁灾为烟床奖现环产亩疗症发监确碍种称稳节范筑约级组络绿维网练县缩总织职脑肿台与万着盖药处卫冲补规览计训设诊课讲证护负责费贴资质购较辆农运过达选医销镇钟长门间阅队际险双项额类顾显饮养余验体盐点齐龄';
const SIMPLIFY = new Map([...TRADITIONAL].map((ch, i) => [ch, SIMPLIFIED[i] ?? ch]));

/** Full-width ASCII and the ideographic space to half-width, and the traditional forms above to simplified. */
const FOLD = halfWidthMap();
for (const [from, to] of SIMPLIFY) FOLD[from.charCodeAt(0)] = to.charCodeAt(0);

/**
 * Maps full-width ASCII (０-９, ％, ，, ；…) and the ideographic space to half-width, and the traditional
 * characters of target phrases (達到, 個, 以內) to simplified ones, one character for one, so every offset
 * into the result is an offset into the input.
 */
export function halfWidth(text: string): string {
  return foldCodeUnits(text, FOLD);
}

const OPENERS: Record<string, string> = { '“': '”', '《': '》', '〔': '〕', '「': '」', '『': '』', '‘': '’', '"': '"' };
const OPENER_RE = new RegExp(`[${Object.keys(OPENERS).join('')}]`, 'g');
/** A quotation longer than this is prose that happens to be quoted, not a name. */
const MAX_QUOTED = 40;

/**
 * Marks the characters inside quotation marks and book-title marks (both marks included): a number there
 * belongs to a name (“323”, 《健康中国2030》, 〔2021〕), not to a target. 1 inside, 0 outside.
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(text); m; m = OPENER_RE.exec(text)) {
    const i = m.index;
    const close = (OPENERS[m[0]] ?? '').charCodeAt(0);
    // Only a short window is searched, so unbalanced marks cannot make this quadratic.
    const last = Math.min(text.length - 1, i + MAX_QUOTED);
    let end = i + 1;
    while (end <= last && text.charCodeAt(end) !== close) end++;
    if (end > last) continue;
    mask.fill(1, i, end + 1);
    OPENER_RE.lastIndex = end + 1;
  }
  return mask;
}

/**
 * Which offsets of a text are quoted (see quotedMask). The mask is built on the first question, so a text
 * whose numbers are all ruled out by cheaper tests never pays for it.
 */
export class QuotedSpans {
  private mask: Uint8Array | null = null;

  constructor(private readonly text: string) {}

  /** True when offset `i` is inside quotation or book-title marks, or on one of them. */
  has(i: number): boolean {
    this.mask ??= quotedMask(this.text);
    return this.mask[i] === 1;
  }
}

const NEWLINE = 0x0a;
const COMMA = 0x2c;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const ENUM_COMMA = 0x3001; // 、

const isDigitAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= 0x30 && code <= 0x39;
};

/** What ends at an offset: nothing, a clause (a comma), or a sentence (。 ; ! ? or a hard line break). */
const NO_BREAK = 0;
const CLAUSE_BREAK = 1;
const SENTENCE_BREAK = 2;
type Break = typeof NO_BREAK | typeof CLAUSE_BREAK | typeof SENTENCE_BREAK;

/** The break at `i`, a character other than a line break (a comma between digits, as in 1,600, is none). */
function breakAt(text: string, i: number): Break {
  switch (text.charCodeAt(i)) {
    case 0x3b: // ;
    case 0x3002: // 。
    case 0x21: // !
    case 0x3f: // ?
      return SENTENCE_BREAK;
    case COMMA:
      if (isDigitAt(text, i - 1) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4))
        return NO_BREAK;
      return CLAUSE_BREAK;
    default:
      return NO_BREAK;
  }
}

/** Shortest line taken for running prose; a shorter line (a heading, a table cell) ends where it ends. */
const WRAP_MIN = 20;

/**
 * A line break inside a sentence (PDF and OCR copies wrap lines mid-sentence, "…普及率\n达到92%"): the line
 * is long and does not end in punctuation.
 */
function isWrap(text: string, lineStart: number, at: number): boolean {
  let k = at - 1;
  while (k >= lineStart && /\s/.test(text[k] ?? '')) k--;
  if (k - lineStart + 1 < WRAP_MIN) return false;
  return !/[。;!?:,、)」”》]/.test(text[k] ?? '');
}

/**
 * Clause and sentence bounds of every offset, computed once (linear), so that looking them up for each
 * number stays linear however long a clause is.
 */
export class ClauseIndex {
  private readonly clauseFrom: Int32Array;
  private readonly enumFrom: Int32Array;
  private readonly sentenceFrom: Int32Array;
  private readonly clauseTo: Int32Array;
  private readonly sentenceTo: Int32Array;
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    const n = text.length;
    this.clauseFrom = new Int32Array(n + 1);
    this.enumFrom = new Int32Array(n + 1);
    this.sentenceFrom = new Int32Array(n + 1);
    this.clauseTo = new Int32Array(n + 1);
    this.sentenceTo = new Int32Array(n + 1);
    const hard = new Uint8Array(n);
    let lineStart = 0;
    for (let i = 0; i < n; i++) {
      if (text.charCodeAt(i) === NEWLINE) {
        hard[i] = isWrap(text, lineStart, i) ? NO_BREAK : SENTENCE_BREAK;
        lineStart = i + 1;
        this.lineStarts.push(i + 1);
      } else hard[i] = breakAt(text, i);
    }
    let c = 0;
    let e = 0;
    let s = 0;
    let depth = 0;
    for (let i = 0; i <= n; i++) {
      this.clauseFrom[i] = c;
      this.enumFrom[i] = e;
      this.sentenceFrom[i] = s;
      if (i === n) break;
      const code = text.charCodeAt(i);
      if (code === OPEN_PAREN) depth++;
      else if (code === CLOSE_PAREN && depth > 0) depth--;
      if (hard[i]) {
        c = i + 1;
        depth = 0;
      }
      // 、 inside brackets ("县(市、区)") does not separate list members.
      if (hard[i] || (code === ENUM_COMMA && depth === 0)) e = i + 1;
      if (hard[i] === SENTENCE_BREAK) s = i + 1;
    }
    let t = n;
    let u = n;
    for (let i = n; i >= 0; i--) {
      if (i < n && hard[i]) t = i;
      if (i < n && hard[i] === SENTENCE_BREAK) u = i;
      this.clauseTo[i] = t;
      this.sentenceTo[i] = u;
    }
  }

  /** Start of the clause (after , ; 。 or a line break; also after 、 with `withEnumComma`) holding offset `i`. */
  clauseStart(i: number, withEnumComma = false): number {
    return (withEnumComma ? this.enumFrom : this.clauseFrom)[i] ?? 0;
  }

  /** End (exclusive) of the clause holding offset `i`: the next , ; 。 or line break. */
  clauseEnd(i: number): number {
    return this.clauseTo[i] ?? 0;
  }

  /** Start of the sentence (after 。 ; ! ? or a line break) holding offset `i`. */
  sentenceStart(i: number): number {
    return this.sentenceFrom[i] ?? 0;
  }

  /** End (exclusive) of the sentence holding offset `i`. */
  sentenceEnd(i: number): number {
    return this.sentenceTo[i] ?? 0;
  }

  /** Number of line breaks before offset `i`. */
  linesBefore(i: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
