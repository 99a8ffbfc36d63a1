/** A sub-command of `duban`: receives the arguments after its name, returns the exit code. */
export type Command = (argv: string[]) => Promise<number>;

// Each command lives in its own module, loaded only when called, so `duban parse` never loads the server.
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  parse: {
    summary: '解析政策文件，输出结构化计划 (parse FILE [--json])',
    load: async () => (await import('./commands/parse.js')).parseCommand,
  },
  serve: {
    summary: '启动督办平台 (serve [--port 3000] [--host 127.0.0.1] [--data ./data] [--demo])',
    load: async () => (await import('./commands/serve.js')).serveCommand,
  },
  import: {
    summary: '导入计划文件为草稿 (import FILE [--publish])',
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  user: {
    summary: '新增用户 (user add USERNAME --role admin|liaison|leader|viewer [--unit NAME] [--password-env VAR])',
    load: async () => (await import('./commands/user.js')).userCommand,
  },
  migrate: { summary: '升级数据库结构 (migrate)', load: async () => (await import('./commands/migrate.js')).migrateCommand },
  backup: { summary: '在线备份数据库 (backup FILE)', load: async () => (await import('./commands/backup.js')).backupCommand },
  restore: { summary: '从备份恢复数据库 (restore FILE)', load: async () => (await import('./commands/backup.js')).restoreCommand },
  demo: { summary: '清空并重新生成演示数据 (demo reset --yes)', load: async () => (await import('./commands/demo.js')).demoCommand },
  audit: {
    summary: '审计日志：校验哈希链、导出、按保留期清理 (audit verify|export|prune)',
    load: async () => (await import('./commands/audit.js')).auditCommand,
  },
};

/** Runs the `duban` command line; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const lines = Object.entries(commands).map(([n, c]) => `  duban ${n.padEnd(10)} ${c.summary}`);
    process.stdout.write(`duban — 督办\n\n用法:\n${lines.join('\n')}\n`);
    return name === undefined || name === '--help' || name === '-h' ? 0 : 2;
  }
  return (await command.load())(rest);
}
