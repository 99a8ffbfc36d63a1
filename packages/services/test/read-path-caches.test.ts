import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '@duban/storage';
import { createContext, createServices, refreshStaleStatuses, systemActor } from '../src/index.js';

async function setup(today: { value: string }) {
  const open = await openDatabase({ file: ':memory:' });
  await migrateToLatest(open.db);
  const services = createServices(createContext(open.db, 'secret-for-tests', { today: () => today.value }));
  return { open, services };
}

describe('session cache', () => {
  it('sees role changes, deactivation and logout at once', async () => {
    const { open, services } = await setup({ value: '2026-03-01' });
    const user = await services.users.create(systemActor, {
      username: 'zhang',
      password: 'a-long-password-1',
      roles: [{ role: 'viewer', unitId: null }],
    });
    const { token } = await services.auth.login('zhang', 'a-long-password-1', '127.0.0.1');
    expect((await services.auth.authenticateSession(token))?.actor.roles.map((r) => r.role)).toEqual(['viewer']);

    const promoted = await services.users.update(systemActor, user.id, {
      version: user.version,
      roles: [{ role: 'leader', unitId: null }],
    });
    expect((await services.auth.authenticateSession(token))?.actor.roles.map((r) => r.role)).toEqual(['leader']);

    await services.users.update(systemActor, user.id, { version: promoted.version, active: false });
    expect(await services.auth.authenticateSession(token)).toBeNull();
    await open.close();
  });

  it('forgets a session on logout', async () => {
    const { open, services } = await setup({ value: '2026-03-01' });
    await services.users.create(systemActor, { username: 'li', password: 'a-long-password-2', roles: [{ role: 'viewer', unitId: null }] });
    const { token } = await services.auth.login('li', 'a-long-password-2', '127.0.0.1');
    const s = await services.auth.authenticateSession(token);
    expect(s).not.toBeNull();
    await services.auth.logout(s!.actor, token);
    expect(await services.auth.authenticateSession(token)).toBeNull();
    await open.close();
  });
});

const PLAN = [
  '青川市全民健身行动2026年工作方案',
  '一、重点任务',
  '（一）推进全民健身场地设施建设。（牵头单位：市体育局）2026年12月底前完成。',
  '',
].join('\n');

describe('stale-status memo', () => {
  it('skips the scan within a day until a write or a new day', async () => {
    const today = { value: '2026-03-01' };
    const { open, services } = await setup(today);
    await services.plans.importPlan(systemActor, { fileName: 'p.txt', text: PLAN }, { createUnits: true });
    const tasks = (await open.db.selectFrom('tasks').select('id').execute()).length;
    expect(tasks).toBeGreaterThan(0);
    await refreshStaleStatuses(services.ctx);
    const unset = () => open.db.updateTable('tasks').set({ status_on: null }).execute();

    // Same day, no write since: the scan is skipped, so rows made stale behind the services' back stay so...
    await unset();
    expect(await refreshStaleStatuses(services.ctx)).toBe(0);
    // ...until the day changes,
    today.value = '2026-03-02';
    expect(await refreshStaleStatuses(services.ctx)).toBe(tasks);
    expect(await refreshStaleStatuses(services.ctx)).toBe(0);
    // or until a write commits.
    await unset();
    await services.units.create(systemActor, { name: '市教育局', kind: 'department', aliases: [], formerNames: [] });
    expect(await refreshStaleStatuses(services.ctx)).toBe(tasks);
    await open.close();
  });
});
