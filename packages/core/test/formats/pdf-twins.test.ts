import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan, readDocument, type SourceText, type TableBlock } from '@duban/core';

// Each case is a document and its PDF twin, made with LibreOffice (`soffice --headless --convert-to pdf`):
// our own writing, or an eval/field document. The PDF must read like its twin: on the tasks of gold.json
// (written by hand, or the field corpus's gold) the engine must make the same of both.
const root = fileURLToPath(new URL('../fixtures/pdf-twins/', import.meta.url));
const cases = readdirSync(root)
  .filter((d) => existsSync(join(root, d, 'input.pdf')))
  .sort();
const twinOf = (dir: string) => ['input.html', 'input.txt'].find((f) => existsSync(join(root, dir, f))) ?? '';
const clean = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

interface GoldTask {
  key: string;
  lead: string[];
  participants: string[];
  due: string[];
}

/** For each gold task, what the engine made of it (the shortest task containing its key), or null. */
async function plan(dir: string, file: string) {
  const gold = (JSON.parse(readFileSync(join(root, dir, 'gold.json'), 'utf8')) as { tasks: GoldTask[] }).tasks;
  const p = await parsePlan({ bytes: readFileSync(join(root, dir, file)), fileName: file });
  return gold.map((g) => {
    const t = p.tasks.filter((x) => clean(x.text).includes(clean(g.key))).sort((a, b) => a.text.length - b.text.length)[0];
    return t ? { key: g.key, lead: t.lead, participants: t.participants, due: t.due } : { key: g.key, missing: true };
  });
}

async function source(dir: string, file: string): Promise<SourceText> {
  return readDocument({ bytes: readFileSync(join(root, dir, file)), fileName: file });
}

const tables = (s: SourceText) => s.blocks.filter((b): b is TableBlock => b.kind === 'table');
const grid = (t: TableBlock) =>
  t.rows.map((r) => r.cells.map((c) => `${c.text}${c.rowSpan > 1 ? `^${c.rowSpan}` : ''}${c.colSpan > 1 ? `<${c.colSpan}` : ''}`));

describe('PDF twins read like their text/HTML originals', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(4));

  for (const dir of cases) {
    it(`${dir}: same tasks, leads, participants and deadlines`, async () => {
      const twin = await plan(dir, twinOf(dir));
      expect(twin.filter((t) => !('missing' in t)).length).toBeGreaterThan(3);
      expect(await plan(dir, 'input.pdf')).toEqual(twin);
    });

    it(`${dir}: every block and cell points at its own text`, async () => {
      const s = await source(dir, 'input.pdf');
      for (const block of s.blocks) {
        if (block.kind === 'para') expect(s.text.slice(block.start, block.end)).toBe(block.text);
        else for (const cell of block.rows.flatMap((r) => r.cells)) expect(s.text.slice(cell.start, cell.end)).toBe(cell.text);
      }
    });
  }

  it('rebuilds a ruled table cut by a page break as one table, with its spans, like the HTML table', async () => {
    const [pdf, html] = await Promise.all([source('ruled-table-pages', 'input.pdf'), source('ruled-table-pages', 'input.html')]);
    expect(tables(pdf)).toHaveLength(1);
    const rows = grid(tables(pdf)[0] as TableBlock);
    expect(rows).toEqual(grid(tables(html)[0] as TableBlock));
    // The header repeated at the top of the second page is dropped; the category row spans the table.
    expect(rows.filter((r) => r[0] === '序号')).toHaveLength(1);
    expect(rows).toContainEqual(['二、医疗服务<6']);
    expect(rows.at(-2)?.at(-1)).toBe('2024年12月底前^2');
  });

  it('keeps a table flattened one cell per line one cell per line, numbers at a page edge included', async () => {
    const [pdf, txt] = await Promise.all([source('one-cell-per-line', 'input.pdf'), source('one-cell-per-line', 'input.txt')]);
    const lines = (s: SourceText) =>
      s.text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    expect(lines(pdf)).toEqual(lines(txt));
  });

  it('reads header rows, rowspans and empty cells of a field table as the HTML reader does', async () => {
    for (const dir of ['field-rowspan', 'field-th-head']) {
      const [pdf, html] = await Promise.all([source(dir, 'input.pdf'), source(dir, 'input.html')]);
      // The page's borderless layout tables (navigation, metadata) are lines in the PDF; the ruled one is a table.
      expect(tables(pdf).map(grid)).toEqual([grid(tables(html).at(-1) as TableBlock)]);
    }
  });
});
