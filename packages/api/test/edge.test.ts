import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv, toErrorResponse } from '../src/index.js';
import { TestClient } from './support/http-client.js';
import { PLAN_TEXT } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/servers.js';

describe('CSV export', () => {
  it('starts with a BOM, quotes what needs quoting and joins lists', () => {
    const csv = toCsv(
      [{ a: '含,逗号', b: ['甲', '乙'], c: 'say "hi"\n第二行', d: null }],
      [
        ['名称', (r) => r.a],
        ['单位', (r) => r.b],
        ['说明', (r) => r.c],
        ['空', (r) => r.d],
      ],
    );
    expect(csv).toBe('\uFEFF名称,单位,说明,空\r\n"含,逗号",甲；乙,"say ""hi""\n第二行",\r\n');
  });

  it('defuses spreadsheet formulas but keeps negative numbers', () => {
    const csv = toCsv([{ a: '=HYPERLINK("x")' }, { a: '-3.5' }, { a: '@SUM(A1)' }], [['值', (r) => r.a]]);
    expect(csv.split('\r\n').slice(1, 4)).toEqual(['"\'=HYPERLINK(""x"")"', '-3.5', "'@SUM(A1)"]);
  });
});

// Errors as a client sees them: each kind of domain failure, raised by the real services behind a real route, and
// Fastify's own request errors, answered with their HTTP status and the stable id, Chinese message and details the
// service gave. (HTTP semantics, not a copy of STATUS_OF: a wrong entry there fails here.)
describe('errors over HTTP', () => {
  const HAN = /\p{Script=Han}/u;
  let s: TestServer;
  let admin: TestClient;
  let viewer: TestClient;
  beforeAll(async () => {
    s = await startTestServer({ security: { lockoutMax: 3, lockoutMs: 60_000 } });
    admin = new TestClient(s.url);
    await admin.login('admin', s.adminPassword);
    for (const username of ['edge-viewer', 'edge-locked']) {
      const r = await admin.post('/api/users', { username, password: 'Edge-pass-2026', roles: [{ role: 'viewer' }] });
      expect(r.status).toBe(201);
    }
    viewer = new TestClient(s.url);
    await viewer.login('edge-viewer', 'Edge-pass-2026');
  });
  afterAll(async () => s?.dispose());

  /** Status and error id of an answer, after checking that its message is written for people (Chinese). */
  const answer = (r: { status: number; body: { error: { id: string; message: string } } }) => {
    expect(r.body.error.message).toMatch(HAN);
    return [r.status, r.body.error.id];
  };

  it('answers a request without a session with 401 and one without the right with 403', async () => {
    expect(answer(await new TestClient(s.url).get('/api/tasks'))).toEqual([401, 'auth.required']);
    const denied = await viewer.post('/api/units', { name: '无权创建' });
    expect(denied.status).toBe(403);
    expect(answer(denied)[1]).toMatch(/^auth\./);
  });

  it('answers an unknown record with 404 and a duplicate with 409 and its details', async () => {
    expect(answer(await admin.get('/api/plans/nope'))).toEqual([404, 'plan.not_found']);
    const upload = () => {
      const form = new FormData();
      form.append('file', new Blob([new TextEncoder().encode(PLAN_TEXT)]), 'edge.txt');
      return admin.post('/api/plans/import', form);
    };
    const first = await upload();
    expect(first.status).toBe(201);
    const again = await upload();
    expect(answer(again)).toEqual([409, 'plan.duplicate']);
    expect(again.body.error.details).toMatchObject({ planId: first.body.plan.id, status: 'draft' });
  });

  it('answers invalid input with 400, an unreadable document with 422 and a wrong media type with 415', async () => {
    expect(answer(await admin.post('/api/units', { name: 42 }))).toEqual([400, 'request.invalid']);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(4096).map((_, i) => (i * 7919) % 256)]), 'plan.txt');
    const unreadable = await admin.post('/api/plans/import', form);
    expect(unreadable.status).toBe(422);
    expect(answer(unreadable)[1]).toMatch(/^document\./);
    const media = await admin.request('POST', '/api/units', 'name=x', { headers: { 'content-type': 'text/csv' } });
    expect(answer(media)).toEqual([415, 'request.unsupported_media']);
    expect(answer(await admin.post('/api/units', { name: 'x'.repeat(2 * 1024 * 1024) }))).toEqual([413, 'request.too_large']);
  });

  it('answers too many failed sign-ins with 429', async () => {
    const client = new TestClient(s.url);
    const tries = [];
    for (let i = 0; i < 4; i++)
      tries.push((await client.post('/api/auth/login', { username: 'edge-locked', password: 'wrong-pass-1' })).status);
    expect(tries.slice(0, 3)).toEqual([401, 401, 401]);
    const locked = await client.post('/api/auth/login', { username: 'edge-locked', password: 'Edge-pass-2026' });
    expect(answer(locked)).toEqual([429, 'auth.account_locked']);
  });

  it('hides unexpected errors behind a generic 500', () => {
    const r = toErrorResponse(new Error('SELECT failed: secret detail'));
    expect(r.status).toBe(500);
    expect(JSON.stringify(r.body)).not.toContain('secret');
  });
});
