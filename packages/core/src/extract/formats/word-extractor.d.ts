/*
 * Types for the two modules of word-extractor used by doc-to-source.ts (the package ships none for them):
 * its OLE extractor class, whose steps are overridden there, and its text clean-up.
 */
declare module 'word-extractor/lib/word-ole-extractor.js' {
  /** One run of text of the piece table: where it sits in the WordDocument stream and its characters. */
  interface Piece {
    text: string;
    startCp: number;
    startFilePos: number;
    size: number;
    bpc: number;
  }
  class WordOleExtractor {
    _pieces: Piece[];
    _boundaries: { ccpText?: number; ccpFtn?: number; ccpHdd?: number; ccpAtn?: number; ccpEdn?: number; ccpTxbx?: number };
    extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
    documentStream(document: unknown, name: string): Promise<Buffer>;
    streamBuffer(stream: Buffer): Promise<Buffer>;
    buildDocument(): unknown;
  }
  export default WordOleExtractor;
}

declare module 'word-extractor/lib/filters.js' {
  const filters: {
    /** Word's control marks to text: fields reduced to their result, marks to newlines or tabs, the rest dropped. */
    clean(text: string): string;
  };
  export default filters;
}
