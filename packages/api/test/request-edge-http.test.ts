import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';

const NUL = String.fromCharCode(0);
const BELL = String.fromCharCode(7);

/** Malformed requests get a 400/415 with a stable id, never a 500; X-Forwarded-For is trusted one hop deep. */
for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`request edge on ${target.name}`, () => {
    let s: TestServer;
    let admin: TestClient;
    beforeAll(async () => {
      s = await target.start({ trustProxy: 1 });
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
    });
    afterAll(async () => s?.dispose());

    const form = () => {
      const f = new FormData();
      f.append('file', new Blob(['{"username":"admin"}']), 'x.json');
      f.append('username', 'admin');
      return f;
    };

    it('answers multipart bodies on JSON routes with 415, signed in or not', async () => {
      const login = await new TestClient(s.url).post('/api/auth/login', form());
      expect([login.status, login.body.error.id]).toEqual([415, 'request.unsupported_media']);
      for (const [method, url] of [
        ['POST', '/api/units'],
        ['POST', '/api/jurisdictions'],
        ['POST', '/api/notices'],
        ['POST', '/api/users'],
        ['POST', '/api/auth/password'],
        ['POST', '/api/tokens'],
      ] as const) {
        const r = await admin.request(method, url, form());
        expect([url, r.status, r.body.error.id]).toEqual([url, 415, 'request.unsupported_media']);
      }
    });

    it('refuses NUL and other control characters in bodies, queries, parameters and file names', async () => {
      const body = await admin.post('/api/units', { name: `单位${NUL}名` });
      expect([body.status, body.body.error.id, body.body.error.details]).toEqual([
        400,
        'request.control_chars',
        { where: 'body', path: 'name' },
      ]);
      expect(body.body.error.message).toContain('控制字符');
      const bell = await admin.post('/api/jurisdictions', { name: `区${BELL}`, level: 'county' });
      expect([bell.status, bell.body.error.id]).toEqual([400, 'request.control_chars']);
      const login = await new TestClient(s.url).post('/api/auth/login', { username: `admin${NUL}`, password: 'x' });
      expect([login.status, login.body.error.id]).toEqual([400, 'request.control_chars']);
      for (const url of ['/api/tasks?q=%00', '/api/tasks?q=a%00b', '/api/plans?q=%01', '/api/tasks/%00', '/api/units/suggest?name=%00']) {
        const r = await admin.get(url);
        expect([url, r.status, r.body.error.id]).toEqual([url, 400, 'request.control_chars']);
      }
      const upload = new FormData();
      upload.append('file', new Blob(['青川市工作方案']), `plan${NUL}.txt`);
      const file = await admin.post('/api/plans/import', upload);
      expect([file.status, file.body.error.id]).toEqual([400, 'request.control_chars']);
      // Line breaks and tabs in text stay allowed.
      const ok = await admin.post('/api/units', { name: '多行\t单位' });
      expect(ok.status).toBe(201);
    });

    it('answers odd paths with 4xx', async () => {
      for (const url of [
        '/%00',
        '/%E0%A4%A',
        '/..%2f..%2fetc%2fpasswd',
        '/%2e%2e/%2e%2e/package.json',
        '/api/%00',
        '/assets/%ff%fe',
        '/index.html%00.js',
        '//',
        '/api/tasks/%E0%A4%A',
      ]) {
        const r = await fetch(s.url + url);
        expect([url, r.status >= 400 && r.status < 500]).toEqual([url, true]);
      }
    });

    it('trusts one proxy hop: a client-written X-Forwarded-For does not reset the login limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        // The client wrote the first address; the one proxy appended the address it saw.
        const r = await new TestClient(s.url).request(
          'POST',
          '/api/auth/login',
          { username: 'admin', password: 'wrong-password' },
          { headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` } },
        );
        statuses.push(r.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      // Another client behind the same proxy has its own count.
      const other = await new TestClient(s.url).request(
        'POST',
        '/api/auth/login',
        { username: 'admin', password: s.adminPassword },
        { headers: { 'x-forwarded-for': '203.0.113.8' } },
      );
      expect(other.status).toBe(200);
    });
  });
}

/** Static files: a built web app is served, and odd paths into it are no server error (4xx, or the app shell). */
for (const target of (await serverTargets()).slice(0, 1)) {
  describe(`static paths on ${target.name}`, () => {
    let s: TestServer;
    const dist = mkdtempSync(path.join(tmpdir(), 'duban-web-'));
    beforeAll(async () => {
      mkdirSync(path.join(dist, 'assets'), { recursive: true });
      writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>督办</title>');
      writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
      s = await target.start({ webDist: dist });
    });
    afterAll(async () => {
      await s?.dispose();
      rmSync(dist, { recursive: true, force: true });
    });

    it('serves files and the app shell, and never answers odd paths with a 5xx', async () => {
      expect((await fetch(`${s.url}/assets/app.js`)).status).toBe(200);
      expect(await (await fetch(`${s.url}/plans/x`)).text()).toContain('督办');
      for (const url of [
        '/%00',
        '/%E0%A4%A',
        '/assets/%E0%A4%A',
        '/assets/..%2f..%2fetc%2fpasswd',
        '/assets/%00.js',
        '/index.html%00.js',
        '/assets/%ff%fe',
        '/..%5c..%5cwindows',
      ]) {
        const r = await fetch(s.url + url);
        expect([url, r.status < 500]).toEqual([url, true]);
      }
    });
  });
}
