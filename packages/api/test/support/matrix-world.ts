import { expect } from 'vitest';
import { TestClient } from './http-client.js';
import { INDICATOR_PLAN_TEXT, PLAN_TEXT } from './fixtures.js';

/** Every kind of caller: the office, a leader, the liaison of the task's unit, of an unrelated unit, a viewer, a token, nobody. */
export const CALLERS = ['anonymous', 'viewer', 'liaisonB', 'leader', 'liaisonA', 'token', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

/** What the matrix acts on (ids), plus the office's client to prepare fresh objects per request. */
export interface World {
  url: string;
  admin: TestClient;
  unitA: string;
  unitB: string;
  published: string;
  draft: string;
  /** A draft that cannot be published (a unit nobody mapped). */
  unpublishable: string;
  task: string;
  draftTask: string;
  indicator: string;
  draftIndicator: string;
  /** Periods of the published plan by label (2026年3月…). */
  periods: Record<string, string>;
  draftPeriods: boolean;
  report: string;
  reviewReport: string;
  evidence: string;
  notice: string;
  dueNextYear: string;
}

/** The users behind the signed-in callers (all with password-123). */
export const USERS: Record<Exclude<Caller, 'anonymous' | 'admin' | 'token'>, { role: string; unit: 'A' | 'B' | null }> = {
  viewer: { role: 'viewer', unit: null },
  liaisonB: { role: 'liaison', unit: 'B' },
  leader: { role: 'leader', unit: null },
  liaisonA: { role: 'liaison', unit: 'A' },
};

const MONTHLY = { kind: 'monthly', start: '2026-03-01', end: '2026-12-31', due: { kind: 'day_of_last_month', day: 28 }, graceDays: 3 };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ok<T = any>(p: Promise<{ status: number; body: any; text: string }>): Promise<T> {
  const r = await p;
  expect(r.status, r.text).toBeLessThan(300);
  return r.body as T;
}

/** Builds the world through the HTTP API and signs every caller in. */
export async function buildWorld(
  url: string,
  adminPassword: string,
): Promise<{ world: World; clients: Record<Caller, TestClient>; adminPassword: string }> {
  const admin = new TestClient(url);
  await admin.login('admin', adminPassword);
  const unitA = (await ok(admin.post('/api/units', { name: '市体育局' }))).id;
  const unitB = (await ok(admin.post('/api/units', { name: '市民政局' }))).id;
  const clients = { admin, anonymous: new TestClient(url) } as Record<Caller, TestClient>;
  for (const [name, u] of Object.entries(USERS)) {
    await ok(
      admin.post('/api/users', {
        username: name,
        password: 'password-123',
        roles: [{ role: u.role, unitId: u.unit === 'A' ? unitA : u.unit === 'B' ? unitB : null }],
      }),
    );
    clients[name as Caller] = new TestClient(url);
    await clients[name as Caller].login(name, 'password-123');
  }
  clients.token = new TestClient(url, (await ok(clients.liaisonA.post('/api/tokens', { name: 'matrix' }))).token);

  const published = (await ok(admin.post('/api/plans/import', { fileName: 'p1.txt', text: INDICATOR_PLAN_TEXT }))).plan.id;
  await ok(admin.post(`/api/plans/${published}/publish`));
  const draft = (await ok(admin.post('/api/plans/import', { fileName: 'p2.txt', text: INDICATOR_PLAN_TEXT }))).plan.id;
  const unpublishable = (await ok(admin.post('/api/plans/import', { fileName: 'p3.txt', text: PLAN_TEXT }))).plan.id;
  const task = (await ok(admin.get(`/api/plans/${published}`))).tasks[0].id;
  const draftTask = (await ok(admin.get(`/api/plans/${draft}`))).tasks[0].id;
  const indicator = (await ok(admin.get(`/api/indicators?plan=${published}`)))[0].id;
  const draftIndicator = (await ok(admin.get(`/api/indicators?plan=${draft}`)))[0].id;
  const periods = Object.fromEntries(
    (await ok(admin.post(`/api/plans/${published}/periods`, MONTHLY))).items.map((p: { label: string; id: string }) => [p.label, p.id]),
  );
  await ok(admin.post(`/api/plans/${draft}/periods`, MONTHLY));

  const report = (
    await ok(
      clients.liaisonA.post('/api/reports', { taskId: task, periodId: periods['2026年3月'], narrative: '已完成场地选址。', percent: 30 }),
    )
  ).id;
  const reviewReport = (
    await ok(clients.liaisonA.post('/api/reports', { taskId: task, periodId: periods['2026年4月'], narrative: '推进中。', percent: 40 }))
  ).id;
  const form = new FormData();
  form.append('file', new Blob(['进展说明'], { type: 'text/plain' }), '说明.txt');
  const evidence = (await ok(clients.liaisonA.request('POST', `/api/reports/${report}/evidence`, form))).id;
  const dueNextYear = `${new Date().getUTCFullYear() + 1}-06-30`;
  const notice = (await ok(admin.post('/api/notices', { taskId: task, unitId: unitA, reason: '进度滞后', due: dueNextYear }))).id;
  const world: World = {
    url,
    admin,
    unitA,
    unitB,
    published,
    draft,
    unpublishable,
    task,
    draftTask,
    indicator,
    draftIndicator,
    periods,
    draftPeriods: true,
    report,
    reviewReport,
    evidence,
    notice,
    dueNextYear,
  };
  return { world, clients, adminPassword };
}

/** A client of the same kind as `who` with a session (or token) of its own, for requests that end or change it. */
export async function freshClient(who: Caller, w: World, clients: Record<Caller, TestClient>, adminPassword: string): Promise<TestClient> {
  const c = new TestClient(w.url);
  if (who === 'anonymous') return c;
  if (who === 'token')
    return new TestClient(w.url, (await ok(clients.liaisonA.post('/api/tokens', { name: `fresh-${Math.random()}` }))).token);
  await c.login(who, who === 'admin' ? adminPassword : 'password-123');
  return c;
}

/** The current version of an object as the office reads it. */
export async function versionOf(w: World, path: string): Promise<number> {
  return (await ok<{ version: number }>(w.admin.get(path))).version;
}

/** Creates something through the office and returns its id (a plan import answers `{ plan }`). */
export async function made(w: World, path: string, body: unknown): Promise<string> {
  const b = await ok(w.admin.post(path, body));
  return path === '/api/plans/import' ? b.plan.id : b.id;
}
