import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bulletinFile,
  deleteBulletinDraft,
  findBulletin,
  findBulletinTemplate,
  insertBulletin,
  insertPlan,
  listBulletins,
  markBulletinIssued,
  saveBulletinTemplate,
  updateBulletinDraft,
  type OpenDatabase,
} from './support/storage.js';
import { testDatabases } from './support/databases.js';

for (const target of await testDatabases()) {
  describe.skipIf(Boolean(target.skipReason))(`bulletins on ${target.name}`, () => {
    let open: OpenDatabase;
    let planId: string;
    beforeAll(async () => {
      open = await target.open();
      planId = await insertPlan(open.db, { documentId: null, createdBy: null, title: '健康盘锦行动' });
    });
    afterAll(async () => {
      if (open) await target.dispose(open);
    });

    it('stores a draft, edits it with optimistic versions, issues it with its file, and lists it', async () => {
      const draft = await insertBulletin(open.db, {
        planId,
        periodId: null,
        periodLabel: '2026年第3季度',
        title: '关于第3季度推进情况的通报',
        data: { blocks: { title: 'a' } },
        createdBy: null,
      });
      expect(draft).toMatchObject({ status: 'draft', version: 1, hasFile: false, periodLabel: '2026年第3季度' });
      expect(await updateBulletinDraft(open.db, draft.id, 1, { title: '新标题', data: { blocks: { title: '新标题' } } })).toBe(true);
      expect(await updateBulletinDraft(open.db, draft.id, 1, { title: 'stale', data: {} })).toBe(false);
      expect(await findBulletin(open.db, draft.id)).toMatchObject({ title: '新标题', data: { blocks: { title: '新标题' } }, version: 2 });

      const file = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]);
      expect(await markBulletinIssued(open.db, draft.id, 2, { file, issuedBy: null, issuedAt: '2026-10-08T01:00:00.000Z' })).toBe(true);
      expect(await markBulletinIssued(open.db, draft.id, 3, { file, issuedBy: null, issuedAt: '2026-10-08T01:00:00.000Z' })).toBe(false);
      expect(await updateBulletinDraft(open.db, draft.id, 3, { title: 'after issue', data: {} })).toBe(false);
      expect(await deleteBulletinDraft(open.db, draft.id)).toBe(false);
      expect([...((await bulletinFile(open.db, draft.id)) ?? [])]).toEqual([...file]);

      const other = await insertBulletin(open.db, {
        planId,
        periodId: null,
        periodLabel: '2026年第4季度',
        title: '第4季度',
        data: {},
        createdBy: null,
      });
      expect((await listBulletins(open.db, planId, 'issued')).map((b) => [b.id, b.status, b.hasFile])).toEqual([
        [draft.id, 'issued', true],
      ]);
      expect((await listBulletins(open.db, planId)).map((b) => b.id).sort()).toEqual([draft.id, other.id].sort());
      expect(await deleteBulletinDraft(open.db, other.id)).toBe(true);
      expect(await bulletinFile(open.db, other.id)).toBeNull();
    });

    it('keeps one template per plan or jurisdiction, replacing it on save', async () => {
      expect(await findBulletinTemplate(open.db, 'plan', planId)).toBeUndefined();
      expect(await saveBulletinTemplate(open.db, 'plan', planId, { opening: '一' }, null)).toBeNull();
      expect(await saveBulletinTemplate(open.db, 'plan', planId, { opening: '二' }, null)).toEqual({ opening: '一' });
      expect(await findBulletinTemplate(open.db, 'plan', planId)).toMatchObject({ blocks: { opening: '二' } });
      expect(await findBulletinTemplate(open.db, 'jurisdiction', planId)).toBeUndefined();
    });
  });
}
