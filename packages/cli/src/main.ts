import { readFile } from 'node:fs/promises';
import { parsePlan } from '@duban/core';

/** Runs the `duban` command line; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'parse') {
    const file = rest.find((a) => !a.startsWith('--'));
    if (!file) {
      process.stderr.write('用法: duban parse FILE [--json]\n');
      return 2;
    }
    const bytes = await readFile(file);
    const plan = await parsePlan({ bytes, fileName: file });
    const { source: _source, ...out } = plan;
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  process.stdout.write('duban — 督办\n\n用法: duban parse FILE [--json]\n');
  return command === undefined || command === '--help' ? 0 : 2;
}
