import { parseArgs } from 'node:util';
import { openRuntime } from '@duban/services';
import type { Command } from '../main.js';
import { loadConfigOrReport, sessionSecret } from '../config.js';

/** `duban migrate [--data DIR]`: brings the database schema up to date. */
export const migrateCommand: Command = async (argv) => {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' } } });
  const config = loadConfigOrReport({ dataDir: values.data });
  if (!config) return 2;
  const rt = await openRuntime({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, secret: sessionSecret(config) });
  await rt.close();
  process.stdout.write(rt.migrated.length ? `已执行迁移: ${rt.migrated.join(', ')}\n` : '数据库已是最新结构\n');
  return 0;
};
