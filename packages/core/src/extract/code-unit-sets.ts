/*
 * Per-code-unit facts as lookup tables, for loops that replace a regex run over every line (a table look-up per
 * character is far cheaper than a regex scan that retries at every position).
 */

/** A table of the UTF-16 code units for which `test` holds of the one-character string. */
export function codeUnitSet(test: (ch: string) => boolean): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (test(String.fromCharCode(c))) set[c] = 1;
  return set;
}

/** A table of the code units of `chars` (the first of each string). */
export function codeUnitsOf(chars: Iterable<string>): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const ch of chars) set[ch.charCodeAt(0)] = 1;
  return set;
}

/** The code units `/\s/` matches. */
export const SPACE_UNITS = codeUnitSet((ch) => /\s/.test(ch));

/** `text` without its trailing run of code units in `set` (as `text.replace(/[set]+$/, '')`). */
export function trimEndOf(text: string, set: Uint8Array): string {
  let end = text.length;
  while (end > 0 && set[text.charCodeAt(end - 1)] === 1) end--;
  return end === text.length ? text : text.slice(0, end);
}
