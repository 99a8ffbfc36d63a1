// Browser test of assessment (考核) against the real server: the office configures a period's rubric and a bonus,
// opens self-assessment, a unit's liaison self-assesses, the office scores with a reason and locks, and the
// leader sees the ranking on the dashboard.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/support/servers.js';
import { systemActor, type Actor } from '@duban/services';
import { strFromU8, unzipSync } from 'fflate';
import { browserAvailable, ensureWebBuild, launchBrowser, repoRoot } from './support/browser.js';
import { choose, confirmPopover as confirmIssue, login as signIn } from './support/ui.js';

const run = browserAvailable();
const SHOTS = join(repoRoot, 'test-results/screenshots');
const SLOW = { timeout: 20_000, interval: 200 };
const ADMIN = { username: 'admin', password: 'e2e-admin-pass' };
const LIAISON = { username: 'e2e-assess-liaison', password: 'e2e-liaison-pass' };
const LEADER = { username: 'e2e-assess-leader', password: 'e2e-leader-pass' };
const PLAN_TEXT = [
  '青川市健康促进2026年工作要点',
  '一、重点任务',
  '1.加强健康知识传播。组建市级健康科普专家库。(牵头单位:市卫生健康委;配合单位:市教育局)2026年6月底前完成。',
  '2.推进儿童青少年近视防控。开展视力筛查。(牵头单位:市教育局)2026年4月底前完成。',
  '',
].join('\n');

let server: TestServer;
let browser: Browser;
let today = '2026-03-20';
let planId: string;

/** Signs in through the login page (see support/ui.ts) on this file's server. */
const login = (ctx: BrowserContext, who: { username: string; password: string }): Promise<Page> => signIn(ctx, server.url, who);

/**
 * Opens a Popconfirm with `open` and confirms it, again if a click landed while the page was settling — unless
 * `next` (what the page shows once the step is done) is already there.
 */
async function confirmPopover(page: Page, open: Locator, next: Locator): Promise<void> {
  await vi.waitFor(
    async () => {
      if (await next.count()) return;
      const confirm = page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*认/ });
      if (!(await confirm.isVisible())) await open.click({ timeout: 5_000 });
      await confirm.click({ timeout: 3_000 });
      await next.waitFor({ timeout: 5_000 });
    },
    { timeout: 45_000, interval: 300 },
  );
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, '');

async function shoot(page: Page, name: string): Promise<void> {
  await page
    .screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled', timeout: 15_000 })
    .catch((e: Error) => console.warn(`screenshot ${name} not taken: ${e.message.split('\n')[0]}`));
}

