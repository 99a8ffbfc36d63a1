// Browser test of the first-screen preview (src/first-screen): with the app's code held back, as on a phone's slow
// connection, opening the inbox, a plan or the dashboard shows that page's own data at once, drawn without the app;
// once the code arrives the app takes over the same answers (one request each), removes the preview in the frame it
// draws the page, and never shows both. Text from the data is text, not HTML. In English no preview is drawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { systemActor } from '@duban/services';
import { startTestServer, type TestServer } from '../../api/test/support/servers.js';
import { browserAvailable, ensureWebBuild, launchBrowser } from './support/browser.js';

const run = browserAvailable();
const ADMIN = { username: 'admin', password: 'First-screen-admin-2026' };
let server: TestServer;
let browser: Browser;
let planId = '';

/** A signed-in phone-sized page whose app entry script is held until `release()`; counts the API GETs per path. */
async function heldPage(who: { username: string; password: string }, lang?: 'en') {
  const ctx: BrowserContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true });
  const login = await ctx.request.post(`${server.url}/api/auth/login`, { data: who });
  expect(login.ok()).toBe(true);
  if (lang) await ctx.addInitScript(`localStorage.setItem('duban.lang', '${lang}')`);
  const held: Route[] = [];
  let holding = true;
  await ctx.route(/\/assets\/index-[^/]+\.js$/, (route) => (holding ? held.push(route) : route.continue()));
  const page: Page = await ctx.newPage();
  const gets = new Map<string, number>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (r.method() === 'GET' && url.pathname.startsWith('/api/'))
      gets.set(url.pathname + url.search, (gets.get(url.pathname + url.search) ?? 0) + 1);
  });
  const release = async () => {
    holding = false;
    await Promise.all(held.map((r) => r.continue()));
  };
  return { ctx, page, gets, release };
}

describe.runIf(run)('first screen drawn before the app, then handed over', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({ web: true, demo: true, adminPassword: ADMIN.password });
    planId = (await server.services.plans.list(systemActor, {}, { page: 1, pageSize: 1 })).items[0]!.id;
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it("inbox: the liaison's owed reports show before the app, then the app's own list replaces them", async () => {
    const liaison = server.demo!.users.find((u) => u.role === 'liaison')!;
    const { ctx, page, gets, release } = await heldPage(liaison);
    try {
      await page.goto(`${server.url}/inbox`, { waitUntil: 'commit' });
      const preview = page.locator('#first-screen');
      await preview.waitFor({ timeout: 20_000 });
      const inbox = (await (await ctx.request.get(`${server.url}/api/inbox`)).json()) as {
        owed: { planTitle: string | null; taskNumber: string | null; taskTitle: string | null }[];
      };
      const first = inbox.owed[0]!;
      expect(inbox.owed.length).toBeGreaterThan(0);
      await expect.poll(() => preview.locator('h1').innerText()).toBe('我的任务');
      expect(await preview.locator('.fs-card-title').first().innerText()).toBe(first.planTitle);
      expect(await preview.locator('.fs-item-title').first().innerText()).toBe(`${first.taskNumber ?? ''} ${first.taskTitle}`);
      expect(await page.locator('#root .ant-card').count()).toBe(0);

      await release();
      await page.locator('#root .ant-card-head-title').first().waitFor({ timeout: 20_000 });
      await preview.waitFor({ state: 'detached', timeout: 5_000 });
      expect(await page.locator('#root .ant-card-head-title').first().innerText()).toBe(first.planTitle);
      // The app took the preview's answers: one GET of the inbox (and of the session) for the whole load.
      expect(gets.get('/api/inbox')).toBe(1);
      expect(gets.get('/api/auth/me')).toBe(1);
    } finally {
      await ctx.close();
    }
  });

  it("plan view: the plan's head and first tasks, as text even where the data looks like HTML", async () => {
    const detail = await server.services.plans.get(systemActor, planId);
    const hostile = '<img src=x onerror="document.title=1">方案';
    const { ctx, page, gets, release } = await heldPage(ADMIN);
    try {
      const csrf = ((await (await ctx.request.get(`${server.url}/api/auth/me`)).json()) as { csrfToken: string }).csrfToken;
      const renamed = await ctx.request.patch(`${server.url}/api/plans/${planId}`, {
        headers: { 'x-csrf-token': csrf },
        data: { title: hostile, version: detail.version },
      });
      expect(renamed.ok()).toBe(true);
      await page.goto(`${server.url}/plans/${planId}`, { waitUntil: 'commit' });
      const preview = page.locator('#first-screen');
      await preview.waitFor({ timeout: 20_000 });
      expect(await preview.locator('h1').innerText()).toBe(hostile);
      expect(await preview.locator('img').count()).toBe(0);
      const rows = preview.locator('.fs-item');
      expect(await rows.count()).toBe(Math.min(12, detail.tasks.length));
      expect(await preview.locator('.fs-sub').innerText()).toContain(`共 ${detail.tasks.length} 项任务`);

      await release();
      await page.locator('#main h1', { hasText: 'onerror' }).waitFor({ timeout: 20_000 });
      await preview.waitFor({ state: 'detached', timeout: 5_000 });
      expect(await page.locator('#main h1').innerText()).toBe(hostile);
      expect(gets.get(`/api/plans/${planId}/board`)).toBe(1);
    } finally {
      await ctx.close();
    }
  });

  it("dashboard: the plan and its figures before the app; the app's figures agree", async () => {
    const { ctx, page, release } = await heldPage(ADMIN);
    try {
      await page.goto(`${server.url}/dashboard`, { waitUntil: 'commit' });
      const preview = page.locator('#first-screen');
      await preview.waitFor({ timeout: 20_000 });
      const total = await preview.locator('.fs-stat', { hasText: '任务总数' }).locator('.fs-stat-value').innerText();
      expect(Number(total)).toBeGreaterThan(0);
      await release();
      const card = page.locator('.ant-card', { hasText: '任务总数' }).locator('.ant-statistic-content');
      await card.waitFor({ timeout: 20_000 });
      await preview.waitFor({ state: 'detached', timeout: 5_000 });
      expect((await card.innerText()).replace(/\s+/g, '')).toBe(total);
    } finally {
      await ctx.close();
    }
  });

  it('in English no Chinese preview is drawn, and the page still loads', async () => {
    const { ctx, page, gets, release } = await heldPage(ADMIN, 'en');
    try {
      await page.goto(`${server.url}/plans/${planId}`, { waitUntil: 'commit' });
      await expect.poll(() => gets.get(`/api/plans/${planId}/board`) ?? 0, { timeout: 20_000 }).toBe(1);
      await page.waitForTimeout(300);
      expect(await page.locator('#first-screen').count()).toBe(0);
      await release();
      await page.locator('#main h1').waitFor({ timeout: 20_000 });
      expect(gets.get(`/api/plans/${planId}/board`)).toBe(1);
    } finally {
      await ctx.close();
    }
  });
});
