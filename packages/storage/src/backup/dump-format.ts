import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * A version 1 JSON dump: one JSON document holding every table's rows, with binary values as { $b64 }.
 * Still restored; no longer written (a large office's dump outgrows one JavaScript string).
 */
export interface JsonDump {
  format: 'duban-dump';
  version: 1;
  dialect: string;
  createdAt: string;
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

/**
 * The first line of a version 2 dump (NDJSON). Then one line per row, `{"t": table, "r": row}` (binary values
 * as { $b64 }), each table's rows together and tables in `tables` order (parents before the tables that refer
 * to them), and last `{"end": true, "rows": N}`, without which the file is incomplete and is not restored.
 */
export interface DumpHeader {
  format: 'duban-dump';
  version: 2;
  dialect: string;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

/** One row line of a version 2 dump. */
export interface DumpRow {
  t: string;
  r: Record<string, unknown>;
}

/** The last line of a version 2 dump. */
export interface DumpEnd {
  end: true;
  rows: number;
}

/** A row with binary values as { $b64 } (JSON-safe). */
export function encode(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = Buffer.isBuffer(v) ? { $b64: v.toString('base64') } : v;
  return out;
}

/** The inverse of {@link encode}. */
export function decode(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = v && typeof v === 'object' && '$b64' in v ? Buffer.from(String((v as { $b64: string }).$b64), 'base64') : v;
  }
  return out;
}

/** The error of a restore that refused a damaged or unsuitable backup (nothing was changed). */
export function restoreError(message: string): Error {
  return Object.assign(new Error(`恢复失败：${message}，数据未作任何改动`), { code: 'restore.invalid_dump' });
}

/** The header of a version 2 dump when `file` starts with one (read from the first 64 KB), else null. */
export function readDumpHeader(file: string): DumpHeader | null {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    const newline = head.subarray(0, n).indexOf(0x0a);
    if (newline < 0) return null;
    const first = JSON.parse(head.subarray(0, newline).toString('utf8')) as Partial<DumpHeader> | null;
    return first?.format === 'duban-dump' && first.version === 2 && Array.isArray(first.tables) ? (first as DumpHeader) : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Rows of a version 2 dump file, read line by line; throws unless the file ends with its end line and row count. */
export async function* dumpFileRows(file: string): AsyncGenerator<DumpRow> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  let rows = 0;
  let end: DumpEnd | null = null;
  try {
    for await (const line of lines) {
      lineNo++;
      if (lineNo === 1 || line === '') continue;
      if (end) throw restoreError(`备份文件在结束标记之后还有内容（第 ${lineNo} 行）`);
      let value: Partial<DumpRow & DumpEnd>;
      try {
        value = JSON.parse(line) as Partial<DumpRow & DumpEnd>;
      } catch {
        throw restoreError(`备份文件第 ${lineNo} 行不是有效的 JSON（文件可能已损坏）`);
      }
      if (value.end === true) end = value as DumpEnd;
      else if (typeof value.t === 'string' && value.r && typeof value.r === 'object') {
        rows++;
        yield value as DumpRow;
      } else throw restoreError(`备份文件第 ${lineNo} 行不是数据行`);
    }
  } finally {
    lines.close();
  }
  if (!end) throw restoreError('备份文件不完整（缺少结束标记，可能在复制时被截断）');
  if (end.rows !== rows) throw restoreError(`备份文件应有 ${end.rows} 行数据，实际读到 ${rows} 行`);
}
