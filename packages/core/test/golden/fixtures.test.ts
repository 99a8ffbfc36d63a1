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
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(12));
  for (const name of cases) {
    // A fixture may hold one document in several formats (input.html and its .doc/.docx/.xls twins made
    // with LibreOffice): each must give the same tasks.
    const inputs = readdirSync(join(root, name)).filter((f) => /^input\.(txt|html|docx?|xlsx?)$/.test(f)).sort();
    if (inputs.length === 0) it(name, () => expect.fail(`${name}: no input file`));
    for (const input of inputs) it(inputs.length > 1 ? `${name} (${input})` : name, async () => {
      const dir = join(root, name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
        tasks: (Record<(typeof FIELDS)[number], unknown> & { key: string })[];
      };
      const plan = await parsePlan({ bytes: readFileSync(join(dir, input)), fileName: input });
      const got = plan.tasks.map((t) => ({ key: clean(t.text), ...Object.fromEntries(FIELDS.map((f) => [f, t[f]])) }));
      const want = expected.tasks.map((t) => ({ key: clean(t.key), ...Object.fromEntries(FIELDS.map((f) => [f, t[f]])) }));
      // Compare in order; a task's text must contain its key.
      expect(got.map((g, i) => ({ ...g, key: g.key.includes(want[i]?.key ?? '\u0000') ? want[i]?.key : g.key }))).toEqual(want);
    });
  }
});
