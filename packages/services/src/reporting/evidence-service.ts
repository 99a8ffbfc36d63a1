import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findEvidence, findReport, insertEvidence, newId, type EvidenceRecord, type ReportingDb } from '@duban/storage';
import type { Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { DomainError, notFound } from '../errors.js';
import { rdb, requireReader, requireUnitAccess, stateConflict } from './access.js';
import { EVIDENCE_MIME, MAX_EVIDENCE_BYTES, sniffEvidence, typeFromName } from './evidence-sniff.js';
import { canSee } from './reports-service.js';

/**
 * Where evidence bytes live: `dir` is the data directory that disk-stored rows are read from; new uploads are
 * written there as files named by id unless `mode` is 'db' (or there is no `dir`), else into the database row.
 */
export interface EvidenceStorage {
  dir?: string;
  mode?: 'disk' | 'db';
}

/** An uploaded file. */
export interface EvidenceUpload {
  fileName: string;
  bytes: Uint8Array;
}

/** An upload that passed the checks: a safe name, its type as the content shows it, and its digest. */
export interface CheckedUpload {
  name: string;
  type: NonNullable<ReturnType<typeof typeFromName>>;
  sha256: string;
  bytes: Uint8Array;
}

/** Checks size and content type (by content, not by name); throws the refusal a user sees. */
export function checkUpload(file: EvidenceUpload): CheckedUpload {
  if (file.bytes.byteLength > MAX_EVIDENCE_BYTES) throw new DomainError('payload_too_large', 'evidence.too_large', '附件不能超过20MB');
  if (file.bytes.byteLength === 0) throw new DomainError('validation', 'evidence.empty', '附件为空');
  const claimed = typeFromName(file.fileName);
  if (!claimed)
    throw new DomainError('unsupported_media', 'evidence.type_not_allowed', '只接受 PDF、Word(docx)、Excel(xlsx)、JPG、PNG、TXT 文件');
  const actual = sniffEvidence(file.bytes);
  if (actual !== claimed) throw new DomainError('unsupported_media', 'evidence.content_mismatch', '文件内容与扩展名不符或文件已损坏');
  const name = path.basename(file.fileName.replace(/\\/g, '/')).slice(0, 200);
  return { name, type: claimed, sha256: createHash('sha256').update(file.bytes).digest('hex'), bytes: file.bytes };
}

/** Stores a checked file as evidence of a report: on disk under the data directory, or in the row. */
export async function storeEvidence(
  db: ReportingDb,
  storage: EvidenceStorage,
  reportId: string,
  file: CheckedUpload,
  uploadedBy: string | null,
): Promise<EvidenceRecord> {
  const id = newId();
  let relPath: string | null = null;
  const toDisk = Boolean(storage.dir) && storage.mode !== 'db';
  if (toDisk && storage.dir) {
    relPath = path.posix.join('evidence', file.sha256.slice(0, 2), `${id}.${file.type}`);
    await mkdir(path.join(storage.dir, 'evidence', file.sha256.slice(0, 2)), { recursive: true });
    await writeFile(path.join(storage.dir, relPath), file.bytes);
  }
  return insertEvidence(db, {
    id,
    reportId,
    name: file.name,
    mime: EVIDENCE_MIME[file.type],
    size: file.bytes.byteLength,
    sha256: file.sha256,
    storage: toDisk ? 'disk' : 'db',
    path: relPath,
    bytes: toDisk ? null : Buffer.from(file.bytes),
    uploadedBy,
  });
}

/** Attaches an evidence file to a report that is not yet accepted; checks size and content type. */
export async function addEvidence(
  ctx: ServiceContext,
  actor: Actor,
  reportId: string,
  file: EvidenceUpload,
  storage: EvidenceStorage = {},
): Promise<EvidenceRecord> {
  const checked = checkUpload(file);
  return write(ctx, actor, async (tx, audit) => {
    const db = rdb(tx);
    const report = await findReport(db, reportId);
    if (!report || !canSee(actor, report)) throw notFound('report', '报告不存在');
    requireUnitAccess(actor, report.unitId);
    if (report.status === 'accepted') throw stateConflict('report.already_accepted', '报告已审核通过,不能再添加附件');
    const rec = await storeEvidence(db, storage, reportId, checked, actor.userId || null);
    await audit('report', reportId, 'evidence.add', null, rec);
    return rec;
  });
}

/** An evidence file for download, if the actor may see its report. */
export async function getEvidence(
  ctx: ServiceContext,
  actor: Actor,
  reportId: string,
  evidenceId: string,
  storage: EvidenceStorage = {},
): Promise<EvidenceRecord & { bytes: Buffer }> {
  requireReader(actor);
  const db = rdb(ctx.db);
  const report = await findReport(db, reportId);
  const ev = await findEvidence(db, evidenceId);
  if (!report || !canSee(actor, report) || !ev || ev.reportId !== reportId) throw notFound('evidence', '附件不存在');
  let bytes = ev.bytes;
  if (ev.storage === 'disk') {
    if (!storage.dir || !ev.path) throw notFound('evidence', '附件文件缺失');
    const full = path.resolve(storage.dir, ev.path);
    if (!full.startsWith(path.resolve(storage.dir) + path.sep)) throw notFound('evidence', '附件不存在');
    bytes = await readFile(full).catch(() => {
      throw notFound('evidence', '附件文件缺失');
    });
  }
  return { ...ev, bytes: bytes ?? Buffer.alloc(0) };
}
