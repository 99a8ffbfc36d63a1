// Browser test, keyboard only (no mouse, no clicks): a liaison signs in, skips to the content, opens the report form
// from the inbox, fills it and submits twice; the office signs in, goes to 报送审核 through the side menu, returns one
// report with a reason and accepts the other. Checks on the way that focus is visible (a 2 px ring), that it moves
// to the page heading after a route change and to the written result after every submit; on a phone, that Tab stays
// on the controls of the open menu drawer. Demo data (`serve --demo`).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/support/servers.js';
import { browserAvailable, ensureWebBuild, launchBrowser } from './support/browser.js';
import type { Account } from './support/pages.js';

const run = browserAvailable();
const ADMIN: Account = { username: 'admin', password: 'Keyboard-admin-pass1' };
const SLOW = { timeout: 20_000, interval: 200 };

let server: TestServer;
let browser: Browser;

/** What has keyboard focus now: tag, role, accessible-ish text, test id and outline. */
async function focused(page: Page): Promise<{
  tag: string;
  role: string;
  label: string;
  text: string;
  testId: string;
  id: string;
  type: string;
  outline: string;
  inMain: boolean;
  inNav: boolean;
}> {
  // A string, evaluated as is: the type check has no DOM library, and the page needs no helpers.
  return page.evaluate(`(() => {
    const el = document.activeElement;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      role: el?.getAttribute('role') ?? '',
      label: el?.getAttribute('aria-label') ?? '',
      text: (el?.innerText ?? '').replace(/\\s+/g, ''),
      testId: el?.getAttribute('data-testid') ?? '',
      id: el?.id ?? '',
      type: el?.getAttribute('type') ?? '',
      outline: style ? style.outlineStyle + ' ' + style.outlineWidth : '',
      inMain: !!el?.closest('#main'),
      inNav: !!el?.closest('nav'),
    };
  })()`);
}

