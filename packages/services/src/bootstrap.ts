import { createHash, randomBytes } from 'node:crypto';
import { countUsers, findDocumentBySha, getSetting, insertJurisdiction, listJurisdictions, listUsers, setSetting } from '@duban/storage';
import { systemActor } from './actor.js';
import { write, type ServiceContext } from './context.js';
import { prefixDemoUnitNames } from './units/demo-units.js';
import type { Services } from './index.js';

/** A readable random password (no look-alike characters) with lowercase, uppercase and digits, as the policy asks. */
export function generatePassword(length = 14): string {
  const classes = ['abcdefghjkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789'];
  const alphabet = classes.join('');
  for (;;) {
    const pw = [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
    if (classes.every((c) => [...pw].some((ch) => c.includes(ch)))) return pw;
  }
}

/**
 * Creates the first administrator when there are no users yet. Returns the credentials to print once
 * (`generated` when no password was given), or null when users already exist.
 */
export async function ensureAdmin(
  ctx: ServiceContext,
  services: Services,
  password?: string,
): Promise<{ username: string; password: string; generated: boolean } | null> {
  if ((await countUsers(ctx.db)) > 0) return null;
  const pw = password ?? generatePassword();
  // A generated password was printed on the console: the first sign-in must replace it.
  await services.users.create(systemActor, {
    username: 'admin',
    displayName: '领导小组办公室',
    password: pw,
    roles: [{ role: 'admin', unitId: null }],
    mustChangePassword: password === undefined,
  });
  return { username: 'admin', password: pw, generated: password === undefined };
}

/** Opens the audit log of a demo database emptied by `duban demo reset` with the reset itself. */
export async function recordDemoReset(ctx: ServiceContext): Promise<void> {
  await write(ctx, systemActor, async (_tx, audit) => {
    await audit('system', 'demo', 'reset', null, { at: new Date().toISOString() }, '重置演示数据');
  });
}

/** What the demo seeding did, for the console. */
export interface DemoResult {
  seeded: boolean;
  plans: { fileName: string; title: string | null; tasks: number }[];
  failed: { fileName: string; message: string }[];
  users: { username: string; password: string; role: string; unit: string | null }[];
}

/**
 * Loads the demo once (idempotent: a settings flag and document hashes prevent re-imports): a small
 * jurisdiction tree, the given sample plans imported and published, and demo liaison and leader accounts.
 */
export async function seedDemo(
  ctx: ServiceContext,
  services: Services,
  samples: { fileName: string; bytes: Uint8Array }[],
): Promise<DemoResult> {
  const result: DemoResult = { seeded: false, plans: [], failed: [], users: [] };
  if (await getSetting(ctx.db, 'demo_seeded')) return result;
  result.seeded = true;
  if ((await listJurisdictions(ctx.db)).length === 0) {
    await write(ctx, systemActor, async (tx, audit) => {
      const province = await insertJurisdiction(tx, { parentId: null, name: '示范省', level: 'province' });
      const city = await insertJurisdiction(tx, { parentId: province.id, name: '青川市', level: 'city' });
      const yunxi = await insertJurisdiction(tx, { parentId: city.id, name: '云溪区', level: 'county' });
      const linjiang = await insertJurisdiction(tx, { parentId: city.id, name: '临江县', level: 'county' });
      await insertJurisdiction(tx, { parentId: yunxi.id, name: '云溪街道', level: 'township' });
      for (const j of [province, city, yunxi, linjiang]) await audit('jurisdiction', j.id, 'create', null, j, '演示数据');
    });
  }
  for (const s of samples) {
    const sha = createHash('sha256').update(s.bytes).digest('hex');
    if (await findDocumentBySha(ctx.db, sha)) continue;
    try {
      const plan = await services.plans.importPlan(systemActor, { fileName: s.fileName, bytes: s.bytes }, { publish: true });
      result.plans.push({ fileName: s.fileName, title: plan.title, tasks: plan.taskCount });
      // A reporting calendar from the current month on, so the demo's inboxes have this month's reports to file.
      const today = ctx.today();
      const year = plan.planYear ?? Number(today.slice(0, 4));
      const start = String(year) === today.slice(0, 4) ? `${today.slice(0, 7)}-01` : `${year}-01-01`;
      await services.reporting
        .createPeriods(systemActor, plan.id, {
          kind: 'monthly',
          start,
          end: `${year}-12-31`,
          due: { kind: 'day_of_last_month', day: 25 },
          graceDays: 5,
        })
        .catch(() => undefined);
    } catch (e) {
      result.failed.push({ fileName: s.fileName, message: (e as Error).message });
    }
  }
  await prefixDemoUnitNames(ctx, services);
  const existing = new Set((await listUsers(ctx.db)).map((u) => u.username));
  const units = await services.units.list(systemActor);
  const leadCounts = new Map<string, number>();
  for (const plan of (await services.plans.list(systemActor, {}, { page: 1, pageSize: 100 })).items) {
    for (const t of (await services.plans.get(systemActor, plan.id)).tasks) {
      for (const u of t.units) if (u.role === 'lead' && u.unitId) leadCounts.set(u.unitId, (leadCounts.get(u.unitId) ?? 0) + 1);
    }
  }
  const busiest = units
    .filter((u) => leadCounts.has(u.id))
    .sort((a, b) => (leadCounts.get(b.id) ?? 0) - (leadCounts.get(a.id) ?? 0))
    .slice(0, 3);
  const accounts = [
    ...busiest.map((u, i) => ({ username: `liaison${i + 1}`, role: 'liaison' as const, unit: u })),
    { username: 'leader', role: 'leader' as const, unit: null },
  ];
  for (const a of accounts) {
    if (existing.has(a.username)) continue;
    const password = generatePassword(10);
    await services.users.create(systemActor, {
      username: a.username,
      displayName: a.unit ? `${a.unit.name}联络员` : '分管领导',
      password,
      roles: [{ role: a.role, unitId: a.unit?.id ?? null }],
    });
    result.users.push({ username: a.username, password, role: a.role, unit: a.unit?.name ?? null });
  }
  await setSetting(ctx.db, 'demo_seeded', new Date().toISOString());
  return result;
}
