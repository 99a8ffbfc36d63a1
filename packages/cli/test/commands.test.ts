import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropPostgresSchema, insertEvidence, newId, openDatabase, reportingDb } from '@duban/storage';
import { startServer, SAMPLES_DIR } from '@duban/api';
import { TestClient } from '../../api/test/support/http-client.js';
import { run } from './support/run-cli.js';
import { PLAN_TEXT } from '../../api/test/support/fixtures.js';
import { officeWithReport } from '../../api/test/support/office-with-report.js';
import { freshSchemaName, pgUrl, testDatabases } from '../../storage/test/support/databases.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'duban-cli-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('duban commands on SQLite', () => {
  it('migrates, adds users, imports, backs up and restores', async () => {
    const data = tempDir();
    const m = await run('migrate', '--data', data);
    expect(m.code).toBe(0);
    expect(m.out).toContain('0001-foundation');
    expect((await run('migrate', '--data', data)).out).toContain('已是最新');
    process.env.DUBAN_PORT = 'not-a-port';
    try {
      const bad = await run('serve', '--data', data);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('配置有误');
    } finally {
      delete process.env.DUBAN_PORT;
    }

    const file = path.join(data, '方案.txt');
    writeFileSync(file, PLAN_TEXT);
    const imp = await run('import', file, '--publish', '--data', data);
    expect(imp.code).toBe(0);
    expect(imp.out).toContain('已导入并发布');

    process.env.H4_TEST_PW = 'liaison-pass-1';
    const add = await run(
      'user',
      'add',
      'zhang',
      '--role',
      'liaison',
      '--unit',
      '市体育局',
      '--password-env',
      'H4_TEST_PW',
      '--data',
      data,
    );
    expect(add).toMatchObject({ code: 0 });
    expect(add.out).toContain('市体育局');
    expect((await run('user', 'add', 'li', '--role', 'liaison', '--unit', '不存在的局', '--data', data)).code).toBe(1);
    expect((await run('user', 'add', 'li', '--role', 'boss', '--data', data)).code).toBe(2);

    const backup = path.join(data, 'backup.sqlite');
    expect((await run('backup', backup, '--data', data)).code).toBe(0);
    expect((await run('import', file, '--data', data)).code).toBe(0);
    // Restore brings back the state of the backup: one plan, not two.
    expect((await run('restore', backup, '--data', data)).code).toBe(0);
    const server = await startServer({ dataDir: data, port: 0, webDist: path.join(data, 'none') });
    try {
      const c = new TestClient(server.url);
      await c.login('zhang', 'liaison-pass-1');
      expect((await c.get('/api/plans')).body.total).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('backs up evidence files with the database; a restore serves them without the files, a missing file fails the backup', async () => {
    const data = tempDir();
    const today = () => '2026-04-10';
    const start = () =>
      startServer({ dataDir: data, port: 0, adminPassword: 'admin-password-123', webDist: path.join(data, 'none'), today });
    const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    /** Evidence kept as a file under the data dir, laid out as the evidence service does (evidence/<sha[0:2]>/<id>.pdf). */
    const addDiskEvidence = async (reportId: string, bytes: Buffer, writeFile = true) => {
      const open = await openDatabase({ dataDir: data });
      try {
        const id = newId();
        const rel = path.posix.join('evidence', sha(bytes).slice(0, 2), `${id}.pdf`);
        if (writeFile) {
          mkdirSync(path.join(data, path.dirname(rel)), { recursive: true });
          writeFileSync(path.join(data, rel), bytes);
        }
        await insertEvidence(reportingDb(open.db), {
          id,
          reportId,
          name: '现场照片说明.pdf',
          mime: 'application/pdf',
          size: bytes.byteLength,
          sha256: sha(bytes),
          storage: 'disk',
          path: rel,
          bytes: null,
          uploadedBy: null,
        });
        return { id, rel };
      } finally {
        await open.close();
      }
    };
    const onDisk = pdf('体育场地建设现场照片说明');
    const uploaded = pdf('会议纪要');
    let reportId: string;
    let uploadedId: string;
    const first = await start();
    try {
      const office = await officeWithReport(first.url, 'admin-password-123');
      const liaison = office.liaison;
      reportId = office.reportId;
      const fd = new FormData();
      fd.append('file', new Blob([uploaded], { type: 'application/pdf' }), '会议纪要.pdf');
      const up = await liaison.request('POST', `/api/reports/${reportId}/evidence`, fd);
      expect(up.status).toBe(201);
      uploadedId = up.body.id;
    } finally {
      await first.close();
    }
    const disk = await addDiskEvidence(reportId, onDisk);

    const backup = path.join(data, 'backup.sqlite');
    const b = await run('backup', backup, '--data', data);
    expect(b).toMatchObject({ code: 0, err: '' });
    expect(b.out).toBe(`已备份到 ${backup}（SQLite 数据库文件，含 2 个附件）\n`);
    expect(readFileSync(path.join(data, disk.rel))).toEqual(onDisk);

    // The office loses the evidence directory; the backup alone brings the files back.
    rmSync(path.join(data, 'evidence'), { recursive: true });
    expect((await run('restore', backup, '--data', data)).code).toBe(0);
    const second = await start();
    try {
      const admin = new TestClient(second.url);
      await admin.login('admin', 'admin-password-123');
      const down = await admin.request('GET', `/api/reports/${reportId}/evidence/${disk.id}`);
      expect(down.status).toBe(200);
      expect(sha(down.bytes)).toBe(sha(onDisk));
      const again = await admin.request('GET', `/api/reports/${reportId}/evidence/${uploadedId}`);
      expect(sha(again.bytes)).toBe(sha(uploaded));
    } finally {
      await second.close();
    }

    // A disk file that is gone: the backup refuses, names it, and writes nothing.
    const lost = await addDiskEvidence(reportId, pdf('丢失的附件'), false);
    const failedFile = path.join(data, 'backup-2.sqlite');
    const failed = await run('backup', failedFile, '--data', data);
    expect(failed).toMatchObject({ code: 1, out: '' });
    expect(failed.err).toMatch(/^备份失败：1 个附件文件缺失或已损坏/);
    expect(failed.err).toContain(`附件 ${lost.id}（${lost.rel}）：文件不存在`);
    expect(readdirSync(data).filter((f) => f.startsWith('backup-2'))).toEqual([]);
  });

  /** The run markers of a data directory: file name → parsed content. */
  const markers = (data: string): Record<string, { pid: number; startedAt: string; url: string | null }> => {
    const dir = path.join(data, 'run');
    if (!existsSync(dir)) return {};
    return Object.fromEntries(readdirSync(dir).map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), 'utf8'))]));
  };
  const refusal = (pid: number, url: string) => `数据目录正被运行中的服务使用（进程 ${pid}，${url}），请先停止服务再恢复\n`;

  it('refuses to restore (SQLite file or JSON dump) while a server uses the data directory, and restores once it is closed', async () => {
    const data = tempDir();
    const file = path.join(data, '方案.txt');
    writeFileSync(file, PLAN_TEXT);
    expect((await run('import', file, '--publish', '--data', data)).code).toBe(0);
    const backup = path.join(data, 'backup.sqlite');
    const dump = path.join(data, 'backup.json');
    expect((await run('backup', backup, '--data', data)).code).toBe(0);
    expect((await run('backup', dump, '--json', '--data', data)).code).toBe(0);
    expect((await run('import', file, '--publish', '--data', data)).code).toBe(0);

    const server = await startServer({ dataDir: data, port: 0, adminPassword: 'admin-password-123', webDist: path.join(data, 'none') });
    try {
      const marked = Object.entries(markers(data));
      expect(marked).toHaveLength(1);
      expect(marked[0]![0]).toMatch(new RegExp(`^server-${process.pid}-[0-9a-f]+\\.pid$`));
      expect(marked[0]![1]).toMatchObject({ pid: process.pid, url: server.url });
      expect(Number.isNaN(Date.parse(marked[0]![1].startedAt))).toBe(false);

      for (const from of [backup, dump]) {
        const r = await run('restore', from, '--data', data);
        expect(r).toMatchObject({ code: 1, out: '' });
        expect(r.err.startsWith(refusal(process.pid, server.url))).toBe(true);
        expect(r.err).toContain(marked[0]![0]);
      }
      // Nothing was touched: both plans are still there, and the server's marker too.
      const admin = new TestClient(server.url);
      await admin.login('admin', 'admin-password-123');
      expect((await admin.get('/api/plans')).body.total).toBe(2);
      expect(Object.keys(markers(data))).toEqual([marked[0]![0]]);
    } finally {
      await server.close();
    }
    expect(markers(data)).toEqual({});

    const restored = await run('restore', backup, '--data', data);
    expect(restored).toMatchObject({ code: 0, err: '' });
    const after = await startServer({ dataDir: data, port: 0, adminPassword: 'admin-password-123', webDist: path.join(data, 'none') });
    try {
      const admin = new TestClient(after.url);
      await admin.login('admin', 'admin-password-123');
      expect((await admin.get('/api/plans')).body.total).toBe(1);
    } finally {
      await after.close();
    }
  });

  it('keeps one marker per server on a shared data directory; each server removes only its own', async () => {
    const data = tempDir();
    expect((await run('migrate', '--data', data)).code).toBe(0);
    const backup = path.join(data, 'backup.sqlite');
    expect((await run('backup', backup, '--data', data)).code).toBe(0);
    const start = () => startServer({ dataDir: data, port: 0, webDist: path.join(data, 'none') });
    const a = await start();
    const b = await start();
    try {
      expect(
        Object.values(markers(data))
          .map((m) => m.url)
          .sort(),
      ).toEqual([a.url, b.url].sort());
      await a.close();
      expect(Object.values(markers(data)).map((m) => m.url)).toEqual([b.url]);
      const r = await run('restore', backup, '--data', data);
      expect(r.code).toBe(1);
      expect(r.err.startsWith(refusal(process.pid, b.url))).toBe(true);
      expect(r.err).not.toContain(a.url);
    } finally {
      await b.close();
    }
    expect(markers(data)).toEqual({});
    expect((await run('restore', backup, '--data', data)).code).toBe(0);
  });

  it('removes markers of processes that are gone and restores; a marker of a live process refuses', async () => {
    const data = tempDir();
    expect((await run('migrate', '--data', data)).code).toBe(0);
    const backup = path.join(data, 'backup.sqlite');
    expect((await run('backup', backup, '--data', data)).code).toBe(0);

    // A server killed with SIGKILL leaves its marker (and maybe a temporary file) behind: its process id is dead.
    const dead = spawnSync(process.execPath, ['-e', '']);
    expect(dead.status).toBe(0);
    expect(() => process.kill(dead.pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
    const run_ = path.join(data, 'run');
    mkdirSync(run_, { recursive: true });
    writeFileSync(
      path.join(run_, `server-${dead.pid}-0a1b.pid`),
      JSON.stringify({ pid: dead.pid, startedAt: new Date().toISOString(), url: 'http://127.0.0.1:3000' }),
    );
    writeFileSync(path.join(run_, `server-${dead.pid}-0a1b.pid.tmp`), '{"pid":');
    const r = await run('restore', backup, '--data', data);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(readdirSync(run_)).toEqual([]);

    // A marker naming a live process (pid 1; EPERM when not run as root, which still counts as alive) refuses,
    // and so does an unreadable one whose name holds a live pid (a server that is still starting).
    writeFileSync(
      path.join(run_, 'server-1-0c.pid'),
      JSON.stringify({ pid: 1, startedAt: new Date().toISOString(), url: 'http://10.0.0.5:3000' }),
    );
    writeFileSync(path.join(run_, `server-${process.pid}-0d.pid`), 'not json');
    const refused = await run('restore', backup, '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err.split('\n')[0]).toBe(
      '数据目录正被运行中的服务使用（进程 1，http://10.0.0.5:3000；进程 ' + process.pid + '，启动中），请先停止服务再恢复',
    );
    expect(readdirSync(run_).sort()).toEqual(['server-1-0c.pid', `server-${process.pid}-0d.pid`]);
  });

  it('`duban serve` as a process: its marker blocks a restore; SIGTERM removes it, after SIGKILL the stale one is cleared', async () => {
    const data = tempDir();
    expect((await run('migrate', '--data', data)).code).toBe(0);
    const backup = path.join(data, 'backup.sqlite');
    expect((await run('backup', backup, '--data', data)).code).toBe(0);
    const mainUrl = new URL('../src/main.ts', import.meta.url).href;
    const script = `const { main } = await import(${JSON.stringify(mainUrl)}); process.exitCode = await main(process.argv.slice(1));`;
    /** Starts `duban serve` from the sources in a child process; resolves once it prints its address. */
    const serve = () =>
      new Promise<{ child: ChildProcess; url: string }>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script, 'serve', '--port', '0', '--data', data],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /督办平台已启动: (\S+)/.exec(out);
          if (m) resolve({ child, url: m[1]! });
        });
        child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`duban serve exited (${code}) before listening:\n${out}`)));
      });
    const exited = (child: ChildProcess) =>
      new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.exitCode !== null || child.signalCode !== null
          ? resolve({ code: child.exitCode, signal: child.signalCode })
          : child.once('exit', (code, signal) => resolve({ code, signal })),
      );

    const first = await serve();
    try {
      expect(Object.values(markers(data))).toEqual([expect.objectContaining({ pid: first.child.pid, url: first.url })]);
      const r = await run('restore', backup, '--data', data);
      expect(r.code).toBe(1);
      expect(r.err.startsWith(refusal(first.child.pid!, first.url))).toBe(true);
      // Answering HTTP means startup is over and the process is in its serving loop, signal handlers in place.
      expect((await fetch(`${first.url}/api/auth/me`)).status).toBe(401);
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await exited(first.child)).toEqual({ code: 0, signal: null });
    expect(markers(data)).toEqual({});

    const second = await serve();
    second.child.kill('SIGKILL');
    await exited(second.child);
    expect(Object.values(markers(data)).map((m) => m.pid)).toEqual([second.child.pid]);
    expect(await run('restore', backup, '--data', data)).toMatchObject({ code: 0, err: '' });
    expect(markers(data)).toEqual({});
  });

  it('seeds the demo once and not again on restart', async () => {
    const data = tempDir();
    const samples = readdirSync(SAMPLES_DIR).filter((f) => /\.(txt|html?)$/.test(f));
    const first = await startServer({ dataDir: data, port: 0, demo: true, webDist: path.join(data, 'none') });
    let plans: number;
    try {
      expect(first.admin?.generated).toBe(true);
      expect(first.demo?.seeded).toBe(true);
      expect(first.demo?.plans.length).toBe(samples.length);
      expect(first.demo?.failed).toEqual([]);
      expect(first.demo?.users.map((u) => u.role)).toContain('liaison');
      // The generated password was printed once: the first sign-in must replace it before anything else.
      const first_ = new TestClient(first.url);
      expect((await first_.login('admin', first.admin!.password)).mustChangePassword).toBe(true);
      expect((await first_.get('/api/plans')).body.error.id).toBe('auth.password_change_required');
      expect((await first_.post('/api/auth/password', { oldPassword: first.admin!.password, newPassword: 'Demo-admin-2026' })).status).toBe(
        200,
      );
      const c = new TestClient(first.url);
      expect((await c.login('admin', 'Demo-admin-2026')).mustChangePassword).toBe(false);
      const published = (await c.get('/api/plans?status=published')).body;
      plans = published.total;
      expect(plans).toBe(samples.length);
      // Each sample's issuer names one of the demo jurisdictions.
      expect(published.items.every((p: { jurisdictionId: string | null }) => p.jurisdictionId)).toBe(true);
      const county = ((await c.get('/api/jurisdictions')).body as { id: string; name: string }[]).find((j) => j.name === '临江县')!;
      // The county plan is imported first (samples load in name order), so every unit it names was created in the county.
      const countyUnits = new Set((await c.get(`/api/units?jurisdiction=${county.id}`)).body.map((u: { id: string }) => u.id));
      const countyPlan = published.items.find((p: { jurisdictionId: string }) => p.jurisdictionId === county.id);
      const assigned = (await c.get(`/api/plans/${countyPlan.id}`)).body.tasks.flatMap((t: { units: { unitId: string }[] }) =>
        t.units.map((u) => u.unitId),
      );
      expect(assigned.length).toBeGreaterThan(0);
      expect(assigned.filter((id: string) => !countyUnits.has(id))).toEqual([]);
      const liaison = first.demo!.users.find((u) => u.role === 'liaison')!;
      await new TestClient(first.url).login(liaison.username, liaison.password);
    } finally {
      await first.close();
    }
    const second = await startServer({ dataDir: data, port: 0, demo: true, webDist: path.join(data, 'none') });
    try {
      expect(second.admin).toBeNull();
      expect(second.demo?.seeded).toBe(false);
      expect(second.demo?.users).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('says so when there are no sample plans', async () => {
    const data = tempDir();
    const s = await startServer({
      dataDir: data,
      port: 0,
      demo: true,
      samplesDir: path.join(data, 'missing'),
      webDist: path.join(data, 'none'),
    });
    try {
      expect(s.demoNote).toContain('没有找到示例计划');
      expect(s.demo?.plans).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('serves the web app with SPA fallback, keeping /api errors as JSON', async () => {
    const data = tempDir();
    const web = path.join(data, 'web');
    mkdirSync(path.join(web, 'assets'), { recursive: true });
    writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>督办</title>');
    writeFileSync(path.join(web, 'assets', 'app.js'), 'console.log(1)');
    const s = await startServer({ dataDir: data, port: 0, webDist: web });
    try {
      const c = new TestClient(s.url);
      const index = await c.get('/');
      expect(index.text).toContain('<title>督办</title>');
      expect([index.headers.get('x-frame-options'), index.headers.get('x-content-type-options')]).toEqual(['DENY', 'nosniff']);
      expect((await c.get('/plans/123/review')).text).toContain('<title>督办</title>');
      const js = await c.get('/assets/app.js');
      expect(js.headers.get('content-type')).toContain('javascript');
      const api = await c.get('/api/unknown');
      expect([api.status, api.body.error.id]).toEqual([404, 'route.not_found']);
    } finally {
      await s.close();
    }
  });
});

const postgres = (await testDatabases()).find((d) => d.name === 'postgres')!;

describe.skipIf(Boolean(postgres.skipReason))('moving from SQLite to PostgreSQL with duban backup --json', () => {
  it('refuses a restore into PostgreSQL while a server using the same data directory runs', async () => {
    const data = tempDir();
    const schema = freshSchemaName();
    const server = await startServer({ databaseUrl: pgUrl!, schema, dataDir: data, port: 0, webDist: path.join(data, 'none') });
    const target = new URL(pgUrl!);
    target.searchParams.set('options', `-c search_path=${schema},public`);
    process.env.DATABASE_URL = target.toString();
    try {
      const r = await run('restore', path.join(data, 'none.json'), '--data', data);
      expect(r).toMatchObject({ code: 1, out: '' });
      expect(r.err.startsWith(`数据目录正被运行中的服务使用（进程 ${process.pid}，${server.url}），请先停止服务再恢复\n`)).toBe(true);
    } finally {
      delete process.env.DATABASE_URL;
      await server.close();
      await dropPostgresSchema(pgUrl!, schema);
    }
    expect(readdirSync(path.join(data, 'run'))).toEqual([]);
  });

  it('restores plans, reports and evidence bytes (disk and db) into a fresh PostgreSQL schema', async () => {
    const data = tempDir();
    const schema = freshSchemaName();
    const today = () => '2026-04-10';
    const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
    const upload = async (client: TestClient, reportId: string, bytes: Buffer, name: string) => {
      const fd = new FormData();
      fd.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
      const up = await client.request('POST', `/api/reports/${reportId}/evidence`, fd);
      expect(up.status).toBe(201);
      return up.body.id as string;
    };
    /** What the move must preserve, read over HTTP. */
    const snapshot = async (url: string) => {
      const admin = new TestClient(url);
      await admin.login('admin', 'admin-password-123');
      const plans = (await admin.get('/api/plans')).body;
      const planDetails = [];
      for (const p of plans.items) planDetails.push((await admin.get(`/api/plans/${p.id}`)).body);
      const reports = (await admin.get('/api/reports')).body;
      const reportDetails = [];
      const evidence: Record<string, string> = {};
      for (const r of reports.items) {
        const detail = (await admin.get(`/api/reports/${r.id}`)).body;
        // Where the bytes are kept is expected to change (the dump carries them in the row); everything else is not.
        reportDetails.push({ ...detail, evidence: detail.evidence.map(({ storage: _s, path: _p, ...e }: Record<string, unknown>) => e) });
        for (const e of detail.evidence) {
          const down = await admin.request('GET', `/api/reports/${r.id}/evidence/${e.id}`);
          expect(down.status).toBe(200);
          evidence[e.id] = down.bytes.toString('base64');
        }
      }
      return { plans, planDetails, reports, reportDetails, evidence };
    };

    // An SQLite office: one upload kept on disk (the SQLite default), one kept in the database.
    const onDisk = pdf('体育场地建设现场照片说明');
    const inRow = pdf('会议纪要');
    const source = await startServer({
      dataDir: data,
      port: 0,
      adminPassword: 'admin-password-123',
      webDist: path.join(data, 'none'),
      today,
    });
    let before: Awaited<ReturnType<typeof snapshot>>;
    try {
      const { liaison, reportId } = await officeWithReport(source.url, 'admin-password-123');
      const diskId = await upload(liaison, reportId, onDisk, '现场照片说明.pdf');
      const row = await reportingDb(source.db.db)
        .selectFrom('report_evidence')
        .select(['storage', 'path'])
        .where('id', '=', diskId)
        .executeTakeFirstOrThrow();
      expect(row.storage).toBe('disk');
      const rowId = newId();
      await insertEvidence(reportingDb(source.db.db), {
        id: rowId,
        reportId,
        name: '会议纪要.pdf',
        mime: 'application/pdf',
        size: inRow.byteLength,
        sha256: createHash('sha256').update(inRow).digest('hex'),
        storage: 'db',
        path: null,
        bytes: inRow,
        uploadedBy: null,
      });
      before = await snapshot(source.url);
      expect(Object.values(before.evidence).sort()).toEqual([onDisk, inRow].map((b) => b.toString('base64')).sort());
      expect(before.planDetails[0].tasks.length).toBeGreaterThan(0);
    } finally {
      await source.close();
    }

    const dump = path.join(data, 'move.json');
    const b = await run('backup', dump, '--json', '--data', data);
    expect(b).toMatchObject({ code: 0, err: '' });
    expect(b.out).toBe(`已备份到 ${dump}（JSON 导出，含 2 个附件）\n`);

    // Restore through the CLI into a fresh schema, with no evidence files to lean on.
    const target = new URL(pgUrl!);
    target.searchParams.set('options', `-c search_path=${schema},public`);
    await (await openDatabase({ url: pgUrl!, schema })).close();
    const empty = tempDir();
    process.env.DATABASE_URL = target.toString();
    try {
      const r = await run('restore', dump, '--data', empty);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out).toContain('JSON 导出');
    } finally {
      delete process.env.DATABASE_URL;
    }
    const dest = await startServer({ databaseUrl: pgUrl!, schema, dataDir: empty, port: 0, webDist: path.join(empty, 'none'), today });
    try {
      expect(dest.admin).toBeNull();
      expect(await snapshot(dest.url)).toEqual(before);
      const rows = await reportingDb(dest.db.db).selectFrom('report_evidence').select(['storage', 'path']).execute();
      expect(rows).toEqual([
        { storage: 'db', path: null },
        { storage: 'db', path: null },
      ]);
    } finally {
      await dest.close();
      await dropPostgresSchema(pgUrl!, schema);
    }
  });
});
