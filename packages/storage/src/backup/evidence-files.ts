import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';

/** A disk-stored evidence row as the backup sees it. */
interface DiskEvidenceRow {
  id: string;
  path: string | null;
  sha256: string;
  size: number | string;
}

/** A disk evidence file that could not be put into the backup. */
export interface EvidenceProblem {
  id: string;
  path: string | null;
  reason: string;
}

/**
 * Reads one disk-stored evidence file and checks it against its row (size and sha256).
 * Returns the bytes, or why they cannot be used.
 */
function readEvidenceFile(dataDir: string | undefined, row: DiskEvidenceRow): Buffer | EvidenceProblem {
  const problem = (reason: string): EvidenceProblem => ({ id: row.id, path: row.path, reason });
  if (!dataDir) return problem('未指定数据目录，无法读取附件文件');
  if (!row.path) return problem('记录中没有文件路径');
  const root = path.resolve(dataDir);
  const full = path.resolve(root, row.path);
  if (!full.startsWith(root + path.sep)) return problem('文件路径不在数据目录内');
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return problem(code === 'ENOENT' ? '文件不存在' : `无法读取文件（${code ?? (e as Error).message}）`);
  }
  if (bytes.byteLength !== Number(row.size) || createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
    return problem('文件内容与记录的 SHA-256 不符（文件已损坏或被替换）');
  }
  return bytes;
}

/** The error a backup fails with when disk evidence is missing or damaged; names every affected file. */
export function evidenceError(problems: EvidenceProblem[], dataDir: string | undefined): Error {
  const lines = problems.map((p) => `  附件 ${p.id}（${p.path ?? '无路径'}）：${p.reason}`);
  const where = dataDir ? `数据目录 ${path.resolve(dataDir)}` : '数据目录';
  return Object.assign(
    new Error(
      `备份失败：${problems.length} 个附件文件缺失或已损坏（${where}），未生成备份文件。\n${lines.join('\n')}\n请找回这些文件后重新备份。`,
    ),
    { code: 'backup.evidence_missing', problems },
  );
}

/**
 * Puts the bytes of disk-stored evidence into an SQLite backup file (never the live database): each
 * storage 'disk' row gets its bytes, storage 'db' and no path. Throws, changing nothing, if any file is
 * missing or does not match its row.
 */
export function inlineSqliteEvidence(file: string, dataDir: string | undefined): { evidence: number; fromDisk: number } {
  const copy = new SqliteDatabase(file);
  try {
    // A backup is one self-contained file: no WAL beside it.
    copy.pragma('journal_mode = DELETE');
    const hasTable = copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'report_evidence'").get();
    if (!hasTable) return { evidence: 0, fromDisk: 0 };
    const rows = copy
      .prepare("SELECT id, path, sha256, size FROM report_evidence WHERE storage = 'disk' ORDER BY id")
      .all() as DiskEvidenceRow[];
    const update = copy.prepare("UPDATE report_evidence SET bytes = ?, storage = 'db', path = NULL WHERE id = ?");
    const problems: EvidenceProblem[] = [];
    copy.transaction(() => {
      for (const row of rows) {
        const bytes = readEvidenceFile(dataDir, row);
        if (Buffer.isBuffer(bytes)) update.run(bytes, row.id);
        else problems.push(bytes);
      }
      if (problems.length) throw evidenceError(problems, dataDir);
    })();
    const { n } = copy.prepare('SELECT count(*) AS n FROM report_evidence').get() as { n: number };
    return { evidence: n, fromDisk: rows.length };
  } finally {
    copy.close();
  }
}

/**
 * The same for one report_evidence row of a JSON dump (bytes as { $b64 }), changed in place: a storage 'disk'
 * row gets its bytes, storage 'db' and no path. Returns the problem when the file cannot be used.
 */
export function inlineDumpEvidenceRow(row: Record<string, unknown>, dataDir: string | undefined): EvidenceProblem | null {
  const bytes = readEvidenceFile(dataDir, row as unknown as DiskEvidenceRow);
  if (!Buffer.isBuffer(bytes)) return bytes;
  Object.assign(row, { bytes: { $b64: bytes.toString('base64') }, storage: 'db', path: null });
  return null;
}
