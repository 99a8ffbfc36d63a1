import { readFile } from 'node:fs/promises';
import { parsePlan } from '@duban/core';
import type { Command } from '../main.js';

/** `duban parse FILE [--json]`: prints the extracted plan. */
export const parseCommand: Command = async (argv) => {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('用法: duban parse FILE [--json]\n');
    return 2;
  }
  const bytes = await readFile(file);
  const { source: _source, ...out } = await parsePlan({ bytes, fileName: file });
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return 0;
};
