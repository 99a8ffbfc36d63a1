/** The named character references a web page's text keeps when copied out with its markup escapes. */
const NAMED: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  deg: '°',
};

const ENTITY = /&(?:([a-z]{2,6})|#(\d{2,6})|#x([0-9a-f]{2,5}));/gi;

/**
 * A plain-text copy of a web page may keep its character references ("巩固&ldquo;三保障&rdquo;", "&nbsp;"): their
 * semicolons would read as clause ends. Decodes the known ones; unknown names stay as written.
 */
export function decodeTextEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole: string, name?: string, dec?: string, hex?: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
