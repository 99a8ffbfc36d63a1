import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@duban/storage';
import { PLAN_TEXT } from '../../api/test/support/fixtures.js';
import { run } from './support/run-cli.js';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Changes the data directory's database directly, as someone with file access could. */
async function tamper(data: string, fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<unknown>): Promise<void> {
  const open = await openDatabase({ dataDir: data });
  try {
    await fn(open.db);
  } finally {
    await open.close();
  }
}

describe('duban audit', () => {
  it('verifies the chain, names the first edited or deleted entry, exports NDJSON and CSV, and refuses a short retention', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'duban-audit-'));
    dirs.push(data);
    const plan = path.join(data, '方案.txt');
    writeFileSync(plan, PLAN_TEXT);
    expect((await run('import', plan, '--publish', '--data', data)).code).toBe(0);

    const ok = await run('audit', 'verify', '--data', data);
    expect(ok.code).toBe(0);
    const checked = Number(/已校验 (\d+) 条/.exec(ok.out)?.[1]);
    expect(checked).toBeGreaterThan(1);
    expect(ok.out).toMatch(new RegExp(`链头：第 ${checked} 条，哈希 [0-9a-f]{64}`));

    const ndjson = await run('audit', 'export', '--data', data);
    expect(ndjson.code).toBe(0);
    const rows = ndjson.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: number; id: string; hash: string; after: string | null });
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: checked }, (_, i) => i + 1));

    const csvFile = path.join(data, 'audit.csv');
    const csv = await run('audit', 'export', '--format', 'csv', '--out', csvFile, '--data', data);
    expect(csv).toMatchObject({ code: 0, out: `已导出 ${checked} 条审计记录到 ${csvFile}\n` });
    const text = readFileSync(csvFile, 'utf8');
    expect(
      text.startsWith('\ufeffseq,id,at,user_id,username,entity,entity_id,action,before,after,reason,prev_hash,hash,hash_algo\r\n'),
    ).toBe(true);
    expect(text).toContain(rows[1]!.hash);

    expect(await run('audit', 'prune', '--data', data)).toMatchObject({ code: 0, out: expect.stringContaining('没有早于') });

    const victim = rows[1]!;
    await tamper(data, (db) => db.updateTable('audit_log').set({ after: '{"title":"改过的"}' }).where('id', '=', victim.id).execute());
    const edited = await run('audit', 'verify', '--data', data);
    expect(edited.code).toBe(1);
    expect(edited.err).toContain(`第 2 条审计记录（${victim.id}）的内容与其哈希不符（已被改动）`);
    await tamper(data, (db) => db.updateTable('audit_log').set({ after: victim.after }).where('id', '=', victim.id).execute());
    expect((await run('audit', 'verify', '--data', data)).code).toBe(0);

    await tamper(data, (db) => db.deleteFrom('audit_log').where('seq', '=', 1).execute());
    const deleted = await run('audit', 'verify', '--data', data);
    expect(deleted.code).toBe(1);
    expect(deleted.err).toContain('第 1 条审计记录缺失（已被删除）');

    const short = await run('audit', 'prune', '--days', '30', '--data', data);
    expect(short.code).toBe(2);
    expect(short.err).toContain('不能少于 180 天');
    // Pruning does not paper over the gap: it refuses while the chain is broken.
    expect(await run('audit', 'prune', '--data', data)).toMatchObject({
      code: 1,
      err: expect.stringContaining('审计链校验未通过，未清理任何记录：第 1 条审计记录缺失'),
    });
    expect((await run('audit', 'nonsense')).code).toBe(2);
  });
});
