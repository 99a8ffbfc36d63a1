/*
 * NFKC of the opening of a long text, for questions that only read its first words (a heading's core up to its
 * first full stop, a label run onto a paragraph): normalising a whole paragraph to read its first clause costs far
 * more than the question.
 *
 * A unified ideograph (U+4E00–U+9FFF) is kept as it is by NFKC and never joins the character before it, nor is a
 * combining mark reordered across it; so cut right before one, a text normalises to the normalised opening followed
 * by the normalised rest.
 */

/**
 * Where the first unified ideograph at or after `from` stands in `text` (its length when there is none): cut there,
 * `text.slice(0, cut).normalize('NFKC')` is an opening of `text.normalize('NFKC')`.
 *
 * @example ideographAt('工作要求：各成员单位', 4) // 5
 */
export function ideographAt(text: string, from: number): number {
  for (let i = Math.max(0, from); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) return i;
  }
  return text.length;
}

/**
 * A table of the UTF-16 code units whose NFKC form holds one of `chars`, and of every surrogate half (the
 * character they are half of is not looked at): where a scan for those characters must look closer.
 */
export function nfkcSourcesOf(chars: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) set[c] = 1;
    else if ([...String.fromCharCode(c).normalize('NFKC')].some((ch) => chars.includes(ch))) set[c] = 1;
  }
  return set;
}
