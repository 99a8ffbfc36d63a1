import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSamples, refuseWhileServing, SAMPLES_DIR } from '@duban/api';
import { ensureAdmin, openRuntime, recordDemoReset, seedDemo } from '@duban/services';
import { dropAllTables, getSetting } from '@duban/storage';
import type { Command } from '../main.js';
import { loadConfigOrReport, sessionSecret } from '../config.js';
import { accountLines } from '../format/account-lines.js';

const USAGE = '用法: duban demo reset --yes [--data DIR]  清空演示数据库并重新生成演示数据';

/**
 * `duban demo reset --yes [--data DIR]`: empties a demo database (only one the demo seeded: a real office's data is
 * never touched) with its stored evidence files, then seeds the demo again and prints the new accounts.
 */
export const demoCommand: Command = async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { data: { type: 'string' }, yes: { type: 'boolean' } },
  });
  if (positionals[0] !== 'reset') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!values.yes) {
    process.stderr.write(`将删除演示数据库中的全部数据（计划、报送、附件、账号），确认请加 --yes\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfigOrReport({ dataDir: values.data });
  if (!config) return 2;
  if (refuseWhileServing(config.dataDir, '重置')) return 1;
  const open = () => openRuntime({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, secret: sessionSecret(config) });
  const before = await open();
  try {
    if (!(await getSetting(before.open.db, 'demo_seeded'))) {
      process.stderr.write('该数据库不是演示数据库（没有演示数据标记），为防止误删真实数据，已拒绝重置\n');
      return 1;
    }
    await dropAllTables(before.open.db);
  } finally {
    await before.close();
  }
  rmSync(path.join(config.dataDir, 'evidence'), { recursive: true, force: true });
  const rt = await open();
  try {
    await recordDemoReset(rt.ctx);
    const admin = await ensureAdmin(rt.ctx, rt.services, config.adminPassword);
    const samples = readSamples(SAMPLES_DIR);
    const demo = await seedDemo(rt.ctx, rt.services, samples);
    process.stdout.write('演示数据库已清空并重新生成\n');
    for (const line of accountLines(admin, demo, samples.length === 0 ? `没有找到示例计划（${SAMPLES_DIR}），未导入任何计划` : null))
      process.stdout.write(`${line}\n`);
    return 0;
  } finally {
    await rt.close();
  }
};
