import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendAudit,
  backupDatabase,
  dumpJsonForTest,
  findEvidence,
  insertDocument,
  insertEvidence,
  insertJurisdiction,
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
import { pgUrl, testDatabases, type TestDatabase } from './support/databases.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

type Dump = Awaited<ReturnType<typeof dumpJsonForTest>>;

/** Every table's rows as sorted JSON strings (settings left out: PostgreSQL records its own search mode). */
function comparable(tables: Dump['tables']): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(tables)
      .filter(([t]) => t !== 'settings')
      .map(([t, rows]) => [t, rows.map((r) => JSON.stringify(r)).sort()]),
  );
}

const databases = await testDatabases();
const available = databases.filter((d) => !d.skipReason);

/** The streamed (version 2, NDJSON) dump: written row by row with evidence inlined, restored line by line in one transaction; version 1 files still restore. */
for (const source of databases) {
  describe.skipIf(Boolean(source.skipReason))(`JSON dump of ${source.name}`, () => {
    let dir: string;
    let dataDir: string;
    let open: OpenDatabase;
    const opened: { db: TestDatabase; open: OpenDatabase }[] = [];
    const diskFiles = new Map<string, Buffer>();

    beforeEach(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'duban-dump-'));
      dataDir = path.join(dir, 'data');
      mkdirSync(dataDir);
      open = await source.open();
      diskFiles.clear();
      const db = reportingDb(open.db);
      // Self-references (a jurisdiction's parent, a unit merged into a later one), binary documents, and more rows than one fetch.
      const city = await insertJurisdiction(open.db, { parentId: null, name: '青川市', level: 'city' });
      const county = await insertJurisdiction(open.db, { parentId: city.id, name: '临江县', level: 'county' });
      const old = await insertUnit(open.db, { name: '市体育局（旧）', kind: 'department', jurisdictionId: county.id });
      const unit = await insertUnit(open.db, { name: '市卫生健康委', kind: 'department', aliases: ['市卫健委'], jurisdictionId: city.id });
      await open.db.updateTable('units').set({ merged_into_id: unit.id, active: 0 }).where('id', '=', old.id).execute();
      const doc = await insertDocument(open.db, {
        fileName: '方案.pdf',
        format: 'pdf',
        bytes: new Uint8Array([0, 255, 10, 13, 34, 92]),
        text: '原文',
        blocks: [{ kind: 'para' }],
      });
      const planId = await insertPlan(open.db, { documentId: doc.id, createdBy: null, title: '备份测试方案' });
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
        narrative: '已开展\n第二行 "引号"',
        percent: 30,
        completionClaim: false,
        status: 'submitted',
        onTime: true,
        submittedBy: null,
        firstSubmittedAt: '2026-03-20T00:00:00.000Z',
        submittedAt: '2026-03-20T00:00:00.000Z',
      });
      // Nine evidence files (more than one fetch of binary rows): disk and database, alternating.
      for (let i = 0; i < 9; i++) {
        const bytes = pdf(`佐证材料 ${i}`);
        if (i % 2 === 0) {
          const id = newId();
          const rel = path.posix.join('evidence', sha(bytes).slice(0, 2), `${id}.pdf`);
          mkdirSync(path.join(dataDir, path.dirname(rel)), { recursive: true });
          writeFileSync(path.join(dataDir, rel), bytes);
          await insertEvidence(db, {
            id,
            reportId: report.id,
            name: `附件${i}.pdf`,
            mime: 'application/pdf',
            size: bytes.byteLength,
            sha256: sha(bytes),
            storage: 'disk',
            path: rel,
            bytes: null,
            uploadedBy: null,
          });
          diskFiles.set(id, bytes);
        } else {
          await insertEvidence(db, {
            reportId: report.id,
            name: `附件${i}.pdf`,
            mime: 'application/pdf',
            size: bytes.byteLength,
            sha256: sha(bytes),
            storage: 'db',
            path: null,
            bytes,
            uploadedBy: null,
          });
        }
      }
      for (let i = 0; i < 1203; i++)
        await appendAudit(open.db, {
          userId: null,
          username: 'admin',
          entity: 'unit',
          entityId: unit.id,
          action: 'update',
          before: { n: i },
          after: { n: i + 1 },
          reason: null,
        });
    });
    afterEach(async () => {
      for (const o of opened.splice(0)) await o.db.dispose(o.open);
      await source.dispose(open);
      rmSync(dir, { recursive: true, force: true });
    });

    /** The source as a dump is expected to carry it: disk evidence inlined as storage 'db' rows. */
    async function expected(): Promise<Dump> {
      const dump = await dumpJsonForTest(open);
      for (const row of dump.tables.report_evidence!) {
        const bytes = diskFiles.get(row.id as string);
        if (bytes) Object.assign(row, { storage: 'db', path: null, bytes: { $b64: bytes.toString('base64') } });
      }
      return dump;
    }

    /** A fresh database of `engine` and the options that restore into it. */
    async function fresh(
      engine: TestDatabase,
      name: string,
    ): Promise<{ options: DatabaseOptions; check: () => Promise<OpenDatabase>; done: (o: OpenDatabase) => Promise<void> }> {
      if (engine.name === 'sqlite') {
        const options = { file: path.join(dir, `${name}.sqlite`) };
        return { options, check: () => openDatabase(options), done: (o) => o.close() };
      }
      const target = await engine.open();
      opened.push({ db: engine, open: target });
      return { options: { url: pgUrl!, schema: target.schema! }, check: async () => target, done: async () => undefined };
    }

    it('writes a header line, one line per row grouped by table with parents first, and an end line with the row count', async () => {
      const file = path.join(dir, 'dump.ndjson');
      expect(await backupDatabase(open, file, { dataDir, format: 'json' })).toEqual({ kind: 'json', evidence: 9, fromDisk: 5 });
      const lines = readFileSync(file, 'utf8').split('\n');
      expect(lines.pop()).toBe('');
      const header = JSON.parse(lines[0]!);
      expect(header).toMatchObject({ format: 'duban-dump', version: 2, dialect: source.name });
      expect(header.migrations).toContain('0001-foundation');
      const rows = lines.slice(1, -1).map((l) => JSON.parse(l) as { t: string; r: Record<string, unknown> });
      expect(JSON.parse(lines.at(-1)!)).toEqual({ end: true, rows: rows.length });
      const seen = rows.map((r) => r.t).filter((t, i, all) => t !== all[i - 1]);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.every((t, i) => header.tables.indexOf(t) >= (i === 0 ? 0 : header.tables.indexOf(seen[i - 1])))).toBe(true);
      const at = (t: string) => header.tables.indexOf(t);
      expect(at('jurisdictions')).toBeLessThan(at('units'));
      expect(at('units')).toBeLessThan(at('assignments'));
      expect(at('tasks')).toBeLessThan(at('assignments'));
      expect(at('reports')).toBeLessThan(at('report_evidence'));
      expect(rows.filter((r) => r.t === 'audit_log')).toHaveLength(1203);
      const want = await expected();
      expect(comparable(Object.fromEntries(header.tables.map((t: string) => [t, rows.filter((r) => r.t === t).map((r) => r.r)])))).toEqual(
        comparable(want.tables),
      );
    });

    for (const dest of available) {
      it(`restores into ${dest.name} (version 2 streamed, and a version 1 document) with every row and evidence byte`, async () => {
        const want = await expected();
        const v2 = path.join(dir, 'dump.ndjson');
        await backupDatabase(open, v2, { dataDir, format: 'json' });
        const v1 = path.join(dir, 'dump-v1.json');
        writeFileSync(v1, JSON.stringify(want));
        for (const [version, file] of [
          ['v2', v2],
          ['v1', v1],
        ] as const) {
          const target = await fresh(dest, version);
          expect((await restoreDatabase(target.options, file)).kind).toBe('json');
          const check = await target.check();
          try {
            if (dest.name === source.name)
              expect(comparable((await dumpJsonForTest(check)).tables), version).toEqual(comparable(want.tables));
            else {
              const got = await dumpJsonForTest(check);
              expect(Object.fromEntries(Object.entries(got.tables).map(([t, r]) => [t, r.length])), version).toEqual(
                Object.fromEntries(
                  Object.entries(want.tables).map(([t, r]) => [t, t === 'settings' ? got.tables.settings!.length : r.length]),
                ),
              );
            }
            for (const row of want.tables.report_evidence!) {
              const ev = await findEvidence(reportingDb(check.db), row.id as string);
              expect(ev, version).toMatchObject({ storage: 'db', path: null, sha256: row.sha256 });
              expect(sha(ev!.bytes!)).toBe(row.sha256);
            }
            const merged = await check.db
              .selectFrom('units')
              .select(['name', 'merged_into_id'])
              .where('merged_into_id', 'is not', null)
              .execute();
            expect(merged.map((u) => u.name)).toEqual(['市体育局（旧）']);
          } finally {
            await target.done(check);
          }
        }
      });
    }

    it('refuses a truncated, reordered or miscounted version 2 file and leaves the database as it was', async () => {
      const file = path.join(dir, 'dump.ndjson');
      await backupDatabase(open, file, { dataDir, format: 'json' });
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
      const target = await fresh(source, 'target');
      await restoreDatabase(target.options, file);
      const check = await target.check();
      const before = comparable((await dumpJsonForTest(check)).tables);
      if (source.name === 'sqlite') await target.done(check);

      const header = JSON.parse(lines[0]!);
      const reordered = {
        ...header,
        tables: [...header.tables].sort((a: string, b: string) => (a === 'report_evidence' ? -1 : b === 'report_evidence' ? 1 : 0)),
      };
      const damaged: [string, string[], RegExp][] = [
        ['truncated', lines.slice(0, -40), /备份文件不完整/],
        ['no end line', lines.slice(0, -1), /备份文件不完整/],
        ['miscounted', [...lines.slice(0, -2), lines.at(-1)!], /应有 \d+ 行数据，实际读到 \d+ 行/],
        ['reordered', [JSON.stringify(reordered), ...lines.slice(1)], /表 report_evidence 排在它引用的表 [^ ]*reports[^ ]* 之前/],
        ['corrupt line', [...lines.slice(0, 5), '{"t":"units","r":', ...lines.slice(5)], /第 6 行不是有效的 JSON/],
      ];
      for (const [name, content, error] of damaged) {
        const bad = path.join(dir, `${name}.ndjson`);
        writeFileSync(bad, content.join('\n') + '\n');
        await expect(restoreDatabase(target.options, bad), name).rejects.toThrow(error);
        const after = source.name === 'sqlite' ? await target.check() : check;
        try {
          expect(comparable((await dumpJsonForTest(after)).tables), name).toEqual(before);
        } finally {
          if (source.name === 'sqlite') await target.done(after);
        }
      }
    });
  });
}
