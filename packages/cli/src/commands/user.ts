import { parseArgs } from 'node:util';
import { generatePassword, isDomainError, openRuntime, systemActor } from '@duban/services';
import type { Command } from '../main.js';
import { loadConfigOrReport, sessionSecret } from '../config.js';

const ROLES = ['admin', 'liaison', 'leader', 'viewer'] as const;

/** `duban user add USERNAME --role admin|liaison|leader|viewer [--unit NAME] [--password-env VAR]`. */
export const userCommand: Command = async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      unit: { type: 'string' },
      'password-env': { type: 'string' },
      data: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const [action, username] = positionals;
  const role = values.role as (typeof ROLES)[number] | undefined;
  if (action !== 'add' || !username || !role || !ROLES.includes(role)) {
    process.stderr.write(
      '用法: duban user add USERNAME --role admin|liaison|leader|viewer [--unit 单位名称] [--password-env 环境变量名]\n',
    );
    return 2;
  }
  const envVar = values['password-env'];
  const password = envVar ? process.env[envVar] : generatePassword();
  if (!password) {
    process.stderr.write(`环境变量 ${envVar} 未设置\n`);
    return 2;
  }
  const config = loadConfigOrReport({ dataDir: values.data });
  if (!config) return 2;
  const rt = await openRuntime({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, secret: sessionSecret(config) });
  try {
    let unitId: string | null = null;
    if (values.unit) {
      const exact = (await rt.services.units.suggest(systemActor, values.unit)).filter((s) => s.match !== 'similar');
      if (exact.length !== 1) {
        process.stderr.write(exact.length ? `单位名称“${values.unit}”对应多个单位，请写全称\n` : `单位名录中没有“${values.unit}”\n`);
        return 1;
      }
      unitId = exact[0]!.unit.id;
    }
    const user = await rt.services.users.create(systemActor, {
      username,
      displayName: values.name ?? null,
      password,
      roles: [{ role, unitId }],
      mustChangePassword: !envVar,
    });
    process.stdout.write(`已创建用户 ${user.username}（${role}${user.unitName ? `，${user.unitName}` : ''}）\n`);
    if (!envVar) process.stdout.write(`  初始密码（只显示这一次）: ${password}\n`);
    return 0;
  } catch (e) {
    if (isDomainError(e)) {
      process.stderr.write(`创建失败: ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    await rt.close();
  }
};
