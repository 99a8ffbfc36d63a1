// Browser test of what an office checks in its first month, on the demo data: the dashboard, the task list, the
// supervision page and the CSV export give the same counts for every plan, before and after a correction made after
// publishing; and no page shows an English word in the zh-CN interface (beyond product names, file formats and the
// words the plans' own documents contain).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/support/servers.js';
import { systemActor } from '@duban/services';
import { browserAvailable, ensureWebBuild, launchBrowser, repoRoot } from './support/browser.js';
import { login as signIn } from './support/ui.js';

const run = browserAvailable();
// Mid-September of the demo plans' year: some deadlines have passed, some are near, so every colour occurs.
const TODAY = '2026-09-15';
const ADMIN = { username: 'admin', password: 'e2e-first-month-pass' };
const SLOW = { timeout: 20_000, interval: 200 };
/** Words allowed in the zh-CN interface: the product's name, file formats and the language switch. */
const ALLOWED = new Set([
  'Duban',
  'CSV',
  'PDF',
  'Word',
  'WPS',
  'Excel',
  'docx',
  'doc',
  'wps',
  'et',
  'xlsx',
  'xls',
  'pdf',
  'html',
  'htm',
  'txt',
  'csv',
  'EN',
  'KB',
  'MB',
  'API',
  'SM3',
  'SHA',
]);

let server: TestServer;
let browser: Browser;

interface Counts {
  total: number;
  red: number;
  yellow: number;
}

/** Signs in through the login page (see support/ui.ts) on this file's server. */
const login = (ctx: BrowserContext, who: { username: string; password: string }): Promise<Page> => signIn(ctx, server.url, who);

async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
}

/** The number a dashboard statistic card shows. */
async function stat(page: Page, title: string): Promise<number> {
  const card = page.getByRole('link', { name: new RegExp(`^${title}`) });
  await card.waitFor();
  return Number((await card.locator('.ant-statistic-content').innerText()).replace(/\s+/g, ''));
}

async function fromDashboard(page: Page, planId: string): Promise<Counts> {
  await page.goto(`${server.url}/dashboard?plan=${planId}`);
  await settled(page);
  return { total: await stat(page, '任务总数'), red: await stat(page, '红色预警'), yellow: await stat(page, '黄色预警') };
}

/** "显示 a / b 项" of the plan's task list, with a colour filter or none. */
async function shownOnList(page: Page, planId: string, colour?: string): Promise<{ shown: number; all: number }> {
  await page.goto(`${server.url}/plans/${planId}${colour ? `?colour=${colour}` : ''}`);
  const line = page.getByText(/^显示 \d+ \/ \d+ 项$/);
  await line.waitFor(SLOW);
  await settled(page);
  const [, a, b] = /显示 (\d+) \/ (\d+) 项/.exec(await line.innerText())!;
  return { shown: Number(a), all: Number(b) };
}

async function fromList(page: Page, planId: string): Promise<Counts> {
  const all = await shownOnList(page, planId);
  return { total: all.all, red: (await shownOnList(page, planId, 'red')).shown, yellow: (await shownOnList(page, planId, 'yellow')).shown };
}

async function fromSupervision(page: Page, planId: string, total: number): Promise<Counts> {
  await page.goto(`${server.url}/supervision?plan=${planId}`);
  await settled(page);
  const count = async (label: string) => {
    const option = page.locator('.ant-segmented-item', { hasText: new RegExp(`^${label}\\s*\\d+$`) });
    await option.waitFor(SLOW);
    return Number(/(\d+)$/.exec((await option.innerText()).trim())![1]);
  };
  return { total, red: await count('红色预警'), yellow: await count('黄色预警') };
}

/** The task list's CSV export as the page's own link downloads it: one row per task, the 预警 column by label. */
async function fromCsv(page: Page, planId: string): Promise<Counts> {
  const res = await page.request.get(`${server.url}/api/tasks?plan=${planId}&format=csv`);
  expect(res.ok()).toBe(true);
  const [header, ...rows] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
  const at = header!.indexOf('预警');
  expect(at).toBeGreaterThanOrEqual(0);
  return {
    total: rows.length,
    red: rows.filter((r) => r[at] === '红色预警').length,
    yellow: rows.filter((r) => r[at] === '黄色预警').length,
  };
}

