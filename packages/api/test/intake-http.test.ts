import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  docxBomb,
  docxZip64Claim,
  inflatingStreamPdf,
  longPlan,
  longText,
  manyPagesPdf,
  plainDocx,
} from '../../core/test/support/hostile-documents.js';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';

const GB = 1024 ** 3;
const form = (bytes: Uint8Array, name: string) => {
  const f = new FormData();
  f.append('file', new Blob([bytes]), name);
  return f;
};

/** Polls /api/health until stopped: each answer's status and its start and end times; the peak RSS seen. */
function healthProbe(url: string) {
  const answers: { status: number; start: number; end: number }[] = [];
  let peakRss = process.memoryUsage().rss;
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      const r = await fetch(`${url}/api/health`).then(
        (res) => res.status,
        () => 0,
      );
      answers.push({ status: r, start, end: performance.now() });
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    answers,
    get peakRss() {
      return peakRss;
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}

const targets = await serverTargets();

describe.skipIf(Boolean(targets[0]?.skipReason))('hostile documents over HTTP (sqlite)', { timeout: 240_000 }, () => {
  let s: TestServer;
  let admin: TestClient;
  beforeAll(async () => {
    s = await targets[0]!.start();
    admin = new TestClient(s.url);
    await admin.login('admin', s.adminPassword);
  });
  afterAll(async () => s?.dispose());

  it('refuses each with its id while /api/health keeps answering, RSS under 1 GB', async () => {
    const files: [string, Uint8Array, string][] = [
      ['bomb.docx', docxBomb(100), 'document.too_large'],
      ['zip64.docx', docxZip64Claim(3.5), 'document.too_large'],
      ['pages.pdf', manyPagesPdf(20_000), 'document.too_many_pages'],
      ['stream.pdf', await inflatingStreamPdf(300), 'document.too_large'],
      ['long.txt', longText(15), 'document.too_large'],
    ];
    const before = (await admin.get('/api/plans')).body.total as number;
    const probe = healthProbe(s.url);
    const spans: Record<string, { start: number; end: number }> = {};
    try {
      for (const [name, bytes, id] of files) {
        const start = performance.now();
        const r = await admin.post('/api/plans/import', form(bytes, name));
        spans[name] = { start, end: performance.now() };
        expect([name, r.status, r.body.error?.id]).toEqual([name, 422, id]);
        expect(r.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
    } finally {
      await probe.stop();
    }
    // The stream PDF keeps a worker busy inflating for seconds: health answers came back meanwhile.
    const during = (span: { start: number; end: number }) => probe.answers.filter((a) => a.start >= span.start && a.end <= span.end);
    expect(during(spans['stream.pdf']!).length).toBeGreaterThan(0);
    expect(probe.answers.every((a) => a.status === 200)).toBe(true);
    expect(probe.peakRss).toBeLessThan(GB);
    const latencies = probe.answers.map((a) => a.end - a.start).sort((a, b) => a - b);
    console.log(
      `health during hostile imports: n=${latencies.length} p95=${latencies[Math.floor(latencies.length * 0.95)]?.toFixed(1)} ms, peak RSS ${Math.round(probe.peakRss / 1024 ** 2)} MB`,
    );
    expect((await admin.get('/api/plans')).body.total).toBe(before);
  });
});

for (const target of targets) {
  describe.skipIf(Boolean(target.skipReason))(`import duplicates and cancel on ${target.name}`, { timeout: 240_000 }, () => {
    let s: TestServer;
    let admin: TestClient;
    beforeAll(async () => {
      s = await target.start();
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
    });
    afterAll(async () => s?.dispose());
    const drafts = async () => (await admin.get('/api/plans?status=draft')).body.total as number;

    it('answers the same file again with 409 and the existing draft, unless asked for a new one', async () => {
      const bytes = plainDocx('1. 推进控烟宣传进校园。（牵头单位：市教育局）');
      const first = await admin.post('/api/plans/import', form(bytes, '控烟.docx'));
      expect(first.status).toBe(201);
      const again = await admin.post('/api/plans/import', form(bytes, '控烟（副本）.docx'));
      expect([again.status, again.body.error.id]).toEqual([409, 'plan.duplicate']);
      expect(again.body.error.details).toMatchObject({ planId: first.body.plan.id, status: 'draft' });
      expect(again.body.error.message).toMatch(/已导入过/);
      const forced = await admin.post('/api/plans/import?duplicate=allow', form(bytes, '控烟.docx'));
      expect(forced.status).toBe(201);
      expect(forced.body.plan.id).not.toBe(first.body.plan.id);
      for (const id of [first.body.plan.id, forced.body.plan.id]) expect((await admin.del(`/api/plans/${id}`)).status).toBe(204);
      // Once the draft is deleted, the file imports again.
      const after = await admin.post('/api/plans/import', form(bytes, '控烟.docx'));
      expect(after.status).toBe(201);
      await admin.del(`/api/plans/${after.body.plan.id}`);
    });

    it('leaves no draft when the client goes away mid-import', async () => {
      const text = longPlan(2500);
      // The same document, not cancelled, does become a draft; its duration (measured warm: the first import also
      // starts the parse workers) places the cancel mid-import and bounds the wait below.
      let took = 0;
      for (const name of ['warm.txt', 'control.txt']) {
        const t0 = performance.now();
        const control = await admin.post('/api/plans/import', { fileName: name, text });
        took = performance.now() - t0;
        expect(control.status).toBe(201);
        await admin.del(`/api/plans/${control.body.plan.id}`);
      }
      const before = await drafts();
      const cancel = new AbortController();
      const sent = admin.request('POST', '/api/plans/import', form(Buffer.from(text), 'slow.txt'), { signal: cancel.signal });
      setTimeout(() => cancel.abort(), took / 3);
      await expect(sent).rejects.toThrow();
      await new Promise((resolve) => setTimeout(resolve, took * 2 + 1000));
      expect(await drafts()).toBe(before);
      expect((await admin.get('/api/health')).status).toBe(200);
    });
  });
}
