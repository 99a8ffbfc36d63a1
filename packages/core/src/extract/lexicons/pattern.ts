/**
 * Builds regular-expression sources from lexicon data, so the word lists stay plain arrays and every
 * pattern that uses them is made from the same list.
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A word as a literal regex source. */
export function escapeWord(word: string): string {
  return word.replace(SPECIAL, '\\$&');
}

/**
 * A non-capturing alternation of the words, in the order given (order matters where one word is a prefix
 * of another; lists that need longest-first say so where they are kept).
 * @example alternation(['牵头', '主责']) // '(?:牵头|主责)'
 */
export function alternation(words: readonly string[]): string {
  return `(?:${words.map(escapeWord).join('|')})`;
}

/** A regex that matches text ending in one of the words. */
export function endsWithAny(words: readonly string[]): RegExp {
  return new RegExp(`${alternation(words)}$`);
}

/**
 * A finder of the first of `words` (in the order given) that a text ends with: as `words.find((w) =>
 * text.endsWith(w))`, but only the words ending in the text's last code unit are tried.
 */
export function firstEndingOf(words: readonly string[]): (text: string) => string | undefined {
  const byLast = new Map<number, string[]>();
  for (const w of words) {
    if (!w) throw new Error('an ending is never empty');
    const last = w.charCodeAt(w.length - 1);
    const list = byLast.get(last) ?? [];
    list.push(w);
    byLast.set(last, list);
  }
  return (text) => byLast.get(text.charCodeAt(text.length - 1))?.find((w) => text.endsWith(w));
}