/** Presses Tab (or another key) until `want` holds for the focused element; fails after `max` presses. */
async function pressUntil(
  page: Page,
  want: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  what: string,
  key = 'Tab',
  max = 80,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (want(await focused(page))) return;
    // Some widgets (antd's menu) move focus a frame after the key: look once more before the next press.
    await page.waitForTimeout(50);
    if (want(await focused(page))) return;
  }
  throw new Error(`${key} × ${max} never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Signs in with the keyboard: Tab to the user name, type, Tab to the password, type, Enter. */
async function keyboardLogin(page: Page, who: Account): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名').waitFor();
  await pressUntil(page, (f) => f.tag === 'input' && f.type !== 'password', 'the user name field');
  await page.keyboard.type(who.username);
  await page.keyboard.press('Tab');
  expect((await focused(page)).type).toBe('password');
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Waits until the focused element is the result note and returns its text. */
async function resultFocused(page: Page): Promise<string> {
  await vi.waitFor(async () => expect((await focused(page)).testId).toBe('result-note'), SLOW);
  return (await focused(page)).text;
}

describe.runIf(run)('keyboard only: the liaison reports, the office reviews', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({ web: true, demo: true, adminPassword: ADMIN.password });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('liaison: skip link, report form filled and submitted twice, focus on the result', async () => {
    const liaison = server.demo!.users.find((u) => u.role === 'liaison')!;
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await ctx.newPage();
    await keyboardLogin(page, liaison);
    await page.waitForURL(/\/inbox$/);
    await page
      .getByRole('button', { name: /^报送：/ })
      .first()
      .waitFor();

    // The first Tab stop of a freshly loaded page is the skip link: the app leaves focus at the top of the document,
    // after a reload and after a redirect on load (`/` sends a liaison on to 我的任务), which are not navigations.
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/inbox$/);
    await page
      .getByRole('button', { name: /^报送：/ })
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('跳到主要内容');
    await page.reload();
    await page
      .getByRole('button', { name: /^报送：/ })
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('跳到主要内容');
    // Enter puts focus on <main>, past the menu and the header.
    await page.keyboard.press('Enter');
    expect((await focused(page)).tag).toBe('main');

    for (const round of [1, 2]) {
      await pressUntil(page, (f) => f.tag === 'button' && f.label.startsWith('报送：'), `an 报送 button (round ${round})`);
      // Focus is visible: the app's 2 px ring, not antd's faint one.
      expect((await focused(page)).outline).toBe('solid 2px');
      await page.keyboard.press('Enter');
      await page.locator('.ant-drawer').getByLabel('进展情况').waitFor();
      await pressUntil(page, (f) => f.tag === 'textarea', 'the 进展情况 field');
      await page.keyboard.type(`第${round}次报送：已召开专题会议部署，完成摸底调查。`);
      await pressUntil(page, (f) => f.role === 'slider' && f.label === '完成进度', 'the progress slider');
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
      await pressUntil(page, (f) => f.tag === 'button' && /^提交$/.test(f.text), 'the submit button');
      await page.keyboard.press('Enter');
      expect(await resultFocused(page)).toMatch(/^报送已提交：/);
    }
    await ctx.close();
  }, 240_000);

  it('office: menu to 报送审核, return one report with a reason and accept the other', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await ctx.newPage();
    await keyboardLogin(page, ADMIN);
    await page.waitForURL(/\/dashboard/);
    await page.locator('h1').first().waitFor();

    // Into the side menu, down to 报送审核, Enter: the new page's heading takes focus.
    await pressUntil(page, (f) => f.inNav, 'the side menu');
    await pressUntil(page, (f) => f.text === '报送审核', 'the 报送审核 menu item', 'ArrowDown', 20);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/reports/);
    await vi.waitFor(async () => expect((await focused(page)).tag).toBe('h1'), SLOW);
    expect((await focused(page)).text).toBe('报送审核');
    await page
      .getByRole('button', { name: /采\s*纳/ })
      .nth(1)
      .waitFor(SLOW);

    // Return the first report: the dialog's text area, the reason, the dialog's 退回 button.
    await pressUntil(page, (f) => f.tag === 'button' && f.text === '退回' && f.inMain, 'a 退回 button');
    await page.keyboard.press('Enter');
    await page.locator('.ant-modal').getByLabel('退回原因').waitFor();
    await pressUntil(page, (f) => f.tag === 'textarea', 'the reason field');
    await page.keyboard.type('请补充摸底调查的具体数据。');
    await pressUntil(page, (f) => f.tag === 'button' && f.text === '退回' && !f.inMain, "the dialog's 退回 button");
    await page.keyboard.press('Enter');
    expect(await resultFocused(page)).toMatch(/^已退回：/);

    // Accept the other one: from the result note, Tab on to its 采纳 button.
    await page
      .getByRole('button', { name: /采\s*纳/ })
      .nth(1)
      .waitFor({ state: 'detached', timeout: 20_000 });
    await pressUntil(page, (f) => f.tag === 'button' && f.text === '采纳', 'the 采纳 button');
    await page.keyboard.press('Enter');
    expect(await resultFocused(page)).toMatch(/^已采纳：/);

    const returned = await page.request.get(`${server.url}/api/reports?status=returned`);
    const accepted = await page.request.get(`${server.url}/api/reports?status=accepted`);
    expect(((await returned.json()) as { total: number }).total).toBe(1);
    expect(((await accepted.json()) as { total: number }).total).toBe(1);
    await ctx.close();
  }, 240_000);

  it('phone: the menu drawer opens from the keyboard and Tab stays on its controls', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    await keyboardLogin(page, ADMIN);
    await page.locator('h1').first().waitFor();
    await pressUntil(page, (f) => f.label === '展开菜单', 'the menu button');
    await page.keyboard.press('Enter');
    await page.locator('.ant-drawer .ant-menu').waitFor();
    // Round the drawer twice: every stop is one of its controls, none is <body>.
    const stops: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      stops.push(f.tag === 'body' ? 'body' : f.label || f.role || f.tag);
    }
    expect(stops).not.toContain('body');
    expect(stops).toContain('收起菜单');
    expect(stops).toContain('menu');
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached', timeout: 10_000 });
    await ctx.close();
  }, 120_000);
});