async function expectViewsAgree(page: Page, planId: string): Promise<Counts> {
  const dashboard = await fromDashboard(page, planId);
  const list = await fromList(page, planId);
  const supervision = await fromSupervision(page, planId, dashboard.total);
  const csv = await fromCsv(page, planId);
  expect({ list, supervision, csv }).toEqual({ list: dashboard, supervision: dashboard, csv: dashboard });
  return dashboard;
}

/**
 * Latin words visible on the page or in its accessible names (aria-label, placeholder, title). antd's icons name
 * themselves after their glyph ("inbox", "user"); those are left to the accessibility test.
 */
async function latinWords(page: Page): Promise<{ word: string; where: string }[]> {
  const parts = (await page.evaluate(
    "(() => { const parts = [['text', document.body.innerText]]; for (const el of document.querySelectorAll('[aria-label]:not(.anticon),[placeholder],[title]')) { for (const a of ['aria-label', 'placeholder', 'title']) { const v = el.getAttribute(a); if (v) parts.push([el.tagName.toLowerCase() + '[' + a + '] ' + (el.className || '').toString().slice(0, 60), v]); } } return parts; })()",
  )) as [string, string][];
  return parts.flatMap(([where, text]) =>
    (text.match(/[A-Za-z]{2,}/g) ?? []).map((word) => ({ word, where: where === 'text' ? 'text' : `${where}: "${text.slice(0, 40)}"` })),
  );
}

