import { createWriteStream, type WriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { applyAuditConfig, loadAuditConfig, retentionCutoff } from '@duban/services';
import { auditRows, migrateToLatest, openDatabase, pruneAudit, verifyAuditChain, type StoredAuditRow } from '@duban/storage';
import type { Command } from '../main.js';
import { loadConfigOrReport } from '../config.js';

const USAGE = [
  '用法:',
  '  duban audit verify                      校验审计日志哈希链（被改动或删除的记录会被指出）',
  '  duban audit export [--format ndjson|csv] [--out FILE] [--from 时间] [--to 时间]',
  '                                          导出审计日志（NDJSON 保留原文，可离线复核哈希）',
  '  duban audit prune [--days N]            清理超过保留期的审计记录（默认 DUBAN_AUDIT_RETENTION_DAYS，至少 180 天）',
].join('\n');

/** The exported columns, in order (the stored text: NDJSON lines can be re-hashed offline). */
const COLUMNS = [
  'seq',
  'id',
  'at',
  'user_id',
  'username',
  'entity',
  'entity_id',
  'action',
  'before',
  'after',
  'reason',
  'prev_hash',
  'hash',
  'hash_algo',
] as const;

/** One CSV field: quoted when needed; a leading = + - @ is neutralised so spreadsheets do not run it as a formula. */
function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function line(row: StoredAuditRow, format: 'ndjson' | 'csv'): string {
  if (format === 'ndjson') return JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, row[c]]))) + '\n';
  return COLUMNS.map((c) => csvField(row[c])).join(',') + '\r\n';
}

async function write(out: WriteStream | null, text: string): Promise<void> {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
}

/**
 * `duban audit verify|export|prune`: checks the audit log's hash chain (exit 1 naming the first broken entry),
 * exports it as NDJSON or CSV, or removes entries older than the retention period (keeping the chain verifiable).
 */
export const auditCommand: Command = async (argv) => {
  const [sub, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      data: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      days: { type: 'string' },
    },
  });
  if (sub !== 'verify' && sub !== 'export' && sub !== 'prune') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfigOrReport({ dataDir: values.data });
  if (!config) return 2;
  let audit;
  try {
    audit = loadAuditConfig(values.days ? { ...process.env, DUBAN_AUDIT_RETENTION_DAYS: values.days } : process.env);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const format = values.format ?? 'ndjson';
  if (format !== 'ndjson' && format !== 'csv') {
    process.stderr.write('--format 只能是 ndjson 或 csv\n');
    return 2;
  }
  const open = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(open.db);
    if (sub === 'verify') {
      const v = await verifyAuditChain(open.db);
      if (!v.ok) {
        const b = v.firstBreak!;
        process.stderr.write(
          `审计链已被破坏：${b.message}\n  首个异常位置：第 ${b.seq} 条${b.id ? `（记录 ${b.id}）` : ''}；已校验完好的记录 ${v.checked} 条\n`,
        );
        return 1;
      }
      const range = v.checked ? `第 ${v.anchor.seq + 1}–${v.head.seq} 条` : '无记录';
      process.stdout.write(`审计链完整：已校验 ${v.checked} 条（${range}）\n链头：第 ${v.head.seq} 条，哈希 ${v.head.hash || '（空）'}\n`);
      if (v.anchor.seq > 0) process.stdout.write(`保留起点：第 ${v.anchor.seq} 条之后（已按保留期清理），锚点哈希 ${v.anchor.hash}\n`);
      process.stdout.write('请将链头哈希另行记录（如纸质签收或另一系统），以便日后证明此前的记录未被整体改写。\n');
      return 0;
    }
    if (sub === 'prune') {
      await applyAuditConfig(open.db, audit);
      const cutoff = retentionCutoff(audit.retentionDays);
      try {
        const r = await pruneAudit(open.db, cutoff);
        process.stdout.write(
          r.removed
            ? `已清理 ${cutoff} 之前的审计记录 ${r.removed} 条；新的保留起点：第 ${r.anchor.seq} 条，锚点哈希 ${r.anchor.hash}\n`
            : `没有早于 ${cutoff} 的审计记录需要清理\n`,
        );
        return 0;
      } catch (e) {
        process.stderr.write(`${(e as Error).message}\n`);
        return 1;
      }
    }
    const out = values.out ? createWriteStream(values.out) : null;
    let n = 0;
    try {
      if (format === 'csv') await write(out, '\ufeff' + COLUMNS.join(',') + '\r\n');
      for await (const row of auditRows(open.db, {
        ...(values.from ? { from: values.from } : {}),
        ...(values.to ? { to: values.to } : {}),
      })) {
        await write(out, line(row, format));
        n++;
      }
    } finally {
      if (out) await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    }
    if (values.out) process.stdout.write(`已导出 ${n} 条审计记录到 ${values.out}\n`);
    return 0;
  } finally {
    await open.close();
  }
};
