import path from 'node:path';
import { parseArgs } from 'node:util';
import { roleLabel } from '@duban/core';
import type { Command } from '../main.js';
import { loadConfigOrReport, sessionSecret } from '../config.js';
import { startServer } from '../server.js';

const SEARCH_MODE_LABELS: Record<string, string> = { 'sqlite-fts5-trigram': 'SQLite 全文索引（三字组）', pg_trgm: 'PostgreSQL 三字组索引', ilike: '逐行匹配（无索引）' };

/** `duban serve [--port 3000] [--host 127.0.0.1] [--data ./data] [--demo]`: migrates, seeds, serves. */
export const serveCommand: Command = async (argv) => {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, demo: { type: 'boolean' } } });
  const config = loadConfigOrReport({ port: values.port, host: values.host, dataDir: values.data, demo: values.demo });
  if (!config) return 2;
  const server = await startServer({
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    dataDir: config.dataDir,
    port: config.port,
    host: config.host,
    demo: config.demo,
    ...(config.adminPassword ? { adminPassword: config.adminPassword } : {}),
    sessionSecret: sessionSecret(config),
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    security: { idleTimeoutMs: config.idleMinutes * 60_000, tokenDays: config.tokenDays },
    ...(config.evidenceStorage ? { evidenceStorage: config.evidenceStorage } : {}),
    logger: { level: 'warn' },
    notificationJobs: { delivery: config.delivery, sweepMinutes: config.sweepMinutes || null, reminderDays: config.reminderDays },
  });
  const out = (s: string) => process.stdout.write(s + '\n');
  out(`数据库: ${config.databaseUrl ? 'PostgreSQL' : `SQLite (${config.dataDir})`}；全文检索: ${SEARCH_MODE_LABELS[server.searchMode] ?? server.searchMode}`);
  out(`附件存储: ${server.evidenceStorage === 'disk' ? `数据目录 (${path.join(config.dataDir, 'evidence')})` : '数据库'}`);
  if (server.searchMode === 'ilike') out('提示: PostgreSQL 未能启用 pg_trgm 扩展，全文检索退化为 ILIKE（无索引）');
  if (server.admin) {
    out(`已创建管理员账号: ${server.admin.username}`);
    if (server.admin.generated) out(`  初始密码（只显示这一次，请登录后修改）: ${server.admin.password}`);
  }
  if (server.demo?.seeded) {
    if (server.demoNote) out(server.demoNote);
    for (const p of server.demo.plans) out(`已导入并发布示例计划: ${p.title ?? p.fileName}（${p.tasks} 项任务）`);
    for (const f of server.demo.failed) out(`示例计划导入失败: ${f.fileName}: ${f.message}`);
    for (const u of server.demo.users) out(`演示账号: ${u.username} / ${u.password}（${roleLabel(u.role)}${u.unit ? `，${u.unit}` : ''}）`);
  }
  out(`督办平台已启动: ${server.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
};
