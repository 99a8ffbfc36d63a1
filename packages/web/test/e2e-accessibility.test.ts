// Browser test: axe-core (WCAG 2.0/2.1 A and AA rules, and its best practices) over every page of the app, as the administrator, a liaison
// and the leader, at desktop (1366 px) and phone (390 px) width, on the demo data (`serve --demo`: sample plans
// published with a monthly calendar, demo liaison and leader accounts) plus one draft plan for the review page.
// Open drawers and forms are checked too (the liaison's report form and its result, which the office's review
// then lists, and the return dialog). The liaison runs first so that the review has reports in it. The test
// fails on any serious or critical violation (and on a skipped heading level) and lists every one; all findings by rule go to
// test-results/axe-<role>.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/support/servers.js';
import { systemActor } from '@duban/services';
import { browserAvailable, ensureWebBuild, launchBrowser, repoRoot } from './support/browser.js';
import { settle, signIn, type Account } from './support/pages.js';

const run = browserAvailable();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OUT = join(repoRoot, 'test-results');
const ADMIN: Account = { username: 'admin', password: 'a11y-admin-pass' };
const WIDTHS = [
  [1366, 900],
  [390, 844],
] as const;

interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: AxeNode[];
}
/** One violation on one page at one width. */
interface Finding {
  page: string;
  width: number;
  rule: string;
  impact: string;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

let server: TestServer;
let browser: Browser;
const ids = { plan: '', draft: '', task: '' };

/** Runs axe over the page as it is now and returns its WCAG A/AA and best-practice violations. */
async function axe(page: Page, label: string, width: number): Promise<Finding[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })`,
  )) as { violations: AxeViolation[] };
  return result.violations.map((v) => ({
    page: label,
    width,
    rule: v.id,
    impact: v.impact ?? 'minor',
    help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(' '),
      html: n.html.slice(0, 200),
      summary: (n.failureSummary ?? '').slice(0, 300),
    })),
  }));
}

/**
 * On a phone: the buttons and links of the page that sit beyond the right edge of the screen (behind a sideways
 * scroll), as "page: text" lines.
 */
async function offscreenActions(page: Page, label: string): Promise<string[]> {
  const found = (await page.evaluate(`[...document.querySelectorAll('#main button, #main a[href]')]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.right > window.innerWidth + 1; })
    .map((el) => (el.innerText || el.getAttribute('aria-label') || el.outerHTML.slice(0, 60)).replace(/\\s+/g, ''))`)) as string[];
  return found.map((f) => `${label}: ${f}`);
}

/** A step on a page: go to an address (or act on the page) and wait until it has settled. */
type Visit = { label: string; path?: string; act?: (page: Page) => Promise<void> };

const offscreen: string[] = [];

async function sweep(who: Account, visits: Visit[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const [width, height] of WIDTHS) {
    // bypassCSP: axe is injected as an inline script, which the app's policy (rightly) refuses.
    const ctx = await browser.newContext({
      viewport: { width, height },
      locale: 'zh-CN',
      bypassCSP: true,
      isMobile: width < 500,
      hasTouch: width < 500,
    });
    try {
      const page = await ctx.newPage();
      await page.goto(`${server.url}/login`);
      await settle(page);
      findings.push(...(await axe(page, 'login', width)));
      await signIn(page, who);
      for (const v of visits) {
        if (v.path) await page.goto(`${server.url}${v.path}`);
        await settle(page);
        if (v.act) await v.act(page);
        await settle(page);
        findings.push(...(await axe(page, v.label, width)));
        if (width < 500 && !v.act) offscreen.push(...(await offscreenActions(page, `${who.username} ${v.label}`)));
        if (v.act) await page.keyboard.press('Escape');
      }
    } finally {
      await ctx.close();
    }
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `axe-${who.username}.json`), JSON.stringify(findings, null, 2));
  return findings;
}

/** Fails with one line per serious or critical violation (rule, page, width, first elements). */
function expectNoSerious(findings: Finding[]): void {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(`${f.impact} ${f.rule}`, (counts.get(`${f.impact} ${f.rule}`) ?? 0) + f.nodes.length);
  console.log(`axe findings by rule (elements): ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  // Heading order is a moderate best practice in axe, but Lighthouse counts it against the accessibility score.
  const serious = findings
    .filter((f) => f.impact === 'serious' || f.impact === 'critical' || f.rule === 'heading-order')
    .map(
      (f) =>
        `${f.impact} ${f.rule} on ${f.page} @${f.width}px: ${f.help} — ${f.nodes
          .slice(0, 3)
          .map((n) => `${n.target} (${n.summary.replace(/\s+/g, ' ')})`)
          .join('; ')}`,
    );
  expect(serious).toEqual([]);
}

