import { readFile } from 'node:fs/promises';
import { isDocumentError, parsePlan } from '@duban/core';
import type { Command } from '../main.js';
import { renderPlan } from '../format/plan-table.js';

/** Where the parse command reads and writes; the real process by default, buffers in tests. */
export interface ParseIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readStdin: () => Promise<Uint8Array>;
  readFile: (path: string) => Promise<Uint8Array>;
  columns?: number;
}

const USAGE =
  '用法: duban parse FILE|- [--json]\n  FILE  政策文件(.txt/.html/.docx/.doc/.wps/.xlsx/.xls/.et/.pdf);"-" 表示从标准输入读取\n  --json  输出计划 JSON\n';

/**
 * `duban parse FILE [--json]`: prints the extracted plan as tables, or as JSON with --json.
 * Problems with the file (missing, a directory, empty, binary, unreadable) give one Chinese line on
 * stderr and exit code 1; bad usage gives exit code 2.
 */
export async function runParse(argv: string[], io: ParseIo): Promise<number> {
  const json = argv.includes('--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const unknown = argv.find((a) => a.startsWith('-') && a !== '-' && a !== '--json');
  const files = argv.filter((a) => !a.startsWith('-') || a === '-');
  if (unknown || files.length !== 1) {
    io.stderr.write(unknown ? `错误: 未知选项: ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  const file = files[0] ?? '-';
  try {
    const bytes = file === '-' ? await io.readStdin() : await io.readFile(file);
    const { source: _source, ...plan } = await parsePlan({ bytes, fileName: file === '-' ? 'stdin' : file });
    io.stdout.write(json ? JSON.stringify(plan, null, 2) + '\n' : renderPlan(plan, io.columns));
    return 0;
  } catch (error) {
    io.stderr.write(`错误: ${describe(error, file === '-' ? '标准输入' : file)}\n`);
    if (process.env.DUBAN_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

/** One Chinese line for what went wrong. */
function describe(error: unknown, file: string): string {
  if (isDocumentError(error)) return `${error.message.replace(/[。.]$/, '')}: ${file}`;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return `文件不存在: ${file}`;
  if (code === 'EISDIR') return `这是一个目录,不是文件: ${file}`;
  if (code === 'EACCES' || code === 'EPERM') return `没有读取权限: ${file}`;
  if (code === 'ERR_FS_FILE_TOO_LARGE') return `文件太大: ${file}`;
  return `解析失败: ${file}: ${error instanceof Error ? error.message : String(error)}`;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The `duban parse` command on the real process streams and file system. */
export const parseCommand: Command = (argv) => {
  // `duban parse plan.txt | head`: a reader that stops early is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return runParse(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    readFile: (p) => readFile(p),
    columns: process.stdout.columns,
  });
};
