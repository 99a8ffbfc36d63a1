import { parseArgs } from 'node:util';
import { backupDatabase, openDatabase, restoreDatabase } from '@duban/storage';
import type { Command } from '../main.js';
import { loadConfigOrReport } from '../config.js';

/** `duban backup FILE`: a consistent online backup (SQLite file, or a JSON dump for PostgreSQL). */
export const backupCommand: Command = async (argv) => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' } } });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('用法: duban backup FILE\n');
    return 2;
  }
  const config = loadConfigOrReport({ dataDir: values.data });
  if (!config) return 2;
  const open = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const { kind } = await backupDatabase(open, file);
    process.stdout.write(`已备份到 ${file}（${kind === 'sqlite' ? 'SQLite 数据库文件' : 'JSON 导出'}）\n`);
    return 0;
  } finally {
    await open.close();
  }
};

/** `duban restore FILE`: replaces all data with a backup (stop the server first). */
export const restoreCommand: Command = async (argv) => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' } } });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('用法: duban restore FILE\n');
    return 2;
  }
  const config = loadConfigOrReport({ dataDir: values.data });
  if (!config) return 2;
  const { kind } = await restoreDatabase({ url: config.databaseUrl, dataDir: config.dataDir }, file);
  process.stdout.write(`已从 ${file} 恢复（${kind === 'sqlite' ? 'SQLite 数据库文件' : 'JSON 导出'}）\n`);
  return 0;
};