describe.skipIf(!run)('first month on the demo data, in a real browser', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({ web: true, demo: true, adminPassword: ADMIN.password, today: () => TODAY });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('dashboard, task list, supervision and CSV agree on every plan, before and after a correction', { timeout: 480_000 }, async () => {
    const plans = (await server.services.plans.list(systemActor, { status: 'published' }, { page: 1, pageSize: 20 })).items;
    expect(plans.length).toBeGreaterThanOrEqual(3);
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await login(ctx, ADMIN);
    let warned = 0;
    for (const plan of plans) {
      const counts = await expectViewsAgree(page, plan.id);
      expect(counts.total).toBeGreaterThan(0);
      warned += counts.red + counts.yellow;
    }
    // The demo date makes warnings occur, so agreement is tested on non-zero figures.
    expect(warned).toBeGreaterThan(0);

    // A correction after publishing: a task not yet red gets a deadline already past, with a reason. Every view
    // moves by the same task.
    const plan = plans[0]!;
    const before = await expectViewsAgree(page, plan.id);
    const detail = await server.services.plans.get(systemActor, plan.id);
    const target = detail.tasks.find((t) => t.kind === 'task' && t.colour !== 'red' && t.status !== 'completed')!;
    expect(target).toBeDefined();
    const res = await page.request.patch(`${server.url}/api/tasks/${target.id}`, {
      headers: { 'x-csrf-token': await csrf(page) },
      data: { version: target.version, due: ['2026-08-31'], ongoing: false, reason: '按领导小组要求提前完成' },
    });
    expect(res.status()).toBe(200);
    const after = await expectViewsAgree(page, plan.id);
    expect(after.total).toBe(before.total);
    expect(after.red).toBe(before.red + 1);
    expect(after.yellow).toBe(before.yellow - (target.colour === 'yellow' ? 1 : 0));
    await ctx.close();
  });

  it(
    'assigns the owner of a whole section of indicators in one step, and the dashboard counts them as owned',
    { timeout: 240_000 },
    async () => {
      // The plan whose goals section holds the most indicators nobody owns yet.
      const plans = (await server.services.plans.list(systemActor, { status: 'published' }, { page: 1, pageSize: 20 })).items;
      const candidates = await Promise.all(
        plans.map(async (p) => {
          const inds = await server.services.indicators.list(systemActor, { planId: p.id });
          const bySection = new Map<string, number>();
          for (const i of inds) if (!i.leadUnitId && i.section) bySection.set(i.section, (bySection.get(i.section) ?? 0) + 1);
          const [section, open] = [...bySection].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
          return {
            planId: p.id,
            section,
            open,
            unowned: inds.filter((i) => !i.leadUnitId).length,
            inSection: inds.filter((i) => i.section === section).length,
          };
        }),
      );
      const pick = candidates.sort((a, b) => b.open - a.open)[0]!;
      expect(pick.open).toBeGreaterThan(1);
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
      const page = await login(ctx, ADMIN);
      await page.goto(`${server.url}/dashboard?plan=${pick.planId}`);
      await page.getByText(`${pick.unowned} 项指标尚未指定责任单位`).waitFor(SLOW);

      await page.goto(`${server.url}/plans/${pick.planId}?tab=indicators`);
      const section = page.getByRole('region', { name: pick.section });
      await section.waitFor(SLOW);
      await section.getByLabel(`为“${pick.section}”的全部指标指定责任单位`).click();
      const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
      const owner = (await option.innerText()).trim();
      await option.click();
      await section.getByText(`（${pick.inSection} 项，已指定 ${pick.inSection} 项）`).waitFor(SLOW);
      const owned = (await server.services.indicators.list(systemActor, { planId: pick.planId })).filter((i) => i.section === pick.section);
      expect(new Set(owned.map((i) => i.leadUnitId)).size).toBe(1);
      expect(owned.every((i) => i.leadUnitId)).toBe(true);

      await page.goto(`${server.url}/dashboard?plan=${pick.planId}`);
      const left = pick.unowned - pick.open;
      if (left > 0) await page.getByText(`${left} 项指标尚未指定责任单位`).waitFor(SLOW);
      else {
        await stat(page, '任务总数');
        expect(await page.getByText(/项指标尚未指定责任单位/).count()).toBe(0);
      }
      expect(owner.length).toBeGreaterThan(0);
      await ctx.close();
    },
  );

  it('shows no English word in the zh-CN interface, for the office, the leader and a liaison', { timeout: 480_000 }, async () => {
    // Words the demo plans' own documents contain (HPV, PM2.5 …) are data, not interface.
    const samples = join(repoRoot, 'samples');
    const fromDocuments = new Set(readdirSync(samples).flatMap((f) => readFileSync(join(samples, f), 'utf8').match(/[A-Za-z]{2,}/g) ?? []));
    const plans = (await server.services.plans.list(systemActor, { status: 'published' }, { page: 1, pageSize: 20 })).items;
    const planId = plans[0]!.id;
    const taskId = (await server.services.plans.get(systemActor, planId)).tasks[0]!.id;
    const demoUsers = server.demo!.users;
    const leader = demoUsers.find((u) => u.role === 'leader')!;
    const liaison = demoUsers.find((u) => u.role === 'liaison')!;
    const tours: [{ username: string; password: string }, string[]][] = [
      [
        ADMIN,
        [
          '/dashboard',
          '/plans',
          `/plans/${planId}`,
          `/plans/${planId}?tab=timeline`,
          `/plans/${planId}?tab=indicators`,
          `/plans/${planId}/review`,
          `/tasks/${taskId}`,
          '/plans/import',
          '/reports',
          '/supervision',
          '/assessment',
          `/bulletins?plan=${planId}`,
          '/admin/units',
          '/admin/users',
          '/admin/audit',
          '/admin/delivery',
          '/account',
        ],
      ],
      [leader, ['/dashboard', '/plans', `/plans/${planId}`, `/tasks/${taskId}`, '/supervision', '/assessment', '/account']],
      [liaison, ['/inbox', '/plans', `/plans/${planId}`, `/tasks/${taskId}`, '/supervision', '/assessment', '/account']],
    ];
    // User names are chosen by the office (admin, leader, liaison1 …): data too.
    const usernames = new Set((await server.services.users.list(systemActor)).map((u) => u.username));
    const found: string[] = [];
    for (const [who, paths] of tours) {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
      const page = await login(ctx, who);
      for (const path of paths) {
        await page.goto(`${server.url}${path}`);
        await settled(page);
        for (const { word, where } of await latinWords(page))
          if (!ALLOWED.has(word) && !fromDocuments.has(word) && ![...usernames].some((u) => u.includes(word)))
            found.push(`${who.username} ${path}: ${word} (${where})`);
      }
      await ctx.close();
    }
    expect([...new Set(found)]).toEqual([]);
  });
});

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** The CSRF token of the page's session (the app keeps it from /api/auth/me). */
async function csrf(page: Page): Promise<string> {
  const me = (await (await page.request.get(`${server.url}/api/auth/me`)).json()) as { csrfToken: string };
  return me.csrfToken;
}
