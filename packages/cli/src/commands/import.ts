import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isDomainError, openRuntime, systemActor } from '@duban/services';
import type { Command } from '../main.js';
import { loadConfigOrReport, sessionSecret } from '../config.js';

/** `duban import FILE [--publish] [--data DIR]`: imports a plan document into a draft (or publishes it). */
export const importCommand: Command = async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { publish: { type: 'boolean' }, data: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('用法: duban import FILE [--publish]\n');
    return 2;
  }
  const config = loadConfigOrReport({ dataDir: values.data });
  if (!config) return 2;
  const rt = await openRuntime({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, secret: sessionSecret(config) });
  try {
    const bytes = await readFile(file);
    const plan = await rt.services.plans.importPlan(
      systemActor,
      { fileName: path.basename(file), bytes },
      { publish: Boolean(values.publish) },
    );
    process.stdout.write(
      `${values.publish ? '已导入并发布' : '已导入为草稿'}: ${plan.title ?? path.basename(file)}\n  计划 ID: ${plan.id}\n  任务 ${plan.taskCount} 项，指标 ${plan.indicatorCount} 项，提示 ${plan.diagnostics.length} 条\n`,
    );
    if (plan.unresolvedUnits.length) process.stdout.write(`  未对应到名录的单位: ${plan.unresolvedUnits.join('、')}\n`);
    return 0;
  } catch (e) {
    if (isDomainError(e)) {
      process.stderr.write(`导入失败: ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    await rt.close();
  }
};