describe.skipIf(!run)('assessment in a real browser', () => {
  beforeAll(async () => {
    ensureWebBuild();
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer({ web: true, demo: false, adminPassword: ADMIN.password, today: () => today });
    browser = await launchBrowser();
    // The facts: a published plan with monthly reports; 卫健委 reports March on time and nothing after, 教育局 never reports.
    const plan = await server.services.plans.importPlan(
      systemActor,
      { fileName: 'plan.txt', text: PLAN_TEXT },
      { publish: true, createUnits: true },
    );
    planId = plan.id;
    const units = new Map(plan.tasks.flatMap((t) => t.units.map((u) => [u.name, u.unitId!] as const)));
    await server.services.reporting.createPeriods(systemActor, planId, {
      kind: 'monthly',
      start: '2026-03-01',
      end: '2026-12-31',
      due: { kind: 'day_of_last_month', day: 28 },
      graceDays: 3,
    });
    const periods = await server.services.reporting.listPeriods(systemActor, planId);
    const health = units.get('市卫生健康委')!;
    const liaison: Actor = { userId: '', username: 'setup', roles: [{ role: 'liaison', unitId: health }], via: 'system' };
    const task1 = plan.tasks.find((t) => t.title === '加强健康知识传播')!.id;
    await server.services.reporting.submitReport(liaison, {
      taskId: task1,
      periodId: periods[0]!.id,
      narrative: '组建专家库。',
      percent: 20,
      completionClaim: false,
    });
    await server.services.users.create(systemActor, {
      username: LIAISON.username,
      displayName: '卫健委联络员',
      password: LIAISON.password,
      roles: [{ role: 'liaison', unitId: health }],
    });
    await server.services.users.create(systemActor, {
      username: LEADER.username,
      displayName: '分管领导',
      password: LEADER.password,
      roles: [{ role: 'leader', unitId: null }],
    });
    today = '2026-07-10';
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('configures a rubric, self-assesses, scores, locks and ranks', { timeout: 300_000 }, async () => {
    const office = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await login(office, ADMIN);

    // The office creates the half-year period with the default rubric, then raises the base score to 85.
    await page.goto(`${server.url}/assessment?plan=${planId}`);
    await page.getByRole('button', { name: /新建考核期/ }).click();
    await page.getByLabel('考核期名称').fill('2026年上半年');
    const start = page.getByPlaceholder('开始日期');
    await start.click();
    await start.fill('2026-01-01');
    await start.press('Enter');
    const end = page.getByPlaceholder('结束日期');
    await end.fill('2026-06-30');
    await end.press('Enter');
    await page.getByRole('button', { name: /创\s*建/ }).click();
    await expect.poll(() => page.getByRole('tab', { name: '考核细则' }).count(), SLOW).toBe(1);
    await page.getByRole('tab', { name: '考核细则' }).click();
    const base = page.getByLabel('起评分');
    await base.fill('85');
    await page.getByRole('button', { name: /保存细则/ }).click();
    await expect.poll(() => page.getByText('现行版本：第 2 版').count(), SLOW).toBe(1);

    // A bonus for 教育局, with its reason.
    await page.getByRole('tab', { name: '加分与否决' }).click();
    await page.getByRole('button', { name: /添加加分项/ }).click();
    await page.getByLabel('单位', { exact: true }).first().click();
    await page.locator('.ant-select-dropdown').getByText('市教育局', { exact: true }).click();
    await page.getByLabel('加分', { exact: true }).fill('2');
    await page.getByLabel('加分理由').fill('近视防控经验获省级推广');
    await page.getByRole('button', { name: /保存加分与否决/ }).click();
    await expect.poll(() => page.getByText('已保存，得分已重新计算').count(), SLOW).toBeGreaterThan(0);

    // Opening self-assessment computes the scores: 卫健委 85 + 1 (March on time) − 2 − 2 (April, May missing) = 82;
    // 教育局 85 − 2 × 3 (March to May missing) − 2 (task 2 overdue) + 2 (bonus) = 79.
    await confirmPopover(
      page,
      page.getByRole('button', { name: /开启单位自评/ }),
      page.getByRole('button', { name: /结束自评，开始评分/ }),
    );
    await page.getByRole('tab', { name: '得分与排名' }).click();
    await expect.poll(() => text(page, 'score-市卫生健康委').catch(() => ''), SLOW).toBe('82');
    expect(await text(page, 'score-市教育局')).toBe('79');
    await page
      .getByRole('row', { name: /市教育局/ })
      .getByRole('button', { name: /展开|Expand/ })
      .click();
    await expect.poll(() => page.getByTestId('breakdown-市教育局').innerText(), SLOW).toContain('近视防控经验获省级推广');
    expect(await page.getByTestId('breakdown-市教育局').innerText()).toContain('截至 2026-06-30 未办结');
    await shoot(page, 'assessment-01-office-results');

    // The liaison of 卫健委 sees only its unit and self-assesses.
    const unitCtx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const unitPage = await login(unitCtx, LIAISON);
    await unitPage.goto(`${server.url}/assessment?plan=${planId}`);
    await expect.poll(() => text(unitPage, 'score-市卫生健康委').catch(() => ''), SLOW).toBe('82');
    expect(await unitPage.getByTestId('score-市教育局').count()).toBe(0);
    await unitPage.getByRole('button', { name: /自\s*评/ }).click();
    await unitPage.getByLabel('自评分').fill('86');
    await unitPage.getByLabel('自评说明').fill('专家库已组建，3月按时报送');
    await unitPage.getByRole('button', { name: /提\s*交/ }).click();
    await expect.poll(() => unitPage.getByRole('row', { name: /市卫生健康委/ }).innerText(), SLOW).toContain('86');
    await shoot(unitPage, 'assessment-02-self');

    // The office moves to scoring, adds 2 points with a reason, and locks.
    await page.reload();
    await confirmPopover(page, page.getByRole('button', { name: /结束自评，开始评分/ }), page.getByRole('button', { name: /审定并锁定/ }));
    await page.getByRole('button', { name: '评分 市卫生健康委' }).click();
    await page.getByRole('button', { name: /添加调整项/ }).click();
    await page.getByLabel('调整分值').fill('2');
    await page.getByLabel('调整理由').fill('市领导批示肯定');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await expect.poll(() => text(page, 'score-市卫生健康委').catch(() => ''), SLOW).toBe('84');
    await confirmPopover(page, page.getByRole('button', { name: /审定并锁定/ }), page.getByRole('button', { name: /修\s*订/ }));
    await expect.poll(() => page.getByRole('button', { name: /修\s*订/ }).count(), SLOW).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: '评分 市卫生健康委' }).count()).toBe(0);
    expect(await text(page, 'grade-市卫生健康委')).toBe('良好');
    expect(await text(page, 'grade-市教育局')).toBe('一般');
    await shoot(page, 'assessment-03-locked');

    // A correction after locking is a new revision with its reason; the locked one stays in the history.
    await page
      .getByRole('row', { name: /市教育局/ })
      .getByRole('button', { name: /修\s*订/ })
      .click();
    await page.getByLabel('修订理由').fill('核实督办材料后重新计算');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await expect.poll(() => page.getByLabel('修订理由').count(), SLOW).toBe(0);
    await page
      .getByRole('row', { name: /市教育局/ })
      .getByRole('button', { name: /展开|Expand/ })
      .click();
    await expect
      .poll(
        () =>
          page
            .getByTestId('breakdown-市教育局')
            .innerText()
            .catch(() => ''),
        SLOW,
      )
      .toContain('第 2 版：核实督办材料后重新计算');
    await expect.poll(() => page.getByTestId('breakdown-市教育局').innerText(), SLOW).toContain('最终得分 79 · 细则第 2 版');

    // The next period copies this period's rubric (base 85, version 2) as its first version.
    await page.getByRole('button', { name: /新建考核期/ }).click();
    await page.getByLabel('考核期名称').fill('2026年下半年');
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill('2026-07-01');
    await page.getByPlaceholder('开始日期').press('Enter');
    await page.getByPlaceholder('结束日期').fill('2026-12-31');
    await page.getByPlaceholder('结束日期').press('Enter');
    await page.getByLabel('考核细则', { exact: true }).click();
    await page.locator('.ant-select-dropdown').getByText('复制“2026年上半年”的细则').click();
    await page.getByRole('button', { name: /创\s*建/ }).click();
    await expect
      .poll(
        () =>
          page
            .getByRole('combobox', { name: '选择考核期' })
            .locator('..')
            .innerText()
            .catch(() => ''),
        SLOW,
      )
      .toContain('2026年下半年');
    await page.getByRole('tab', { name: '考核细则' }).click();
    await expect.poll(() => page.getByText('现行版本：第 1 版').count(), SLOW).toBe(1);
    expect(await page.getByLabel('起评分').inputValue()).toBe('85');

    // The leader sees the ranking on the dashboard.
    const leaderCtx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const leaderPage = await login(leaderCtx, LEADER);
    await leaderPage.goto(`${server.url}/dashboard?plan=${planId}`);
    const card = leaderPage.getByTestId('assessment-ranking');
    await expect.poll(() => card.innerText().catch(() => ''), SLOW).toContain('2026年上半年');
    const rows = await card.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(['1 市卫生健康委 84 — 良好', '2 市教育局 79 — 一般']);
    await shoot(leaderPage, 'assessment-04-dashboard');

    // The office generates the 情况通报 from the dashboard, issues it and downloads it: the ranking is in the .docx.
    await page.goto(`${server.url}/dashboard?plan=${planId}`);
    await page.getByRole('button', { name: '生成情况通报' }).click();
    await page.waitForURL(/\/bulletins\?plan=/);
    await choose(page, '报送周期', '2026年6月');
    await page.getByRole('button', { name: '按看板数据生成草稿' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('标题', { exact: true }).waitFor();
    await confirmIssue(page, drawer.getByRole('button', { name: /^印\s*发$/ }), /^印\s*发$/);
    await drawer.waitFor({ state: 'hidden' });
    const issued = page.locator('.ant-table-row', { hasText: '2026年6月' });
    await issued.getByText('已印发').waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), issued.getByRole('link', { name: /下载/ }).click()]);
    const xml = strFromU8(unzipSync(readFileSync((await download.path())!))['word/document.xml']!);
    const docText = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(docText).toContain('考核排名（2026年上半年）');
    expect(docText).toMatch(/1市卫生健康委84(\.0+)?良好/);
    await Promise.all([office.close(), unitCtx.close(), leaderCtx.close()]);
  });
});
