/** Text helpers for indicator extraction: one-for-one normalisation, quoted spans and clause bounds. */

/**
 * Maps full-width ASCII (０-９, ％, ，, ；…) and the ideographic space to half-width, one character for one,
 * so every offset into the result is an offset into the input.
 */
export function halfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
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
    if (close === undefined) {
      i++;
      continue;
    }
    const end = text.indexOf(close, i + 1);
    if (end < 0 || end - i > MAX_QUOTED) {
      i++;
      continue;
    }
    for (let k = i; k <= end; k++) mask[k] = true;
    i = end + 1;
  }
  return mask;
}

const CLAUSE_BREAK = new Set([',', ';', '。', '!', '?', '\n', '、']);
const SENTENCE_BREAK = new Set(['。', ';', '!', '?', '\n']);

/** True when the character at `i` ends a clause (a comma between digits, as in 1,600, does not). */
function isBreak(text: string, i: number, set: Set<string>): boolean {
  const ch = text[i] ?? '';
  if (!set.has(ch)) return false;
  if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) return false;
  return true;
}

/** Start of the clause (after , ; 。 、 or a line break) that holds offset `i`. */
export function clauseStart(text: string, i: number, withEnumComma = false): number {
  const set = withEnumComma ? CLAUSE_BREAK : COMMA_BREAK;
  let k = i;
  while (k > 0 && !isBreak(text, k - 1, set)) k--;
  return k;
}

const COMMA_BREAK = new Set([',', ';', '。', '!', '?', '\n']);

/** End (exclusive) of the clause that holds offset `i`: the next , ; 。 or line break. */
export function clauseEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length && !isBreak(text, k, COMMA_BREAK)) k++;
  return k;
}

/** Start of the sentence (after 。 ; ! ? or a line break) that holds offset `i`. */
export function sentenceStart(text: string, i: number): number {
  let k = i;
  while (k > 0 && !isBreak(text, k - 1, SENTENCE_BREAK)) k--;
  return k;
}

/** Number of line breaks in `text` before offset `i`. */
export function linesBefore(text: string, i: number): number {
  let n = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < i; k = text.indexOf('\n', k + 1)) n++;
  return n;
}
