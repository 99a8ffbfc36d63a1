// Browser test of the review worklist on field documents (eval/field, written for this repository): the review flags
// the tasks that look wrong, a fix clears its flag at once, and — measured over a whole blind batch — how many edits the
// reviewer needs to bring each draft to its gold, and how many of the corrections to existing tasks the flags point at.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../../api/test/support/servers.js';
import { systemActor } from '@duban/services';
import type { PlanDetail } from '@duban/core';
import { reviewAttention } from '../src/pages/plans/review-attention.js';
import { browserAvailable, ensureWebBuild, launchBrowser, repoRoot } from './support/browser.js';
import { login } from './support/ui.js';

const run = browserAvailable();
const ADMIN = { username: 'admin', password: 'e2e-review-attention-pass' };
const SLOW = { timeout: 20_000, interval: 200 };
// The newest blind batch: the one the engine has been fixed against least, so its drafts still need a reviewer.
const FIELD = join(repoRoot, 'eval/field');
const BATCH_NAME = readdirSync(FIELD)
  .filter((d) => /^batch\d+$/.test(d))
  .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)))
  .at(-1)!;
const BATCH = join(FIELD, BATCH_NAME);

interface GoldTask {
  key: string;
  kind: string;
  lead: string[];
  participants: string[];
  due: string[];
  ongoing: boolean;
}
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const sameSet = (a: string[], b: string[]) => JSON.stringify([...a].map(norm).sort()) === JSON.stringify([...b].map(norm).sort());

/** Edits that bring a draft to its gold: corrections of matched tasks (by field), tasks to add, tasks to delete. */
function editsToGold(
  draft: PlanDetail,
  gold: GoldTask[],
): { corrections: { taskId: string; field: string }[]; add: number; remove: number } {
  const corrections: { taskId: string; field: string }[] = [];
  const used = new Set<string>();
  let add = 0;
  for (const g of gold) {
    const t = draft.tasks.find((x) => !used.has(x.id) && norm(`${x.title ?? ''}${x.text}`).includes(norm(g.key)));
    if (!t) {
      add++;
      continue;
    }
    used.add(t.id);
    const names = (role: string) => t.units.filter((u) => u.role === role).map((u) => u.name);
    if (!sameSet(names('lead'), g.lead)) corrections.push({ taskId: t.id, field: 'lead' });
    if (!sameSet(names('participant'), g.participants)) corrections.push({ taskId: t.id, field: 'participants' });
    if (!sameSet(t.due, g.due) || t.ongoing !== g.ongoing) corrections.push({ taskId: t.id, field: 'deadline' });
  }
  return { corrections, add, remove: draft.tasks.filter((x) => !used.has(x.id)).length };
}

let server: TestServer;
let browser: Browser;

