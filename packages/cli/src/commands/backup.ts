import { parseArgs } from 'node:util';
import { refuseWhileServing } from '@duban/api';
import { backupDatabase, openDatabase, restoreDatabase } from '@duban/storage';
import type { Command } from '../main.js';
import { loadConfigOrReport } from '../config.js';

/**
 * `duban backup FILE [--json]`: a consistent online backup (SQLite file, or a JSON dump for PostgreSQL or
 * with `--json`) that also holds the evidence files kept under the data directory. Fails (exit 1, no file
 * written) if any of them is missing or damaged.
 */
export const backupCommand: Command = async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { data: { type: 'string' }, json: { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('用法: duban backup FILE [--json]\n');
    return 2;
  }
  const config = loadConfigOrReport({ dataDir: values.data });
  if (!config) return 2;
  const open = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    let result;
    try {
      result = await backupDatabase(open, file, { dataDir: config.dataDir, ...(values.json ? { format: 'json' as const } : {}) });
    } catch (e) {
      const message = (e as Error).message;
      process.stderr.write(`${message.startsWith('备份失败') ? message : `备份失败：${message}`}\n`);
      return 1;
    }
    const kind = result.kind === 'sqlite' ? 'SQLite 数据库文件' : 'JSON 导出';
    process.stdout.write(`已备份到 ${file}（${kind}，含 ${result.evidence} 个附件）\n`);
    return 0;
  } finally {
    await open.close();
  }
};

/**
 * `duban restore FILE`: replaces all data with a backup, or changes nothing (exit 1) when the backup is damaged or
 * from an unknown schema version; an SQLite database replaced is kept as `duban.sqlite.before-restore`. Refuses (exit 1, nothing touched) while a server marks the
 * data directory as in use (`DATA_DIR/run/`, see run-marker.ts); markers of dead processes are removed and do not
 * block. With PostgreSQL only servers using this data directory are seen.
 */
export const restoreCommand: Command = async (argv) => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' } } });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('用法: duban restore FILE\n');
    return 2;
  }
  const config = loadConfigOrReport({ dataDir: values.data });
  if (!config) return 2;
  if (refuseWhileServing(config.dataDir, '恢复')) return 1;
  let kind: 'sqlite' | 'json';
  try {
    ({ kind } = await restoreDatabase({ url: config.databaseUrl, dataDir: config.dataDir }, file));
  } catch (e) {
    const message = (e as Error).message;
    process.stderr.write(`${message.startsWith('恢复失败') ? message : `恢复失败：${message}`}\n`);
    return 1;
  }
  const kept = kind === 'sqlite' ? '；原数据库已保留为 duban.sqlite.before-restore' : '';
  process.stdout.write(`已从 ${file} 恢复（${kind === 'sqlite' ? 'SQLite 数据库文件' : 'JSON 导出'}${kept}）\n`);
  return 0;
};
