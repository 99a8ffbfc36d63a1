/** A sub-command of `duban`: receives the arguments after its name, returns the exit code. */
export type Command = (argv: string[]) => Promise<number>;

// Each command lives in its own module, loaded only when called, so `duban parse` never loads the server.
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  parse: { summary: '解析政策文件，输出结构化计划 (parse FILE [--json])', load: async () => (await import('./commands/parse.js')).parseCommand },
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
