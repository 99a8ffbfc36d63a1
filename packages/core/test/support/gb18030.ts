/**
 * A test-side GBK/GB18030 encoder for the characters of the two-byte range: built by decoding every
 * two-byte sequence once with TextDecoder('gb18030') and inverting the result.
 */
let table: Map<string, [number, number]> | null = null;

export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
      out.push(...pair);
    }
  }
  return Uint8Array.from(out);
}

function buildTable(): Map<string, [number, number]> {
  const decoder = new TextDecoder('gb18030');
  const map = new Map<string, [number, number]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(a, b));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [a, b]);
    }
  }
  return map;
}
