import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'expected.json'))).sort();
const FIELDS = ['number', 'title', 'kind', 'lead', 'participants', 'separateLeads', 'due', 'ongoing'] as const;
const clean = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe('golden fixtures', () => {
  it('has fixtures, with meta, indicators and diagnostics in their gold', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const name of cases) expect(Object.keys(JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8'))), name).toContain('indicators');
  });
  for (const name of cases) {
    // A fixture may hold one document in several formats (input.html and its .doc/.docx/.xls twins made
    // with LibreOffice): each must give the same tasks.
    const inputs = readdirSync(join(root, name)).filter((f) => /^input\.(txt|html|docx?|xlsx?)$/.test(f)).sort();
    if (inputs.length === 0) it(name, () => expect.fail(`${name}: no input file`));
    for (const input of inputs) it(inputs.length > 1 ? `${name} (${input})` : name, async () => {
      const dir = join(root, name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
        tasks: (Record<(typeof FIELDS)[number], unknown> & { key: string })[];
        meta?: unknown;
        indicators?: unknown[];
        diagnostics?: string[];
        /** Each task's source line; only for a fixture in one format (twins number their lines differently). */
        lines?: number[];
      };
      const plan = await parsePlan({ bytes: readFileSync(join(dir, input)), fileName: input });
      const got = plan.tasks.map((t) => ({ key: clean(t.text), ...Object.fromEntries(FIELDS.map((f) => [f, t[f]])) }));
      const want = expected.tasks.map((t) => ({ key: clean(t.key), ...Object.fromEntries(FIELDS.map((f) => [f, t[f]])) }));
      // Compare in order; a task's text must contain its key.
      expect(got.map((g, i) => ({ ...g, key: g.key.includes(want[i]?.key ?? '\u0000') ? want[i]?.key : g.key }))).toEqual(want);
      // Meta, indicators (name, comparator, target, unit, due), diagnostics and spans are golden too.
      if (expected.meta) expect(plan.meta).toEqual(expected.meta);
      if (expected.indicators) expect(plan.indicators.map((i) => [i.name, i.comparator, i.target, i.unit, i.due])).toEqual(expected.indicators);
      if (expected.diagnostics) expect(plan.diagnostics.map((d) => d.code)).toEqual(expected.diagnostics);
      if (expected.lines && inputs.length === 1) expect(plan.tasks.map((t) => t.source.line)).toEqual(expected.lines);
      // Every span lies in the text and on its own line.
      for (const t of plan.tasks) {
        expect(t.source.end).toBeLessThanOrEqual(plan.source.text.length);
        expect(plan.source.text.slice(0, t.source.start).split('\n').length).toBe(t.source.line);
      }
    });
  }
});