describe.runIf(run)('accessibility (axe-core, WCAG 2.1 AA) on every page, three roles, two widths', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({ web: true, demo: true, adminPassword: ADMIN.password });
    const plans = await server.services.plans.list(systemActor, {}, { page: 1, pageSize: 10 });
    ids.plan = plans.items[0]!.id;
    const detail = await server.services.plans.get(systemActor, ids.plan);
    ids.task = detail.tasks[0]!.id;
    const text = readFileSync(join(repoRoot, 'samples/linjiang-health-action-2026-division.txt'), 'utf8').replace(
      '临江县',
      '临江县（草稿）',
    );
    ids.draft = (await server.services.plans.importPlan(systemActor, { fileName: 'a11y-draft.txt', text })).id;
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('liaison: no serious or critical violation', async () => {
    const liaison = server.demo!.users.find((u) => u.role === 'liaison')!;
    const findings = await sweep(liaison, [
      { label: 'inbox', path: '/inbox' },
      {
        label: 'report form',
        path: '/inbox',
        act: async (p) => {
          await p
            .getByRole('button', { name: /^报送：/ })
            .first()
            .click();
          await p.locator('.ant-drawer').getByLabel('进展情况').waitFor();
        },
      },
      {
        // Submitted here, so the office's review has reports to show (table and phone cards, accept and return).
        label: 'report submitted',
        path: '/inbox',
        act: async (p) => {
          await p
            .getByRole('button', { name: /^报送：/ })
            .first()
            .click();
          await p.locator('.ant-drawer').getByLabel('进展情况').fill('已召开专题会议部署，完成摸底调查。');
          await p
            .locator('.ant-drawer')
            .getByRole('button', { name: /^提\s*交$/ })
            .click();
          await p.getByTestId('result-note').waitFor({ timeout: 30_000 });
        },
      },
      { label: 'task', path: `/tasks/${ids.task}` },
      { label: 'supervision', path: '/supervision' },
      { label: 'account', path: '/account' },
    ]);
    expectNoSerious(findings);
  }, 600_000);

  it('administrator: no serious or critical violation', async () => {
    const findings = await sweep(ADMIN, [
      { label: 'dashboard', path: `/dashboard?plan=${ids.plan}` },
      { label: 'plans', path: '/plans' },
      { label: 'import', path: '/plans/import' },
      { label: 'review', path: `/plans/${ids.draft}/review` },
      { label: 'plan', path: `/plans/${ids.plan}` },
      { label: 'task', path: `/tasks/${ids.task}` },
      { label: 'reports', path: '/reports' },
      {
        label: 'return dialog',
        path: '/reports',
        act: async (p) =>
          p
            .getByRole('button', { name: /退\s*回/ })
            .first()
            .click(),
      },
      { label: 'supervision', path: '/supervision' },
      { label: 'units', path: '/admin/units' },
      { label: 'users', path: '/admin/users' },
      { label: 'audit', path: '/admin/audit' },
      { label: 'account', path: '/account' },
      { label: 'account menu', path: '/account', act: async (p) => p.getByRole('button', { name: /账户/ }).click() },
    ]);
    expectNoSerious(findings);
  }, 600_000);

  it('leader: no serious or critical violation', async () => {
    const leader = server.demo!.users.find((u) => u.role === 'leader')!;
    const findings = await sweep(leader, [
      { label: 'dashboard', path: `/dashboard?plan=${ids.plan}` },
      { label: 'plans', path: '/plans' },
      { label: 'plan', path: `/plans/${ids.plan}` },
      { label: 'task', path: `/tasks/${ids.task}` },
      { label: 'reports', path: '/reports' },
      { label: 'supervision', path: '/supervision' },
      { label: 'account', path: '/account' },
    ]);
    expectNoSerious(findings);
  }, 600_000);

  it('phone (390 px): no button or link of any page above sits off-screen behind a sideways scroll', () => {
    // Collected by the three sweeps above; tables become cards or keep their actions in view.
    expect(offscreen).toEqual([]);
  });
});
