/**
 * Browser test steps several journeys share: signing in through the login page, picking an option of an antd Select,
 * and confirming a Popconfirm.
 */
import { vi } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** Opens a new page of `ctx`, signs in through the login form and waits to leave it. */
export async function login(ctx: BrowserContext, url: string, who: { username: string; password: string }): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** Picks an option of an antd Select found by its aria-label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label).first().click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/**
 * Opens a Popconfirm with `open` and clicks its confirm button once. A click that lands while the page is still
 * settling (a panel animating open, a list re-rendering) can leave the confirmation closed, so opening is tried again
 * until the confirm button shows. The confirming click itself is never repeated: on a busy machine a click can be
 * performed and still time out (Playwright then waits for navigations it may have started), and a second round would
 * look for an opener that the confirmed action removed (a deleted row's button) until the test times out.
 */
export async function confirmPopover(page: Page, open: Locator, name: RegExp): Promise<void> {
  const confirm = page.locator('.ant-popconfirm').getByRole('button', { name });
  await vi.waitFor(
    async () => {
      if (!(await confirm.isVisible())) await open.click({ timeout: 5_000 });
      await confirm.waitFor({ timeout: 3_000 });
    },
    { timeout: 30_000, interval: 300 },
  );
  await confirm.click({ timeout: 30_000 });
}
