import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemActor } from '@duban/services';
import { openDatabase, queryAudit, verifyAuditChain } from '@duban/storage';
import { startServer } from '@duban/api';
import { run } from './support/run-cli.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'duban-demo-reset-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function names(data: string): Promise<{ users: string[]; plans: number; units: string[] }> {
  const open = await openDatabase({ dataDir: data });
  try {
    return {
      users: (await open.db.selectFrom('users').select('username').orderBy('username').execute()).map((u) => u.username),
      plans: (await open.db.selectFrom('plans').select('id').execute()).length,
      units: (await open.db.selectFrom('units').select('name').execute()).map((u) => u.name),
    };
  } finally {
    await open.close();
  }
}

describe('duban demo reset', () => {
  it('empties a demo database and seeds it again, with city-prefixed units and the reset audited', async () => {
    const data = tempDir();
    const server = await startServer({ dataDir: data, port: 0, demo: true, adminPassword: 'Demo-admin-pass-1' });
    expect(server.demo?.plans).toHaveLength(3);
    await server.services.users.create(systemActor, {
      username: 'added-later',
      password: 'Added-later-pass-1',
      roles: [{ role: 'viewer', unitId: null }],
    });
    await server.close();
    const seeded = await names(data);
    expect(seeded.users).toContain('added-later');
    // Units carry their city or district: 青川市教育局, 云溪区教育局, 临江县…
    expect(seeded.units).toEqual(expect.arrayContaining(['青川市教育局', '云溪区教育局', '临江县公安局']));
    expect(seeded.units.filter((n) => /^[市区县](?!委)/.test(n))).toEqual([]);

    const unconfirmed = await run('demo', 'reset', '--data', data);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.err).toContain('--yes');
    expect((await names(data)).users).toContain('added-later');

    const reset = await run('demo', 'reset', '--yes', '--data', data);
    expect(reset.err).toBe('');
    expect(reset.code).toBe(0);
    expect(reset.out).toContain('已导入并发布示例计划');
    expect(reset.out).toMatch(/演示账号: liaison1 \/ \S+/);
    const after = await names(data);
    expect(after.users).not.toContain('added-later');
    expect(after.users).toEqual(expect.arrayContaining(['admin', 'leader', 'liaison1']));
    expect(after.plans).toBe(3);

    const open = await openDatabase({ dataDir: data });
    try {
      const first = (await queryAudit(open.db, {}, { page: 1, pageSize: 1000 })).items.at(-1)!;
      expect([first.entity, first.action, first.reason]).toEqual(['system', 'reset', '重置演示数据']);
      expect((await verifyAuditChain(open.db)).ok).toBe(true);
    } finally {
      await open.close();
    }
  });

  it('refuses a database the demo did not seed, and one a running server uses', async () => {
    const data = tempDir();
    const office = await startServer({ dataDir: data, port: 0, demo: false, adminPassword: 'Office-admin-pass-1' });
    const running = await run('demo', 'reset', '--yes', '--data', data);
    expect(running.code).toBe(1);
    expect(running.err).toContain('正被运行中的服务使用');
    await office.close();
    const refused = await run('demo', 'reset', '--yes', '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('不是演示数据库');
    expect((await names(data)).users).toEqual(['admin']);
  });
});