describe.skipIf(!run)('review worklist on field documents, in a real browser', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({ web: true, demo: false, adminPassword: ADMIN.password });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it(
    'measures the edits to gold over a blind batch; the flags cover the wrong tasks; a fix clears its flag',
    { timeout: 300_000 },
    async () => {
      const docs = readdirSync(join(BATCH, 'docs')).sort();
      const golds = docs.map(
        (d) => JSON.parse(readFileSync(join(BATCH, 'gold', d.replace(/\.[^.]+$/, '.json')), 'utf8')) as { tasks: GoldTask[] },
      );
      // The office's directory holds every unit the documents name, as it would after its first imports.
      const names = new Set(golds.flatMap((g) => g.tasks.flatMap((t) => [...t.lead, ...t.participants])));
      for (const name of names) await server.services.units.create(systemActor, { name, kind: 'department', aliases: [], formerNames: [] });

      let edits = 0;
      let corrected = 0;
      let flaggedCorrections = 0;
      let flaggedTasks = 0;
      let taskCount = 0;
      let target: { planId: string; taskId: string; lead: string[] } | null = null;
      for (const [i, doc] of docs.entries()) {
        const draft = await server.services.plans.importPlan(systemActor, { fileName: doc, bytes: readFileSync(join(BATCH, 'docs', doc)) });
        const gold = golds[i]!.tasks;
        const need = editsToGold(draft, gold);
        const { byTask } = reviewAttention(draft.tasks, draft.diagnostics);
        edits += need.corrections.length + need.add + need.remove;
        const wrongTasks = new Set(need.corrections.map((c) => c.taskId));
        corrected += wrongTasks.size;
        flaggedCorrections += [...wrongTasks].filter((id) => byTask.has(id)).length;
        flaggedTasks += byTask.size;
        taskCount += draft.tasks.length;
        if (!target) {
          const noLead = need.corrections.find((c) => c.field === 'lead' && byTask.get(c.taskId)?.includes('no-lead'));
          const g = noLead && gold.find((x) => norm(`${draft.tasks.find((t) => t.id === noLead.taskId)!.text}`).includes(norm(x.key)));
          if (noLead && g && g.lead.length) target = { planId: draft.id, taskId: noLead.taskId, lead: g.lead };
        }
      }
      console.log(
        `[review worklist] ${BATCH_NAME}: ${docs.length} documents, ${taskCount} extracted tasks; edits to gold ${edits}; ` +
          `tasks needing a correction ${corrected}, of which flagged ${flaggedCorrections}; tasks flagged ${flaggedTasks}`,
      );
      expect(taskCount).toBeGreaterThan(0);
      // Every correction of a lead that is missing altogether falls on a flagged task (by construction of the flags);
      // the share over all corrections is the figure reported above.
      expect(flaggedCorrections).toBeLessThanOrEqual(corrected);

      // In the browser: the worklist line counts the flagged tasks; fixing a missing lead clears that task's flag. When
      // the engine no longer misses a lead in this batch, one is removed first, as a reader's miss would leave it.
      if (!target) {
        const plan = (await server.services.plans.list(systemActor, {}, { page: 1, pageSize: 1 })).items[0]!;
        const task = (await server.services.plans.get(systemActor, plan.id)).tasks.find(
          (t) => t.kind === 'task' && t.units.some((u) => u.role === 'lead'),
        )!;
        const lead = task.units.filter((u) => u.role === 'lead').map((u) => u.name);
        await server.services.tasks.update(systemActor, task.id, {
          version: task.version,
          units: task.units.filter((u) => u.role !== 'lead').map((u) => ({ name: u.name, unitId: u.unitId, role: u.role })),
        });
        target = { planId: plan.id, taskId: task.id, lead };
      }
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
      const page = await login(ctx, server.url, ADMIN);
      await page.goto(`${server.url}/plans/${target.planId}/review`);
      const line = page.getByText(/^\d+ 项任务需要核对：/);
      await line.waitFor(SLOW);
      const before = Number(/^(\d+)/.exec(await line.innerText())![1]);
      await page.getByRole('switch', { name: '只看需要核对的任务' }).click();
      const row = page.locator(`#task-${target.taskId}`);
      await row.getByText('无牵头单位').waitFor(SLOW);
      await row.getByRole('button', { name: '编辑任务' }).click();
      const modal = page.locator('.ant-modal');
      const leadSelect = modal.getByLabel('牵头单位');
      for (const name of target.lead) {
        await leadSelect.fill(name);
        await page.keyboard.press('Enter');
      }
      await modal.getByRole('button', { name: /保\s*存/ }).click();
      await expect.poll(async () => row.getByText('无牵头单位').count(), SLOW).toBe(0);
      // With the filter on, a task with no reason left leaves the list; one with another reason stays, still counted.
      const stillFlagged = (await row.count()) > 0 && (await row.locator('.ant-tag-error').count()) > 0;
      const remaining = page.getByText(/^\d+ 项任务需要核对：/);
      const after = (await remaining.count()) ? Number(/^(\d+)/.exec(await remaining.innerText())![1]) : 0;
      expect(after).toBe(stillFlagged ? before : before - 1);
      await ctx.close();
    },
  );
});
