import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/* pdfjs-dist's legacy build for Node, without the slower built-ins its polyfills put in place of the engine's own. */

type Pdfjs = typeof PdfjsModule;

type OwnerDocument = Extract<Parameters<Pdfjs['getDocument']>[0], { ownerDocument?: unknown }>['ownerDocument'];

let loading: Promise<Pdfjs> | undefined;

/** The engine's own methods that pdfjs-dist's bundled core-js replaces process-wide on import. */
const REPLACED: [object, PropertyKey][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
];

/**
 * Loads pdfjs-dist (legacy build) and its worker module once. The bundles' core-js finds Node 20's
 * `Array.prototype.push` and `JSON.parse` short of the latest spec (edge cases: lengths past 2^53, a reviver's source
 * text) and installs JS versions of them for the whole process, which made every array push in pdfjs and in the
 * parser several times slower. Neither pdfjs nor the parser relies on those edge cases, so the engine's own methods
 * are put back once both bundles are loaded (the worker bundle is loaded here, not lazily by pdfjs, so its polyfills
 * cannot replace them again later).
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const own = REPLACED.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key));
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // With the worker module on globalThis, pdfjs runs its "fake worker" from it instead of importing it itself.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    REPLACED.forEach(([target, key], i) => {
      const d = own[i];
      if (d) Object.defineProperty(target, key, d);
    });
    return pdfjs;
  })();
  return loading;
}

/**
 * The `ownerDocument` pdfjs is given for its fonts (with `disableFontFace: false`): it takes their @font-face rules and
 * keeps nothing. Only text and ruling lines are read here, so glyphs are never drawn. Without a document, pdfjs in
 * Node compiles every glyph it meets into a drawing path and posts it across its message port (`disableFontFace`),
 * which was about a tenth of the CPU spent on the PDFs of the corpus.
 */
export const FONTLESS_DOCUMENT = {
  createElement: () => ({ sheet: { cssRules: { length: 0 }, insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
} as unknown as OwnerDocument;
