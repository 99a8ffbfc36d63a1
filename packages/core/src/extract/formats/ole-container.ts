import * as XLSX from '@e965/xlsx';

/** The part of SheetJS's compound-file reader (`XLSX.CFB`, typed `any` upstream) used here. */
export interface CompoundFile {
  FileIndex: { name: string; type: number; content?: Uint8Array | number[] }[];
}

/** SheetJS's compound-file reader. */
export const CFB = XLSX.CFB as {
  read: (data: Uint8Array, opts: { type: 'buffer' }) => CompoundFile;
  find: (cfb: CompoundFile, path: string) => { content?: Uint8Array | number[]; size?: number } | null;
};

/** The bytes of stream `name` of a compound file, or null when it has none. */
export function oleStream(cfb: CompoundFile, name: string): Buffer | null {
  const entry = CFB.find(cfb, name);
  if (!entry?.content) return null;
  const c = entry.content;
  return c instanceof Uint8Array ? Buffer.from(c.buffer, c.byteOffset, c.byteLength) : Buffer.from(c);
}
