/** Display columns of a character code, as a fixed-width plain-text table lines it up: CJK and full-width forms take two. */
export function charWidth(code: number): number {
  if (code < 0x1100) return 1;
  if (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff))
    return 2;
  if ((code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6)) return 2;
  return 1;
}

/** Display columns of a text (see `charWidth`). */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += charWidth(ch.codePointAt(0) ?? 0);
  return n;
}
