import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '@duban/api';
import type { Command } from '../main.js';
import { loadConfigOrReport, sessionSecret } from '../config.js';
import { accountLines } from '../format/account-lines.js';

const SEARCH_MODE_LABELS: Record<string, string> = {
  'sqlite-fts5-trigram': 'SQLite 全文索引（三字组）',
  pg_trgm: 'PostgreSQL 三字组索引',
  ilike: '逐行匹配（无索引）',
};

/** `duban serve [--port 3000] [--host 127.0.0.1] [--data ./data] [--demo]`: migrates, seeds, serves. */
export const serveCommand: Command = async (argv) => {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, demo: { type: 'boolean' } },
  });
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
  out(
    `数据库: ${config.databaseUrl ? 'PostgreSQL' : `SQLite (${config.dataDir})`}；全文检索: ${SEARCH_MODE_LABELS[server.searchMode] ?? server.searchMode}`,
  );
  out(`附件存储: ${server.evidenceStorage === 'disk' ? `数据目录 (${path.join(config.dataDir, 'evidence')})` : '数据库'}`);
  if (server.searchMode === 'ilike') out('提示: PostgreSQL 未能启用 pg_trgm 扩展，全文检索退化为 ILIKE（无索引）');
  for (const line of accountLines(server.admin, server.demo, server.demoNote)) out(line);
  out(`督办平台已启动: ${server.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
};
