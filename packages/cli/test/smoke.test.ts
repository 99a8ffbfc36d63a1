import { describe, expect, it } from 'vitest';
import { serverTargets } from './support/servers.js';
import { TestClient } from './support/http-client.js';

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`smoke on ${target.name}`, () => {
    it('boots, logs in, imports', async () => {
      const s = await target.start();
      try {
        const c = new TestClient(s.url);
        expect((await c.get('/api/health')).body).toEqual({ ok: true, db: 'up' });
        const me = await c.login('admin', s.adminPassword);
        console.log(JSON.stringify(me));
        const r = await c.post('/api/plans/import', { fileName: 'a.txt', text: '一、重点任务\n（一）推进全民健身。（牵头单位：市体育局；参与单位：市教育局）2026年12月底前完成。\n' });
        console.log(r.status, JSON.stringify(r.body).slice(0, 1500));
      } finally {
        await s.dispose();
      }
    });
  });
}
