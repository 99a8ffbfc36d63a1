// Browser test of the official outputs: the office opens the dashboard of a published plan, generates the 情况通报
// draft for a period, edits a text block, issues it, and downloads the issued .docx, whose text and fonts are read.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/support/servers.js';
import { browserAvailable, ensureWebBuild, launchBrowser } from './support/browser.js';
import { choose, confirmPopover } from './support/ui.js';

const run = browserAvailable();
const ADMIN = { username: 'admin', password: 'e2e-outputs-admin' };
const SLOW = { timeout: 20_000, interval: 200 };
const PLAN_TEXT = [
  '青川市健康促进2026年工作要点',
  '一、重点任务',
  '1.加强健康知识传播。组建市级健康科普专家库。(牵头单位:市卫生健康委;配合单位:市教育局)2026年6月底前完成。',
  '2.推进儿童青少年近视防控。开展视力筛查。(牵头单位:市教育局;配合单位:市卫生健康委)2026年12月底前完成。',
  '',
].join('\n');

let server: TestServer;
let browser: Browser;

/** Calls the API with the page's session (cookie and CSRF token), failing on any error status. */
async function call(
  request: APIRequestContext,
  csrf: string,
  method: 'POST' | 'GET',
  path: string,
  data?: unknown,
): Promise<{ csrfToken?: string; plan?: { id: string } }> {
  const res = await request.fetch(`${server.url}${path}`, {
    method,
    headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' },
    ...(data !== undefined ? { data: JSON.stringify(data) } : {}),
  });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return res.json();
}

describe.skipIf(!run)('official outputs in a real browser', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({ web: true, demo: false, adminPassword: ADMIN.password, today: () => '2026-07-10' });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('generates the bulletin from the dashboard, edits and issues it, and downloads the .docx', { timeout: 300_000 }, async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));

    // The plan, its units and its reporting calendar, set up through the API with the office's session.
    const csrf = (await call(page.request, '', 'GET', '/api/auth/me')).csrfToken ?? '';
    for (const name of ['市卫生健康委', '市教育局']) await call(page.request, csrf, 'POST', '/api/units', { name });
    const planId = (await call(page.request, csrf, 'POST', '/api/plans/import', { fileName: 'plan.txt', text: PLAN_TEXT })).plan!.id;
    await call(page.request, csrf, 'POST', `/api/plans/${planId}/publish`, {});
    await call(page.request, csrf, 'POST', `/api/plans/${planId}/periods`, { kind: 'monthly', start: '2026-03-01', end: '2026-12-31' });

    await page.goto(`${server.url}/dashboard?plan=${planId}`);
    await page.getByRole('button', { name: '生成情况通报' }).click();
    await page.waitForURL(/\/bulletins\?plan=/);
    await choose(page, '报送周期', '2026年6月');
    await page.getByLabel('期号').first().fill('第6期');
    await page.getByRole('button', { name: '按看板数据生成草稿' }).click();

    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('标题', { exact: true }).waitFor();
    await expect
      .poll(() => drawer.getByLabel('标题', { exact: true }).inputValue(), SLOW)
      .toBe('关于青川市健康促进2026年工作要点2026年6月推进情况的通报');
    await drawer.getByLabel('下步工作要求', { exact: true }).fill('各单位务必于7月20日前报送整改情况。');
    await drawer.getByLabel('署名', { exact: true }).fill('青川市健康促进工作领导小组办公室');
    await confirmPopover(page, drawer.getByRole('button', { name: /^印\s*发$/ }), /^印\s*发$/);
    await drawer.waitFor({ state: 'hidden' });

    const row = page.locator('.ant-table-row', { hasText: '2026年6月' });
    await row.getByText('已印发').waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /下载/ }).click()]);
    expect(download.suggestedFilename()).toBe('关于青川市健康促进2026年工作要点2026年6月推进情况的通报.docx');
    const bytes = readFileSync((await download.path())!);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('各单位务必于7月20日前报送整改情况。');
    expect(text).toContain('青川市健康促进工作领导小组办公室');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    await ctx.close();
  });
});
