import { newId, nowIso } from '../util.js';
import type { ReportingDb } from './types.js';

/** Metadata of an evidence file attached to a report. */
export interface EvidenceRecord {
  id: string;
  reportId: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  /** 'disk': bytes live in a file under the data directory (path is relative to it); 'db': in the row. */
  storage: 'disk' | 'db';
  path: string | null;
  uploadedBy: string | null;
  uploadedAt: string;
}

type Row = {
  id: string;
  report_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  storage: string;
  path: string | null;
  uploaded_by: string | null;
  uploaded_at: string;
};

function toRecord(r: Row): EvidenceRecord {
  return {
    id: r.id,
    reportId: r.report_id,
    name: r.name,
    mime: r.mime,
    size: Number(r.size),
    sha256: r.sha256,
    storage: r.storage as 'disk' | 'db',
    path: r.path,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
  };
}

/** Stores evidence metadata (and the bytes when storage is 'db'). */
export async function insertEvidence(
  db: ReportingDb,
  e: Omit<EvidenceRecord, 'id' | 'uploadedAt'> & { id?: string; bytes: Buffer | null },
): Promise<EvidenceRecord> {
  const rec = { id: e.id ?? newId(), uploaded_at: nowIso() };
  await db
    .insertInto('report_evidence')
    .values({
      id: rec.id,
      report_id: e.reportId,
      name: e.name,
      mime: e.mime,
      size: e.size,
      sha256: e.sha256,
      storage: e.storage,
      path: e.path,
      bytes: e.storage === 'db' ? e.bytes : null,
      uploaded_by: e.uploadedBy,
      uploaded_at: rec.uploaded_at,
    })
    .execute();
  return {
    id: rec.id,
    reportId: e.reportId,
    name: e.name,
    mime: e.mime,
    size: e.size,
    sha256: e.sha256,
    storage: e.storage,
    path: e.path,
    uploadedBy: e.uploadedBy,
    uploadedAt: rec.uploaded_at,
  };
}

/** Evidence of a report, oldest first, without bytes. */
export async function listEvidence(db: ReportingDb, reportId: string): Promise<EvidenceRecord[]> {
  const rows = await db
    .selectFrom('report_evidence')
    .select(['id', 'report_id', 'name', 'mime', 'size', 'sha256', 'storage', 'path', 'uploaded_by', 'uploaded_at'])
    .where('report_id', '=', reportId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}

/** One evidence item with its stored bytes (null for disk storage). */
export async function findEvidence(db: ReportingDb, id: string): Promise<(EvidenceRecord & { bytes: Buffer | null }) | undefined> {
  const r = await db.selectFrom('report_evidence').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { ...toRecord(r), bytes: r.bytes ? Buffer.from(r.bytes) : null };
}
