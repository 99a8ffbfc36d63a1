import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';
import { INDICATOR_PLAN_TEXT, PLAN_TEXT } from './support/fixtures.js';

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`import → review → publish on ${target.name}`, () => {
    let s: TestServer;
    let admin: TestClient;
    beforeAll(async () => {
      s = await target.start();
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
      for (const name of ['市体育局', '市教育局']) expect((await admin.post('/api/units', { name })).status).toBe(201);
      expect(
        (await admin.post('/api/units', { name: '市卫生健康委员会', aliases: ['市卫生健康委'], formerNames: ['市卫计委'] })).status,
      ).toBe(201);
    });
    afterAll(async () => s?.dispose());

    it('imports a draft, lets the office fix it against the source, and publishes it', async () => {
      const imported = await admin.post('/api/plans/import', { fileName: '全民健身方案.txt', text: PLAN_TEXT });
      expect(imported.status).toBe(201);
      const plan = imported.body.plan;
      expect(plan).toMatchObject({ status: 'draft', fileName: '全民健身方案.txt' });
      expect(plan.tasks.length).toBeGreaterThanOrEqual(2);
      const fitness = plan.tasks.find((t: { text: string }) => t.text.includes('全民健身'));
      expect(fitness.units.find((u: { name: string }) => u.name === '市体育局').unitId).toBeTruthy();
      // Alias resolution: 市卫生健康委 is an alias of 市卫生健康委员会.
      const smoking = plan.tasks.find((t: { text: string }) => t.text.includes('控烟'));
      expect(smoking.lead).toEqual(['市卫生健康委员会']);
      expect(plan.unresolvedUnits).toEqual(['某某新设中心']);
      expect(
        plan.diagnostics.some(
          (d: { code: string; message: string }) => d.code === 'unit-not-in-directory' && d.message.includes('某某新设中心'),
        ),
      ).toBe(true);

      // The review screen: source text with spans pointing at each task.
      const source = await admin.get(`/api/plans/${plan.id}/source`);
      expect(source.status).toBe(200);
      const span = source.body.tasks.find((t: { id: string }) => t.id === fitness.id).source;
      expect(source.body.text.slice(span.start, span.end)).toContain('推进全民健身场地设施建设');

      // Publishing with an unmapped unit is refused.
      const early = await admin.post(`/api/plans/${plan.id}/publish`);
      expect(early.status).toBe(400);
      expect(early.body.error.id).toBe('plan.unresolved_units');

      // Suggestions, then edit: fix the deadline, create the unknown unit.
      const suggest = await admin.get(`/api/units/suggest?name=${encodeURIComponent('市体育局')}`);
      expect(suggest.body[0]).toMatchObject({ match: 'exact', unit: { name: '市体育局' } });
      const units = fitness.units.map((u: { name: string; unitId: string | null; role: string }) => ({
        name: u.name,
        unitId: u.unitId,
        role: u.role,
        ...(u.unitId ? {} : { createUnit: true }),
      }));
      const edited = await admin.patch(`/api/tasks/${fitness.id}`, {
        version: fitness.version,
        due: ['2026-11-30'],
        units,
        reason: '按原文核对',
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ version: fitness.version + 1, due: ['2026-11-30'] });
      expect(edited.body.units.every((u: { unitId: string | null }) => u.unitId)).toBe(true);
      expect(edited.body.history[0]).toMatchObject({ version: fitness.version + 1, reason: '按原文核对', changedByName: 'admin' });
      expect(edited.body.history[0].changes.due).toEqual({ before: ['2026-12-31'], after: ['2026-11-30'] });

      const published = await admin.post(`/api/plans/${plan.id}/publish`);
      expect(published.status).toBe(200);
      expect(published.body.status).toBe('published');
      expect(published.body.publishedAt).toBeTruthy();
      expect((await admin.del(`/api/plans/${plan.id}`)).status).toBe(409);

      // Every write is in the audit log.
      const audit = await admin.get(`/api/audit?entity=plan&entityId=${plan.id}`);
      expect(audit.body.items.map((a: { action: string }) => a.action).sort()).toEqual([
        'import',
        'import.start',
        'import.tasks',
        'publish',
      ]);
      const taskAudit = await admin.get(`/api/audit?entity=task&entityId=${fitness.id}`);
      expect(taskAudit.body.items[0]).toMatchObject({
        action: 'update',
        actor: 'admin',
        reason: '按原文核对',
        after: { due: ['2026-11-30'] },
      });
    });

    it('learns aliases: a name mapped by hand resolves by itself in the next import', async () => {
      const text = PLAN_TEXT.replace('某某新设中心', '市健康促进服务中心');
      const first = (await admin.post('/api/plans/import', { fileName: 'a.txt', text })).body.plan;
      expect(first.unresolvedUnits).toEqual(['市健康促进服务中心']);
      const units = (await admin.get('/api/units')).body as { id: string; name: string }[];
      const sport = units.find((u) => u.name === '市体育局')!;
      const task = first.tasks.find((t: { units: { unitId: string | null }[] }) => t.units.some((u) => !u.unitId));
      const mapped = task.units.map((u: { name: string; unitId: string | null; role: string }) => ({
        name: u.name,
        unitId: u.unitId ?? sport.id,
        role: u.role,
      }));
      expect((await admin.patch(`/api/tasks/${task.id}`, { version: task.version, units: mapped })).status).toBe(200);
      expect((await admin.get('/api/units')).body.find((u: { id: string }) => u.id === sport.id).aliases).toContain('市健康促进服务中心');
      const second = (await admin.post('/api/plans/import', { fileName: 'b.txt', text })).body.plan;
      expect(second.unresolvedUnits).toEqual([]);
      await admin.del(`/api/plans/${first.id}`);
      await admin.del(`/api/plans/${second.id}`);
    });

    it('lists, filters, searches and exports tasks', async () => {
      const all = await admin.get('/api/tasks?pageSize=1');
      expect(all.body).toMatchObject({ page: 1, pageSize: 1 });
      expect(all.body.items).toHaveLength(1);
      expect(all.body.total).toBeGreaterThanOrEqual(2);
      const q = await admin.get(`/api/tasks?q=${encodeURIComponent('控烟宣传')}`);
      expect(q.body.items.map((t: { text: string }) => t.text)).toEqual([expect.stringContaining('控烟宣传')]);
      const short = await admin.get(`/api/tasks?q=${encodeURIComponent('控烟')}`);
      expect(short.body.total).toBe(1);
      const units = (await admin.get('/api/units')).body as { id: string; name: string }[];
      const sport = units.find((u) => u.name === '市体育局')!;
      const byUnit = await admin.get(`/api/tasks?unit=${sport.id}`);
      expect(byUnit.body.items.every((t: { lead: string[] }) => t.lead.includes('市体育局'))).toBe(true);
      expect((await admin.get('/api/tasks?dueBefore=2026-12-01')).body.total).toBe(1);
      const statuses = (await admin.get('/api/tasks?pageSize=100')).body.items.map((t: { status: string }) => t.status);
      const byId = await admin.get(`/api/tasks?status=${statuses[0]}`);
      const byLabel = await admin.get(`/api/tasks?status=${encodeURIComponent(byId.body.items[0].statusLabel)}`);
      expect(byLabel.body.total).toBe(byId.body.total);
      expect(byId.body.total).toBe(statuses.filter((x: string) => x === statuses[0]).length);
      expect((await admin.get('/api/tasks?status=suspended,completed')).body.total).toBe(
        statuses.filter((x: string) => x === 'suspended' || x === 'completed').length,
      );
      expect((await admin.get('/api/tasks?dueAfter=2027-01-01')).body.total).toBe(0);
      const csv = await admin.get('/api/tasks?format=csv');
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.text.startsWith('\uFEFF序号,任务,牵头单位')).toBe(true);
      expect(csv.text).toContain('控烟宣传');
      const auditByName = await admin.get('/api/audit?user=admin&pageSize=5');
      const me = (await admin.get('/api/auth/me')).body.user;
      const auditById = await admin.get(`/api/audit?user=${me.id}&pageSize=5`);
      expect(auditByName.body.total).toBeGreaterThan(0);
      expect(auditByName.body.total).toBe(auditById.body.total);
      expect((await admin.get('/api/audit?user=nobody')).body.total).toBe(0);
      expect((await admin.get(`/api/audit?from=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`)).body.total).toBe(0);
      const auditCsv = await admin.get('/api/audit?format=csv');
      expect(auditCsv.text.split('\r\n').length).toBeGreaterThan(3);
    });

    it('merges units: assignments move, the old name stays as an alias', async () => {
      const units = (await admin.get('/api/units')).body as { id: string; name: string }[];
      const created = units.find((u) => u.name === '某某新设中心')!;
      const into = units.find((u) => u.name === '市教育局')!;
      const merged = await admin.post(`/api/units/${created.id}/merge`, { intoId: into.id });
      expect(merged.status).toBe(200);
      expect(merged.body.aliases).toContain('某某新设中心');
      const tasks = (await admin.get(`/api/tasks?unit=${into.id}`)).body.items as { units: { name: string; unitId: string }[] }[];
      expect(tasks.some((t) => t.units.some((u) => u.name === '某某新设中心' && u.unitId === into.id))).toBe(true);
      expect((await admin.get('/api/units')).body.some((u: { id: string }) => u.id === created.id)).toBe(false);
    });

    it('keeps indicators with their source and edits them with optimistic concurrency', async () => {
      const plan = (await admin.post('/api/plans/import', { fileName: '指标.txt', text: INDICATOR_PLAN_TEXT })).body.plan;
      const list = await admin.get(`/api/indicators?plan=${plan.id}`);
      expect(list.body).toHaveLength(1);
      const ind = list.body[0];
      expect(ind).toMatchObject({ target: 40, unit: '%', comparator: '>=', due: '2026-12-31' });
      const source = (await admin.get(`/api/plans/${plan.id}/source`)).body;
      expect(source.text.slice(ind.source.start, ind.source.end)).toContain('体育锻炼人数比例');
      const patched = await admin.patch(`/api/indicators/${ind.id}`, { version: ind.version, target: 42, baseline: 35.5 });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ target: 42, baseline: 35.5, version: ind.version + 1 });
      const stale = await admin.patch(`/api/indicators/${ind.id}`, { version: ind.version, target: 50 });
      expect([stale.status, stale.body.error.id]).toEqual([409, 'indicator.conflict']);
      expect((await admin.get(`/api/indicators?plan=${plan.id}`)).body[0].target).toBe(42);
      const csv = await admin.get(`/api/indicators?plan=${plan.id}&format=csv`);
      expect(csv.text).toContain('全市经常参加体育锻炼人数比例');
    });

    it('edits plan meta, adds and removes tasks of a draft, deletes the draft', async () => {
      const plan = (await admin.post('/api/plans/import', { fileName: '草稿.txt', text: PLAN_TEXT })).body.plan;
      const meta = await admin.patch(`/api/plans/${plan.id}`, {
        version: plan.version,
        title: '改过的标题',
        docNumber: '青健办〔2026〕1号',
      });
      expect(meta.status).toBe(200);
      expect(meta.body).toMatchObject({ title: '改过的标题', docNumber: '青健办〔2026〕1号', version: plan.version + 1 });
      expect((await admin.patch(`/api/plans/${plan.id}`, { version: plan.version, title: '过期' })).status).toBe(409);
      const units = (await admin.get('/api/units')).body as { id: string; name: string }[];
      const sport = units.find((u) => u.name === '市体育局')!;
      const added = await admin.post(`/api/plans/${plan.id}/tasks`, {
        text: '补充的任务：建设健身步道',
        due: ['2026-09-30'],
        units: [{ name: '市体育局', unitId: sport.id, role: 'lead' }],
      });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ ordinal: plan.tasks.length, lead: ['市体育局'], due: ['2026-09-30'] });
      expect((await admin.get(`/api/plans/${plan.id}`)).body.taskCount).toBe(plan.tasks.length + 1);
      expect((await admin.del(`/api/tasks/${added.body.id}`)).status).toBe(204);
      expect((await admin.get(`/api/tasks/${added.body.id}`)).status).toBe(404);
      expect((await admin.del(`/api/plans/${plan.id}`)).status).toBe(204);
      expect((await admin.get(`/api/plans/${plan.id}`)).status).toBe(404);
      expect((await admin.get(`/api/tasks?plan=${plan.id}`)).body.total).toBe(0);
      const trail = (await admin.get(`/api/audit?entity=plan&entityId=${plan.id}`)).body.items.map((a: { action: string }) => a.action);
      expect(trail.sort()).toEqual(['delete', 'import', 'import.start', 'import.tasks', 'update']);
    });

    it('keeps the original file for download', async () => {
      const html = Buffer.from(
        '<html><body><h1>青川市全民健身行动</h1><p>（一）推进全民健身场地设施建设。（牵头单位：市体育局）2026年12月底前完成。</p></body></html>',
        'utf8',
      );
      const form = new FormData();
      form.append('file', new Blob([html]), '原件.html');
      const plan = (await admin.post('/api/plans/import', form)).body.plan;
      const doc = await admin.get(`/api/plans/${plan.id}/document`);
      expect(doc.status).toBe(200);
      expect(doc.bytes.equals(html)).toBe(true);
      expect(doc.headers.get('content-type')).toBe('application/octet-stream');
      expect(decodeURIComponent(doc.headers.get('content-disposition') ?? '')).toContain('原件.html');
      expect((await admin.get(`/api/plans/${plan.id}/source`)).body.format).toBe('html');
    });

    it('keeps jurisdictions as a tree and units per jurisdiction', async () => {
      const province = await admin.post('/api/jurisdictions', { name: '示范省', level: 'province' });
      const city = await admin.post('/api/jurisdictions', { name: '青川市', level: 'city', parentId: province.body.id });
      expect(city.status).toBe(201);
      expect((await admin.post('/api/jurisdictions', { name: '孤儿县', level: 'county', parentId: 'nope' })).status).toBe(400);
      expect((await admin.post('/api/jurisdictions', { name: '某地', level: 'planet' })).status).toBe(400);
      const list = (await admin.get('/api/jurisdictions')).body as { id: string; parentId: string | null; name: string }[];
      expect(list.find((j) => j.name === '青川市')?.parentId).toBe(province.body.id);
      const unit = await admin.post('/api/units', { name: '青川市疾控中心', jurisdictionId: city.body.id });
      expect(unit.status).toBe(201);
      const inCity = (await admin.get(`/api/units?jurisdiction=${city.body.id}`)).body.map((u: { name: string }) => u.name);
      expect(inCity).toEqual(['青川市疾控中心']);
      // Plans get the jurisdiction their issuer or title names; it can be set explicitly or edited.
      const guessed = (await admin.post('/api/plans/import', { fileName: 'j.txt', text: PLAN_TEXT })).body.plan;
      expect(guessed.jurisdictionId).toBe(city.body.id);
      const explicit = (await admin.post(`/api/plans/import?jurisdiction=${province.body.id}`, { fileName: 'j.txt', text: PLAN_TEXT })).body
        .plan;
      expect(explicit.jurisdictionId).toBe(province.body.id);
      expect((await admin.post('/api/plans/import?jurisdiction=nope', { fileName: 'j.txt', text: PLAN_TEXT })).status).toBe(400);
      const moved = await admin.patch(`/api/plans/${explicit.id}`, { version: explicit.version, jurisdictionId: city.body.id });
      expect(moved.body.jurisdictionId).toBe(city.body.id);
    });

    it('serves the OpenAPI document generated from the route table', async () => {
      const doc = await admin.get('/api/openapi.json');
      expect(doc.body.openapi).toBe('3.0.3');
      expect(Object.keys(doc.body.paths)).toEqual(
        expect.arrayContaining(['/api/plans/import', '/api/tasks/{id}', '/api/units/{id}/merge', '/api/audit']),
      );
      expect(doc.body.paths['/api/tasks/{id}'].patch.requestBody.content['application/json'].schema.required).toContain('version');
    });
  });
}
