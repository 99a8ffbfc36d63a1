/** Writes ASCII characters (digits, punctuation) in their full-width forms, as Chinese documents often do. */
export function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}
