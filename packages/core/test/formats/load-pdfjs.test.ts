import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocument, type TableBlock } from '@duban/core';

// load-pdfjs.ts puts the engine's own Array.prototype.push and JSON.parse back after pdfjs-dist's bundled core-js
// replaced them process-wide, and hands pdfjs a document that keeps no fonts. These guard both: a pdfjs upgrade that
// installs its polyfills later, or needs a fuller document to hand over ruling lines, must fail here, not slow down
// every parse or lose PDF tables quietly.
const ruled = fileURLToPath(new URL('../fixtures/pdf-twins/ruled-table-pages/input.pdf', import.meta.url));
// Taken before any PDF is read (pdfjs-dist is imported lazily, on the first PDF). core-js disguises its polyfills as
// native code, so identity is the only sure test.
const ownPush = Array.prototype.push;
const ownParse = JSON.parse;

describe('loading pdfjs-dist', () => {
  it('leaves the engine its own push and JSON.parse after a PDF is read', async () => {
    const source = await readDocument({ bytes: readFileSync(ruled), fileName: 'input.pdf' });
    expect(source.blocks.length).toBeGreaterThan(0);
    expect(Array.prototype.push).toBe(ownPush);
    expect(JSON.parse).toBe(ownParse);
  });

  it('still reads the ruling lines: a ruled PDF table comes back as a table with its rows', async () => {
    const source = await readDocument({ bytes: readFileSync(ruled), fileName: 'input.pdf' });
    const tables = source.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(0);
    expect(Math.max(...tables.map((t) => t.rows.length))).toBeGreaterThan(3);
    expect(Math.max(...tables.flatMap((t) => t.rows.map((r) => r.cells.length)))).toBeGreaterThan(2);
  });
});
