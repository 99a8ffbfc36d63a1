// Browser test of notifications against the real server (SQLite in a temporary directory): a liaison whose report
// was returned sees the bell's unread count, opens the notification from it and the count drops; the office adds a
// signed DingTalk channel on the 消息推送 page, test-sends, and the delivery log shows it sent to a local receiver.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/support/servers.js';
import { hashPassword, systemActor } from '@duban/services';
import { insertUser } from '@duban/storage';
import { robotReceiver } from '../../services/test/delivery/receivers.js';
import { browserAvailable, ensureWebBuild, launchBrowser, repoRoot } from './support/browser.js';
import { login as signIn } from './support/ui.js';

const run = browserAvailable();
const PLAN = [
  '青川市全民健身行动2026年工作方案',
  '一、重点任务',
  '（一）推进全民健身场地设施建设。（牵头单位：市体育局）2026年12月底前完成。',
  '',
].join('\n');
const ADMIN = { username: 'admin', password: 'e2e-admin-pass-1' };
const LIAISON = { username: 'e2e-tiyu', password: 'e2e-liaison-pass-1' };
const SLOW = { timeout: 20_000, interval: 200 };
const SECRET = 'SECe2e-signing-secret';
const SHOTS = join(repoRoot, 'test-results/screenshots');

/** A record for people, not an assertion: a screenshot that fails is reported and the test goes on. */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page
    .screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled', timeout: 15_000 })
    .catch((e: Error) => console.warn(`screenshot ${name} not taken: ${e.message.split('\n')[0]}`));
}

let server: TestServer;
let browser: Browser;
let receiver: Awaited<ReturnType<typeof robotReceiver>>;

/** Signs in through the login page (see support/ui.ts) on this file's server. */
const login = (ctx: BrowserContext, who: { username: string; password: string }): Promise<Page> => signIn(ctx, server.url, who);

describe.skipIf(!run)('notifications in the browser', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({ web: true, adminPassword: ADMIN.password, today: () => '2026-04-03' });
    const s = server.services;
    const unit = await s.units.create(systemActor, { name: '市体育局', kind: 'department', aliases: [], formerNames: [] });
    const planId = (await s.plans.importPlan(systemActor, { fileName: 'p.txt', text: PLAN }, { createUnits: true })).id;
    await s.plans.publish(systemActor, planId);
    const periods = await s.reporting.createPeriods(systemActor, planId, { kind: 'monthly', start: '2026-03-01', end: '2026-12-31' });
    const taskId = (await s.plans.get(systemActor, planId)).tasks[0]!.id;
    await insertUser(server.db.db, {
      username: LIAISON.username,
      passwordHash: await hashPassword(LIAISON.password),
      roles: [{ role: 'liaison', unitId: unit.id }],
    });
    const report = await s.reporting.submitReport(systemActor, {
      taskId,
      periodId: periods[0]!.id,
      unitId: unit.id,
      narrative: '已完成选址',
      percent: 20,
      completionClaim: false,
    });
    await s.reporting.returnReport(systemActor, report.id, { reason: '请补充现场照片' });
    receiver = await robotReceiver({ answers: [200], dingTalkSecret: SECRET });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await server?.dispose();
  });

  it('shows the unread count on the bell and opens the notification from it', async () => {
    const ctx = await browser.newContext();
    const page = await login(ctx, LIAISON);
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('aria-label'), SLOW).toBe('通知（1 条未读）');
    await expect.poll(() => bell.locator('.ant-badge-count').innerText(), SLOW).toBe('1');
    await bell.click();
    await page.locator('.ant-popover').getByText('的报送被退回', { exact: false }).waitFor();
    await shoot(page, 'notify-1-bell');
    const item = page.locator('.ant-popover').getByText('的报送被退回', { exact: false });
    await item.click();
    await page.waitForURL(/\/tasks\//);
    await expect.poll(() => bell.getAttribute('aria-label'), SLOW).toBe('通知（0 条未读）');
    await ctx.close();
  });

  it('lets the office add a signed DingTalk channel, test-send it and see it sent in the delivery log', async () => {
    const ctx = await browser.newContext();
    const page = await login(ctx, ADMIN);
    // The bell is the liaisons': the office reads every unit's notifications, and must not mark them read for them.
    await page.getByRole('button', { name: '账户' }).waitFor();
    expect(await page.getByTestId('notification-bell').count()).toBe(0);
    await page.goto(`${server.url}/admin/delivery`);
    await page.getByRole('button', { name: '新增推送通道' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('督办钉钉群');
    await dialog.getByLabel('Webhook 地址').fill(receiver.url('/robot/send?access_token=e2e-token'));
    await dialog.getByLabel('加签密钥（SEC 开头，可选）').fill(SECRET);
    await dialog.getByText('允许内网地址').click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const row = page.locator('tr', { hasText: '督办钉钉群' });
    await row.waitFor();
    // The token never comes back to the browser: the list shows the address without its query.
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await row.innerText()).toContain('/robot/send?••••');
    expect(await page.content()).not.toContain('e2e-token');
    await row.getByRole('button', { name: '测试发送' }).click();
    const logRow = page.locator('.ant-card', { hasText: '投递记录' }).locator('tr', { hasText: '测试消息' });
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: '刷新' }).click();
        return (await logRow.count()) > 0 ? logRow.first().innerText() : '';
      }, SLOW)
      .toContain('已发送');
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.signatureValid).toBe(true);
    await shoot(page, 'notify-2-delivery-page');
    await ctx.close();
  });
});
