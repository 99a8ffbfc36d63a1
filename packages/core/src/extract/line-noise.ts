import { alternation, escapeWord } from './lexicons/pattern.js';
import { NAV_SEPARATORS, SITE_TOOLS } from './lexicons/site-navigation.js';

/**
 * Noise that sits on the lines of copied pages: a stray character closing every cell of a document-sharing
 * copy, and decoration before a line (bullets, arrows, pictographs). Shared by the line reader and meta.
 */

/** Symbols that decorate the start of a line in web and WeChat copies: bullets, arrows, pictographs. */
const DECORATION = /^(?:[•·●○◆◇■□▶►▷▸★☆※→⇒➤➢↓↑✦✧❖✔✅]|\p{Extended_Pictographic}|\uFE0F)$/u;

/** How many UTF-16 units of decoration (and the spaces after it) open `text` at `from`. */
export function decorationLength(text: string, from = 0, to = text.length): number {
  let s = from;
  for (
    let cp = text.codePointAt(s);
    s < to && cp !== undefined && cp >= 0x2000 && DECORATION.test(String.fromCodePoint(cp));
    cp = text.codePointAt(s)
  ) {
    s += cp > 0xffff ? 2 : 1;
    while (s < to && /[\s\u3000\u00a0]/.test(text[s] ?? '')) s++;
  }
  return s - from;
}

/**
 * A document-sharing copy of a .docx closes every cell with the same stray letter (a Cyrillic "Р" after Chinese
 * text). Returns that character when one non-Han, non-Latin letter ends at least a third of the lines (and five
 * or more), each time right after Han text, a digit or closing punctuation.
 */
export function strayCellCloser(lines: Iterable<string>): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const raw of lines) {
    const t = raw.trimEnd();
    if (!t) continue;
    total++;
    const last = t[t.length - 1] ?? '';
    const before = t[t.length - 2] ?? '';
    if (/\p{L}/u.test(last) && !/[\p{Script=Han}a-zA-Z]/u.test(last) && /[\p{Script=Han}\d)),。%]/u.test(before))
      counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  for (const [c, n] of counts) if (n >= 5 && n * 3 >= total) return c;
  return null;
}

const SHARING_START = new Set([...'下版已继点长']);

/** Download, paywall and follow prompts of document-sharing sites and official accounts: never content. */
export function isSharingSiteNote(text: string): boolean {
  // Every line is asked: one whose first character opens none of the prompts is left at once.
  if (!SHARING_START.has(text.trimStart()[0] ?? '')) return false;
  return /^(?:下载本文档|版权说明[::]|已阅读\d+页|继续(?:免费)?阅读|点击蓝字|点击上方|长按(?:识别|二维码))/.test(text.replace(/\s+/g, ''));
}

// Tool links glued or apart, with spaces, middle dots or the separators of a site's menus between them.
const TOOLS_ONLY = new RegExp(
  `^(?:${alternation(SITE_TOOLS)}|\\s+|\\s*[${['·', ...NAV_SEPARATORS].map(escapeWord).join('')}]+\\s*)+$`,
  'i',
);

/**
 * A line of nothing but a site's tool links ("无障碍 关怀版 English", "繁体 | 长者模式"): page furniture, dropped by
 * the HTML reader and never read as a title.
 */
export function isSiteToolsLine(text: string): boolean {
  return TOOLS_ONLY.test(text.normalize('NFKC').trim());
}
