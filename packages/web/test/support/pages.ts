/** Browser test support shared by the accessibility and keyboard journeys: signing in and waiting for a page. */
import type { Page } from 'playwright-core';

/** A user name and password to sign in with. */
export interface Account {
  username: string;
  password: string;
}

/**
 * Waits until loading spinners and skeletons are gone and the route's heading is there. A locator wait, not
 * waitForFunction: Playwright evaluates a string predicate with eval, which the app's CSP refuses.
 */
export async function settle(page: Page): Promise<void> {
  // The first-screen preview (src/first-screen) has a heading of its own: wait for the app's, and the preview gone.
  await page.locator('h1:not(#first-screen h1)').first().waitFor({ timeout: 20_000 });
  await page.locator('#first-screen').waitFor({ state: 'detached', timeout: 20_000 });
  await page
    .locator('.ant-spin-spinning, .ant-skeleton')
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => undefined);
  // Antd's motion (drawers, popovers, fades) runs for up to 0.3 s; axe reads colours mid-fade otherwise.
  await page.waitForTimeout(400);
}

/** Signs in through the login form (the page must be on /login) and waits until the app has left it. */
export async function signIn(page: Page, who: Account): Promise<void> {
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}
