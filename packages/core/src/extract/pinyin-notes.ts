/*
 * Some mirror sites print a character's reading after it, "發(fā)展": a note for the reader, not part of the name. Names
 * and titles are given without it; task text keeps the document's words as they are, so spans still point at them.
 */

// Toned or plain pinyin of one syllable in brackets, right after a Han character.
const NOTE = /(\p{Script=Han})[((]([a-zü]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]){1,6}[))]/gu;

/** The text with every bracketed pinyin reading after a character taken out. */
export function withoutPinyin(text: string): string {
  return text.includes('(') || text.includes('(') ? text.replace(NOTE, '$1') : text;
}
