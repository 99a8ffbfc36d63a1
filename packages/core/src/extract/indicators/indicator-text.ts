/** Text helpers for indicator extraction: one-for-one normalisation, quoted spans and clause bounds. */

/** Traditional forms of the characters that comparators, measure words and status words are made of (mirror copies). */
const TRADITIONAL = '並佈佔來個備傳僅價億兒內兩劃動務勵區參員單噸嚴國圍園團報場壓壽婦嬰學實將專導屆屬師廁廣廳張後惡戶擊擔擴數於時書會條業構標樹檢權歲歸氣汙淨減測準潔災為煙牀獎現環產畝療癥發監確礙種稱穩節範築約級組絡綠維網練縣縮總織職腦腫臺與萬著蓋藥處衛衝補規覽計訓設診課講證護負責費貼資質購較輛農運過達選醫銷鎮鐘長門間閱隊際險雙項額類顧顯飲養餘驗體鹽點齊齡';
const SIMPLIFIED = '并布占来个备传仅价亿儿内两划动务励区参员单吨严国围园团报场压寿妇婴学实将专导届属师厕广厅张后恶户击担扩数于时书会条业构标树检权岁归气污净减测准洁灾为烟床奖现环产亩疗症发监确碍种称稳节范筑约级组络绿维网练县缩总织职脑肿台与万着盖药处卫冲补规览计训设诊课讲证护负责费贴资质购较辆农运过达选医销镇钟长门间阅队际险双项额类顾显饮养余验体盐点齐龄';
const SIMPLIFY = new Map([...TRADITIONAL].map((ch, i) => [ch, SIMPLIFIED[i] ?? ch]));

/**
 * Maps full-width ASCII (０-９, ％, ，, ；…) and the ideographic space to half-width, and the traditional
 * characters of target phrases (達到, 個, 以內) to simplified ones, one character for one, so every offset
 * into the result is an offset into the input.
 */
export function halfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += SIMPLIFY.get(text[i] ?? '') ?? text[i];
  }
  return out;
}

const OPENERS: Record<string, string> = { '“': '”', '《': '》', '〔': '〕', '「': '」', '『': '』', '‘': '’' };
/** A quotation longer than this is prose that happens to be quoted, not a name. */
const MAX_QUOTED = 40;

/**
 * Marks the characters inside quotation marks and book-title marks: a number there belongs to a name
 * (“323”, 《健康中国2030》, 〔2021〕), not to a target.
 */
export function quotedMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const close = OPENERS[ch] ?? (ch === '"' ? '"' : undefined);
    // Only a short window is searched, so unbalanced marks cannot make this quadratic.
    const rel = close === undefined ? -1 : text.slice(i + 1, i + 1 + MAX_QUOTED).indexOf(close);
    if (rel < 0) {
      i++;
      continue;
    }
    const end = i + 1 + rel;
    for (let k = i; k <= end; k++) mask[k] = true;
    i = end + 1;
  }
  return mask;
}

const COMMA_BREAK = new Set([',', ';', '。', '!', '?', '\n']);
const SENTENCE_BREAK = new Set(['。', ';', '!', '?', '\n']);

/** True when the character at `i` ends a clause (a comma between digits, as in 1,600, does not). */
function isBreak(text: string, i: number, set: Set<string>): boolean {
  const ch = text[i] ?? '';
  if (!set.has(ch)) return false;
  if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) return false;
  return true;
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
      if (text[i] === '\n') {
        hard[i] = isWrap(text, lineStart, i) ? 0 : 1;
        lineStart = i + 1;
        this.lineStarts.push(i + 1);
      } else hard[i] = isBreak(text, i, COMMA_BREAK) ? 1 : 0;
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
      const ch = text[i];
      if (ch === '(' || ch === '(') depth++;
      else if ((ch === ')' || ch === ')') && depth > 0) depth--;
      if (hard[i]) {
        c = i + 1;
        depth = 0;
      }
      // 、 inside brackets ("县(市、区)") does not separate list members.
      if (hard[i] || (ch === '、' && depth === 0)) e = i + 1;
      if (hard[i] && (text[i] === '\n' || SENTENCE_BREAK.has(text[i] ?? ''))) s = i + 1;
    }
    let t = n;
    let u = n;
    for (let i = n; i >= 0; i--) {
      if (i < n && hard[i]) t = i;
      if (i < n && hard[i] && (text[i] === '\n' || SENTENCE_BREAK.has(text[i] ?? ''))) u = i;
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
