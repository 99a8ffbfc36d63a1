import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx a test reads: the main document XML, footers, and how many images are embedded. */
export interface DocxParts {
  document: string;
  footers: string[];
  settings: string;
  media: string[];
}

/** Opens a .docx (a zip) and returns its XML parts as text. */
export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  return {
    document: text('word/document.xml'),
    footers: Object.keys(files)
      .filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .map(text),
    settings: text('word/settings.xml'),
    media: Object.keys(files).filter((n) => n.startsWith('word/media/')),
  };
}

/** The paragraphs of document.xml in order: their text and the eastAsia font and size of their first run. */
export function paragraphs(xml: string): { text: string; font: string | null; size: number | null; xml: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => {
    const p = m[0];
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    const font = /w:eastAsia="([^"]+)"/.exec(p)?.[1] ?? null;
    const size = /<w:sz w:val="(\d+)"/.exec(p)?.[1];
    return { text, font, size: size ? Number(size) : null, xml: p };
  });
}

/** The rows of the n-th table of document.xml, each as its cells' text. */
export function tableRows(xml: string, n: number): string[][] {
  const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][n]?.[0] ?? '';
  return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
    [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
      [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    ),
  );
}
