import { createHash } from 'node:crypto';
import { newId, nowIso, parseJson } from '../util.js';
import type { Db } from './types.js';

/** A stored source document: the original bytes and the text the extraction read. */
export interface DocumentRecord {
  id: string;
  fileName: string;
  format: string;
  size: number;
  sha256: string;
  text: string;
  blocks: unknown[];
  createdAt: string;
}

/** Stores a document; `bytes` may be null when only text was uploaded. */
export async function insertDocument(
  db: Db,
  d: { fileName: string; format: string; bytes: Uint8Array | null; text: string; blocks: unknown[] },
): Promise<DocumentRecord> {
  const id = newId();
  const raw = d.bytes ? Buffer.from(d.bytes) : Buffer.from(d.text, 'utf8');
  const sha256 = createHash('sha256').update(raw).digest('hex');
  const createdAt = nowIso();
  await db
    .insertInto('documents')
    .values({
      id,
      file_name: d.fileName,
      format: d.format,
      size: raw.length,
      sha256,
      bytes: d.bytes ? Buffer.from(d.bytes) : null,
      text: d.text,
      blocks: JSON.stringify(d.blocks),
      created_at: createdAt,
    })
    .execute();
  return { id, fileName: d.fileName, format: d.format, size: raw.length, sha256, text: d.text, blocks: d.blocks, createdAt };
}

/** A document without its bytes. */
export async function findDocument(db: Db, id: string): Promise<DocumentRecord | undefined> {
  const r = await db
    .selectFrom('documents')
    .select(['id', 'file_name', 'format', 'size', 'sha256', 'text', 'blocks', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    r && {
      id: r.id,
      fileName: r.file_name,
      format: r.format,
      size: r.size,
      sha256: r.sha256,
      text: r.text,
      blocks: parseJson<unknown[]>(r.blocks, []),
      createdAt: r.created_at,
    }
  );
}

/** The original bytes of a document (null when it was uploaded as text). */
export async function findDocumentBytes(db: Db, id: string): Promise<Buffer | null> {
  const r = await db.selectFrom('documents').select('bytes').where('id', '=', id).executeTakeFirst();
  return r?.bytes ?? null;
}

/** Whether a document with this content hash was already imported (the demo import stays idempotent). */
export async function findDocumentBySha(db: Db, sha256: string): Promise<string | undefined> {
  const r = await db.selectFrom('documents').select('id').where('sha256', '=', sha256).executeTakeFirst();
  return r?.id;
}

/** Deletes a document row. */
export async function deleteDocument(db: Db, id: string): Promise<void> {
  await db.deleteFrom('documents').where('id', '=', id).execute();
}

/** The first plan made from an uploaded file with these bytes (pasted text is not matched), if any. */
export async function findPlanByUploadSha(
  db: Db,
  sha256: string,
): Promise<{ id: string; status: string; title: string | null } | undefined> {
  return db
    .selectFrom('plans')
    .innerJoin('documents', 'documents.id', 'plans.document_id')
    .select(['plans.id', 'plans.status', 'plans.title'])
    .where('documents.sha256', '=', sha256)
    .where('documents.bytes', 'is not', null)
    .where('plans.importing', '=', 0)
    .orderBy('plans.created_at')
    .executeTakeFirst();
}
