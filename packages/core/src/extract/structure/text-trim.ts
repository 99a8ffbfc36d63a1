/**
 * Trims the given characters (and whitespace) from both ends, by scanning: a `[…]+$` pattern would rescan
 * a long inner run of such characters at every position and go quadratic.
 */
export function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  const strip = (c: string) => chars.includes(c) || /\s/.test(c);
  while (a < b && strip(s[a] ?? '')) a++;
  while (b > a && strip(s[b - 1] ?? '')) b--;
  return s.slice(a, b);
}

/** Trims the given characters (and whitespace) from the end only. */
export function trimEndChars(s: string, chars: string): string {
  let b = s.length;
  while (b > 0 && (chars.includes(s[b - 1] ?? '') || /\s/.test(s[b - 1] ?? ''))) b--;
  return s.slice(0, b);
}
