import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropPostgresSchema, reportingDb } from '@duban/storage';
import { startServer, type RunningServer, type StartServerOptions } from '../src/index.js';
import { TestClient } from './support/http-client.js';
import { officeWithReport } from './support/office-with-report.js';
import { freshSchemaName, pgUrl, testDatabases } from '../../storage/test/support/databases.js';

const ADMIN_PASSWORD = 'admin-password-123';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

/** Where a report's evidence went: the stored row as the database holds it. */
async function evidenceRow(s: RunningServer, id: string) {
  return reportingDb(s.db.db)
    .selectFrom('report_evidence')
    .select(['storage', 'path', 'bytes', 'sha256'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** Evidence uploads go to the data directory or the database as the deployment says, and every stored kind downloads. */
for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`evidence storage over HTTP on ${target.name}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const c of cleanups.splice(0).reverse()) await c();
    });

    /** One data directory (and PostgreSQL schema) that several server starts share. */
    function deployment() {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'duban-evidence-'));
      const schema = target.name === 'postgres' ? freshSchemaName() : undefined;
      cleanups.push(async () => {
        if (schema) await dropPostgresSchema(pgUrl!, schema);
        rmSync(dataDir, { recursive: true, force: true });
      });
      return {
        dataDir,
        async start(o: Partial<StartServerOptions> = {}): Promise<RunningServer> {
          const s = await startServer({
            dataDir,
            port: 0,
            adminPassword: ADMIN_PASSWORD,
            webDist: path.join(dataDir, 'no-web'),
            today: () => '2026-04-10',
            ...(schema ? { databaseUrl: pgUrl!, schema } : {}),
            ...o,
          });
          cleanups.push(() => s.close());
          return s;
        },
      };
    }

    /** Creates a unit, a published plan, a liaison and a submitted report; returns the liaison and the report. */
    async function reportFor(s: RunningServer): Promise<{ liaison: TestClient; admin: TestClient; reportId: string }> {
      const { liaison, admin, reportId } = await officeWithReport(s.url, ADMIN_PASSWORD);
      return { liaison, admin, reportId };
    }

    async function upload(client: TestClient, reportId: string, bytes: Buffer, name: string): Promise<string> {
      const fd = new FormData();
      fd.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
      const up = await client.request('POST', `/api/reports/${reportId}/evidence`, fd);
      expect(up.status).toBe(201);
      // Where the bytes went is the server's business: the answer names neither the storage kind nor a path.
      expect(Object.keys(up.body).sort()).toEqual(['id', 'mime', 'name', 'reportId', 'sha256', 'size', 'uploadedAt', 'uploadedBy']);
      return up.body.id;
    }

    async function download(client: TestClient, reportId: string, id: string): Promise<Buffer> {
      const down = await client.request('GET', `/api/reports/${reportId}/evidence/${id}`);
      expect(down.status).toBe(200);
      return down.bytes;
    }

    it(`stores an upload ${target.name === 'sqlite' ? 'as a file under the data directory' : 'in the database row'} by default`, async () => {
      const d = deployment();
      const s = await d.start();
      expect(s.evidenceStorage).toBe(target.name === 'sqlite' ? 'disk' : 'db');
      const { liaison, admin, reportId } = await reportFor(s);
      const bytes = pdf('会议纪要');
      const id = await upload(liaison, reportId, bytes, '会议纪要.pdf');
      const row = await evidenceRow(s, id);
      expect(row.sha256).toBe(sha(bytes));
      if (target.name === 'sqlite') {
        expect(row).toMatchObject({ storage: 'disk', bytes: null, path: `evidence/${sha(bytes).slice(0, 2)}/${id}.pdf` });
        expect(readFileSync(path.join(d.dataDir, row.path!))).toEqual(bytes);
      } else {
        expect(row).toMatchObject({ storage: 'db', path: null });
        expect(Buffer.from(row.bytes!)).toEqual(bytes);
        expect(existsSync(path.join(d.dataDir, 'evidence'))).toBe(false);
      }
      expect(await download(admin, reportId, id)).toEqual(bytes);
      // The report detail lists the evidence without its storage kind or its path under the data directory.
      const detail = await admin.get(`/api/reports/${reportId}`);
      expect(detail.status).toBe(200);
      expect(detail.body.evidence).toEqual([
        {
          id,
          reportId,
          name: '会议纪要.pdf',
          mime: 'application/pdf',
          size: bytes.byteLength,
          sha256: sha(bytes),
          uploadedBy: expect.any(String),
          uploadedAt: expect.any(String),
        },
      ]);
      expect(detail.body.evidence[0]).not.toHaveProperty('storage');
      expect(detail.body.evidence[0]).not.toHaveProperty('path');
      if (row.path) expect(detail.text).not.toContain(row.path);
    });

    // The setting itself (DUBAN_EVIDENCE_STORAGE) is read by the CLI: packages/cli/test/config.test.ts.
    it('follows the configured evidence storage, and rows stored the other way keep downloading after a switch', async () => {
      const d = deployment();
      const first = target.name === 'sqlite' ? 'db' : 'disk';
      const second = first === 'db' ? 'disk' : 'db';

      const s1 = await d.start({ evidenceStorage: first });
      expect(s1.evidenceStorage).toBe(first);
      const { reportId } = await reportFor(s1);
      const liaison1 = new TestClient(s1.url);
      await liaison1.login('tiyu', 'password-123');
      const before = pdf(`存储方式 ${first}`);
      const beforeId = await upload(liaison1, reportId, before, '先前.pdf');
      expect((await evidenceRow(s1, beforeId)).storage).toBe(first);
      await s1.close();

      const s2 = await d.start({ evidenceStorage: second });
      const liaison2 = new TestClient(s2.url);
      await liaison2.login('tiyu', 'password-123');
      const after = pdf(`存储方式 ${second}`);
      const afterId = await upload(liaison2, reportId, after, '之后.pdf');
      const rows = { before: await evidenceRow(s2, beforeId), after: await evidenceRow(s2, afterId) };
      expect([rows.before.storage, rows.after.storage]).toEqual([first, second]);
      const disk = first === 'disk' ? rows.before : rows.after;
      const diskBytes = first === 'disk' ? before : after;
      expect(disk.bytes).toBeNull();
      expect(readFileSync(path.join(d.dataDir, disk.path!))).toEqual(diskBytes);
      const admin = new TestClient(s2.url);
      await admin.login('admin', ADMIN_PASSWORD);
      expect(await download(admin, reportId, beforeId)).toEqual(before);
      expect(await download(admin, reportId, afterId)).toEqual(after);
    });
  });
}
