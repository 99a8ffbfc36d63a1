import { decodeHTMLStrict } from 'entities';

/**
 * A plain-text copy of a web page may keep its character references ("巩固&ldquo;三保障&rdquo;", "&nbsp;"): their
 * semicolons would read as clause ends. Decodes every HTML5 reference written with its semicolon (the `entities`
 * package, already the HTML reader's decoder through htmlparser2); anything else stays as written.
 */
export function decodeTextEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
