import type { StagedEvidenceView } from '@duban/core';
import {
  deleteStagedEvidence,
  findStagedEvidence,
  insertStagedEvidence,
  purgeExpiredStagedEvidence,
  type EvidenceRecord,
  type ReportingDb,
} from '@duban/storage';
import { isAdmin, liaisonUnits, type Actor } from '../actor.js';
import { write, type AuditFn, type ServiceContext } from '../context.js';
import { forbidden, invalid } from '../errors.js';
import { rdb } from './access.js';
import { checkUpload, storeEvidence, type EvidenceStorage, type EvidenceUpload } from './evidence-service.js';
import { EVIDENCE_MIME, sniffEvidence } from './evidence-sniff.js';

/** How long an uploaded file waits for the report that claims it. */
export const STAGED_EVIDENCE_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Uploads a file into the staging area (step one of an atomic report): it is checked now, so a refused file is
 * refused before anything is submitted, and it belongs to the uploader until a report claims it or it expires.
 */
export async function stageEvidence(ctx: ServiceContext, actor: Actor, file: EvidenceUpload): Promise<StagedEvidenceView> {
  // Only those who may submit a report (a unit's liaison, the office) may park files for one.
  if (!isAdmin(actor) && liaisonUnits(actor).length === 0)
    throw forbidden('evidence.cannot_stage', '只有责任单位联络员或督办办可以上传佐证材料');
  const checked = checkUpload(file);
  return write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const now = new Date();
    await purgeExpiredStagedEvidence(db, now.toISOString());
    const rec = await insertStagedEvidence(db, {
      ownerUserId: actor.userId || null,
      name: checked.name,
      mime: EVIDENCE_MIME[checked.type],
      size: checked.bytes.byteLength,
      sha256: checked.sha256,
      bytes: Buffer.from(checked.bytes),
      expiresAt: new Date(now.getTime() + STAGED_EVIDENCE_TTL_MS).toISOString(),
    });
    await audit('evidence', rec.id, 'stage', null, rec);
    return {
      id: rec.id,
      name: rec.name,
      mime: rec.mime,
      size: rec.size,
      sha256: rec.sha256,
      uploadedAt: rec.uploadedAt,
      expiresAt: rec.expiresAt,
    };
  });
}

/**
 * Inside a submission's transaction: moves the actor's staged files onto the report. Any id that is unknown,
 * expired or someone else's refuses the whole submission (nothing is stored).
 */
export async function claimStagedEvidence(
  db: ReportingDb,
  audit: AuditFn,
  actor: Actor,
  reportId: string,
  ids: readonly string[],
  storage: EvidenceStorage,
): Promise<EvidenceRecord[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const now = new Date().toISOString();
  const owner = actor.userId || null;
  const staged = await findStagedEvidence(db, wanted);
  const usable = new Map(staged.filter((s) => s.ownerUserId === owner && s.expiresAt >= now).map((s) => [s.id, s]));
  const missing = wanted.filter((id) => !usable.has(id));
  if (missing.length > 0) throw invalid('evidence.staged_unknown', '附件已过期或不存在,请重新上传后再提交', { evidenceIds: missing });
  const out: EvidenceRecord[] = [];
  for (const id of wanted) {
    const s = usable.get(id)!;
    // The bytes were checked when staged; their type is read from them again rather than trusted from the row.
    const type = sniffEvidence(s.bytes);
    if (!type) throw invalid('evidence.staged_unknown', '附件已过期或不存在,请重新上传后再提交', { evidenceIds: [id] });
    const rec = await storeEvidence(db, storage, reportId, { name: s.name, type, sha256: s.sha256, bytes: s.bytes }, owner);
    await audit('report', reportId, 'evidence.add', null, rec);
    out.push(rec);
  }
  await deleteStagedEvidence(db, wanted);
  return out;
}
