import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupDatabase,
  findEvidence,
  insertEvidence,
  insertPeriods,
  insertPlan,
  insertReport,
  insertTask,
  insertUnit,
  newId,
  openDatabase,
  reportingDb,
  restoreDatabase,
  publishPlan,
  type DatabaseOptions,
  type OpenDatabase,
} from './support/storage.js';
import { pgUrl, testDatabases } from './support/databases.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

/** Disk evidence (files under the data dir) is carried inside the backup, which restores without those files. */
for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`backup with disk evidence on ${target.name}`, () => {
    let open: OpenDatabase;
    let dir: string;
    let dataDir: string;
    let reportId: string;
    const others: OpenDatabase[] = [];

    /** Stores evidence the way the service does with a data dir: a file at evidence/<sha[0:2]>/<id>.pdf. */
    async function diskEvidence(bytes: Buffer): Promise<{ id: string; rel: string }> {
      const id = newId();
      const digest = sha(bytes);
      const rel = path.posix.join('evidence', digest.slice(0, 2), `${id}.pdf`);
      mkdirSync(path.join(dataDir, 'evidence', digest.slice(0, 2)), { recursive: true });
      writeFileSync(path.join(dataDir, rel), bytes);
      await insertEvidence(reportingDb(open.db), {
        id,
        reportId,
        name: '佐证材料.pdf',
        mime: 'application/pdf',
        size: bytes.byteLength,
        sha256: digest,
        storage: 'disk',
        path: rel,
        bytes: null,
        uploadedBy: null,
      });
      return { id, rel };
    }

    const liveRows = () => reportingDb(open.db).selectFrom('report_evidence').selectAll().orderBy('id').execute();

    beforeEach(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'duban-backup-ev-'));
      dataDir = path.join(dir, 'data');
      mkdirSync(dataDir);
      open = await target.open();
      const db = reportingDb(open.db);
      const unit = await insertUnit(open.db, { name: '市卫生健康委', kind: 'department' });
      const planId = await insertPlan(open.db, { documentId: null, createdBy: null, title: '备份测试方案' });
      await publishPlan(open.db, planId, 1, null);
      const taskId = await insertTask(
        open.db,
        planId,
        1,
        {
          kind: 'task',
          number: '1',
          path: [],
          title: '加强健康知识传播',
          text: '…',
          due: ['2026-06-30'],
          ongoing: false,
          separateLeads: false,
          deadlineText: null,
          milestones: [],
          source: null,
        },
        [{ unitId: unit.id, name: unit.name, role: 'lead' }],
        'not_started',
      );
      const [period] = await insertPeriods(db, planId, [
        { kind: 'monthly', label: '2026年3月', start: '2026-03-01', end: '2026-03-31', due: '2026-03-28', windowEnd: '2026-03-31' },
      ]);
      const report = await insertReport(db, {
        planId,
        taskId,
        unitId: unit.id,
        periodId: period!.id,
        narrative: '已开展',
        percent: 30,
        completionClaim: false,
        status: 'submitted',
        onTime: true,
        submittedBy: null,
        firstSubmittedAt: '2026-03-20T00:00:00.000Z',
        submittedAt: '2026-03-20T00:00:00.000Z',
      });
      reportId = report.id;
    });
    afterEach(async () => {
      for (const o of others.splice(0)) await target.dispose(o);
      if (open) await target.dispose(open);
      rmSync(dir, { recursive: true, force: true });
    });

    it('inlines disk evidence into the backup only; a restore without the files still serves identical bytes', async () => {
      const onDisk = [pdf('会议纪要'), pdf('现场照片说明')];
      const disk = [await diskEvidence(onDisk[0]!), await diskEvidence(onDisk[1]!)];
      const inDb = pdf('数据库中的附件');
      const dbRow = await insertEvidence(reportingDb(open.db), {
        reportId,
        name: '库内.pdf',
        mime: 'application/pdf',
        size: inDb.byteLength,
        sha256: sha(inDb),
        storage: 'db',
        path: null,
        bytes: inDb,
        uploadedBy: null,
      });
      const before = await liveRows();

      const file = path.join(dir, 'backup.bin');
      const result = await backupDatabase(open, file, { dataDir });
      expect(result).toEqual({ kind: target.name === 'sqlite' ? 'sqlite' : 'json', evidence: 3, fromDisk: 2 });
      expect(readdirSync(dir).sort()).toEqual(['backup.bin', 'data']);

      // The live database and the files are untouched.
      expect(await liveRows()).toEqual(before);
      expect(
        before
          .filter((r) => r.storage === 'disk')
          .map((r) => r.path)
          .sort(),
      ).toEqual(disk.map((d) => d.rel).sort());
      disk.forEach((d, i) => expect(readFileSync(path.join(dataDir, d.rel))).toEqual(onDisk[i]));

      // Lose every evidence file, then restore into fresh databases of each engine the backup supports.
      rmSync(path.join(dataDir, 'evidence'), { recursive: true });
      const restores: { name: string; options: DatabaseOptions; dispose?: OpenDatabase }[] = [];
      if (target.name === 'sqlite') restores.push({ name: 'sqlite file', options: { file: path.join(dir, 'restored.sqlite') } });
      else {
        const fresh = await target.open();
        others.push(fresh);
        restores.push({ name: 'postgres', options: { url: pgUrl!, schema: fresh.schema! } });
        restores.push({ name: 'sqlite from json', options: { file: path.join(dir, 'restored.sqlite') } });
      }
      for (const r of restores) {
        expect((await restoreDatabase(r.options, file)).kind).toBe(result.kind);
        const check = await openDatabase(r.options);
        try {
          const db = reportingDb(check.db);
          for (const [i, d] of disk.entries()) {
            const ev = await findEvidence(db, d.id);
            expect(ev, r.name).toMatchObject({ reportId, storage: 'db', path: null, sha256: sha(onDisk[i]!) });
            expect(sha(ev!.bytes!)).toBe(sha(onDisk[i]!));
          }
          const kept = await findEvidence(db, dbRow.id);
          expect(kept).toMatchObject({ storage: 'db', path: null });
          expect(kept!.bytes).toEqual(inDb);
        } finally {
          await check.close();
        }
      }
    });

    it('fails naming each missing or altered file and leaves no backup behind', async () => {
      const ok = await diskEvidence(pdf('完好'));
      const missing = await diskEvidence(pdf('丢失'));
      const altered = await diskEvidence(pdf('原件'));
      rmSync(path.join(dataDir, missing.rel));
      writeFileSync(path.join(dataDir, altered.rel), pdf('改件'));
      const before = await liveRows();

      const file = path.join(dir, 'backup.bin');
      const err = await backupDatabase(open, file, { dataDir }).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(err).toBeInstanceOf(Error);
      expect(err!.message).toContain('备份失败：2 个附件文件缺失或已损坏');
      expect(err!.message).toContain(`附件 ${missing.id}（${missing.rel}）：文件不存在`);
      expect(err!.message).toContain(`附件 ${altered.id}（${altered.rel}）：文件内容与记录的 SHA-256 不符`);
      expect(err!.message).not.toContain(ok.id);
      expect(readdirSync(dir)).toEqual(['data']);
      expect(await liveRows()).toEqual(before);

      // Without a data directory nothing on disk can be read: the same failure, not a backup missing files.
      await expect(backupDatabase(open, file)).rejects.toThrow('未指定数据目录');
      expect(existsSync(file)).toBe(false);
    });

    it('keeps an older backup at the same path when a new one fails', async () => {
      const file = path.join(dir, 'backup.bin');
      writeFileSync(file, 'older backup');
      const gone = await diskEvidence(pdf('丢失'));
      rmSync(path.join(dataDir, gone.rel));
      await expect(backupDatabase(open, file, { dataDir })).rejects.toThrow(gone.id);
      expect(readFileSync(file, 'utf8')).toBe('older backup');
      expect(readdirSync(dir).sort()).toEqual(['backup.bin', 'data']);
    });
  });
}
