import { newId, nowIso } from '../util.js';
import type { ReportingDb } from './types.js';

/** An evidence file waiting for the report that claims it. */
export interface StagedEvidenceRecord {
  id: string;
  ownerUserId: string | null;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  expiresAt: string;
}

type Row = {
  id: string;
  owner_user_id: string | null;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  uploaded_at: string;
  expires_at: string;
};

function toRecord(r: Row): StagedEvidenceRecord {
  return {
    id: r.id,
    ownerUserId: r.owner_user_id,
    name: r.name,
    mime: r.mime,
    size: Number(r.size),
    sha256: r.sha256,
    uploadedAt: r.uploaded_at,
    expiresAt: r.expires_at,
  };
}

/** Stores an uploaded file in the staging area. */
export async function insertStagedEvidence(
  db: ReportingDb,
  e: Omit<StagedEvidenceRecord, 'id' | 'uploadedAt'> & { bytes: Buffer },
): Promise<StagedEvidenceRecord> {
  const row = {
    id: newId(),
    state: 'staged',
    owner_user_id: e.ownerUserId,
    name: e.name,
    mime: e.mime,
    size: e.size,
    sha256: e.sha256,
    bytes: e.bytes,
    uploaded_at: nowIso(),
    expires_at: e.expiresAt,
  };
  await db.insertInto('staged_evidence').values(row).execute();
  return toRecord(row);
}

/** Staged files by id, with their bytes (missing ids are simply absent). */
export async function findStagedEvidence(db: ReportingDb, ids: string[]): Promise<(StagedEvidenceRecord & { bytes: Buffer })[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('staged_evidence').selectAll().where('id', 'in', ids).where('state', '=', 'staged').execute();
  return rows.map((r) => ({ ...toRecord(r), bytes: Buffer.from(r.bytes) }));
}

/** Removes staged files (claimed by a report). */
export async function deleteStagedEvidence(db: ReportingDb, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('staged_evidence').where('id', 'in', ids).execute();
}

/** Drops staged files that expired before `now`; returns how many. */
export async function purgeExpiredStagedEvidence(db: ReportingDb, now: string): Promise<number> {
  const res = await db.deleteFrom('staged_evidence').where('expires_at', '<', now).executeTakeFirst();
  return Number(res.numDeletedRows);
}
