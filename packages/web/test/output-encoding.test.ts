// Finding 6: unit names and task titles were written into ECharts tooltip HTML as markup. Tooltips now escape
// every piece of data, and no source file of the web app builds HTML from strings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deadlineTooltip, unitStatusTooltip } from '../src/pages/dashboard/chart-tooltips.js';
import { escapeHtml, tooltipHtml } from '../src/components/tooltip-html.js';

const HOSTILE = [
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
];
const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** Elements a tooltip's HTML may contain: line breaks only. */
function tags(html: string): string[] {
  return [...html.matchAll(/<\s*\/?\s*([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

describe('tooltip HTML', () => {
  it('escapes hostile unit names in the unit × status heatmap', () => {
    const html = unitStatusTooltip(
      HOSTILE.map((unitName) => ({ unitName })),
      () => '<b>滞后</b>',
    );
    for (let i = 0; i < HOSTILE.length; i++) {
      const out = html({ value: [2, i, 3] });
      expect(tags(out)).toEqual(['br']);
      expect(out).toContain(escapeHtml(HOSTILE[i]));
    }
  });

  it('escapes hostile task titles in the deadline chart', () => {
    const out = deadlineTooltip(HOSTILE, (x) => x)({ data: ['2026-06-30', 0, 'red'] });
    expect(tags(out)).toEqual(['br']);
    expect(out).toBe(`${escapeHtml(HOSTILE[0])}<br/>2026-06-30`);
  });

  it('escapes every markup character', () => {
    expect(escapeHtml(`<a href='x' title="y">&</a>`)).toBe('&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;');
    expect(tooltipHtml(['a<b', null, 3])).toBe('a&lt;b<br/><br/>3');
  });
});

describe('web sources', () => {
  const files = sourceFiles(SRC);

  it('never hand HTML strings to the DOM', () => {
    const offending = files.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/.test(readFileSync(f, 'utf8')),
    );
    expect(offending.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it('are linted against HTML built from data (the rule fails on the old tooltip code)', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../..', import.meta.url)) });
    const lint = async (code: string) =>
      (await eslint.lintText(code, { filePath: path.join(SRC, 'pages', 'lint-probe.tsx') }))[0]!.messages.filter(
        (m) => m.ruleId === 'no-restricted-syntax',
      ).length;
    expect(await lint('export const o = { tooltip: { formatter: (p: { name: string }) => `${p.name}<br/>x` } };\n')).toBeGreaterThan(0);
    expect(await lint('export const el = (d: HTMLElement, s: string) => { d.innerHTML = s; };\n')).toBe(1);
    expect(await lint('export const C = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;\n')).toBe(1);
    expect(
      await lint(
        "import { unitStatusTooltip } from './dashboard/chart-tooltips.js';\nexport const o = { tooltip: { formatter: unitStatusTooltip([], String) } };\n",
      ),
    ).toBe(0);
  }, 60_000);

  it('give every function tooltip formatter through the escaping helpers', () => {
    const inline = files.filter((f) => /tooltip:\s*\{[^}]*formatter:\s*\(/.test(readFileSync(f, 'utf8')));
    expect(inline.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
