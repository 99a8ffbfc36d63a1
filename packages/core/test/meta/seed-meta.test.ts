import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';
import { hasShared, seedCases, sharedSkipReason } from '../support/shared-seeds.js';

/** The scorer's rule: equal after NFKC and whitespace removal, or one contains the other at ≥ 70 % length. */
function metaMatches(got: unknown, want: unknown): boolean {
  if (want === null || got === null) return want === got;
  const norm = (v: unknown) => String(v).normalize('NFKC').replace(/\s+/g, '');
  const [a, b] = [norm(got), norm(want)];
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= 0.7 * long.length;
}

describe.skipIf(!hasShared)(`meta of the seed documents ${hasShared ? '' : `(${sharedSkipReason})`}`, () => {
  for (const seed of seedCases()) {
    it(seed.document, async () => {
      const meta = extractMeta(await readDocument({ bytes: readFileSync(seed.docPath), fileName: seed.document }));
      for (const key of ['title', 'issuer', 'docNumber', 'date'] as const) {
        expect({ key, ok: metaMatches(meta[key], seed.gold.meta[key]), got: meta[key] }).toEqual({ key, ok: true, got: meta[key] });
      }
    });
  }
});
