/**
 * One-for-one character folding through a table of UTF-16 code units: every offset into the result is an
 * offset into the input. Faster than a regex replace with a callback, which Chinese text (full of full-width
 * punctuation) would call every few characters.
 */

/** For each UTF-16 code unit, the one put in its place; 0 keeps it as it is. */
export type CodeUnitMap = Uint16Array;

/** A map that folds full-width ASCII (０-９, ％, ，, （…) to ASCII and the ideographic space to a space. */
export function halfWidthMap(): CodeUnitMap {
  const map = new Uint16Array(0x10000);
  for (let code = 0xff01; code <= 0xff5e; code++) map[code] = code - 0xfee0;
  map[0x3000] = 0x20;
  return map;
}

/** Code units turned into a string per call of String.fromCharCode (well below engines' argument limits). */
const CHUNK = 8192;

/**
 * `text` with every code unit replaced by its entry in `map` (kept where the entry is 0); `text` itself
 * when nothing changes.
 *
 * @example foldCodeUnits('２０２５年，', halfWidthMap()) // '2025年,'
 */
export function foldCodeUnits(text: string, map: CodeUnitMap): string {
  const n = text.length;
  let i = 0;
  while (i < n && map[text.charCodeAt(i)] === 0) i++;
  if (i === n) return text;
  const codes = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const code = text.charCodeAt(k);
    codes[k] = map[code] || code;
  }
  let out = '';
  for (let k = 0; k < n; k += CHUNK) out += String.fromCharCode(...codes.subarray(k, k + CHUNK));
  return out;
}
