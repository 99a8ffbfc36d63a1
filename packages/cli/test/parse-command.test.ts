import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runParse, type ParseIo } from '../src/commands/parse.js';

const PLAN = `健康城市建设2021年工作要点
一、重点任务
1.加强健康知识传播。组织制作科普作品(市卫生健康委、市委宣传部,排在首位的为牵头单位,下同)
2.推进全民健身。年底前建成健身步道10公里(市体育局)
市卫生健康委
2021年3月18日`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duban-parse-'));
  await writeFile(join(dir, 'plan.txt'), PLAN);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(
    join(dir, 'binary.txt'),
    Uint8Array.from({ length: 2048 }, (_, i) => (i * 131) % 256),
  );
  await writeFile(join(dir, 'broken.docx'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]));
});

function capture(stdin = ''): { io: ParseIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
      readStdin: async () => new TextEncoder().encode(stdin),
      readFile: async (p: string) => new Uint8Array(await readFile(p)),
      columns: 100,
    },
    out: () => out,
    err: () => err,
  };
}

describe('duban parse', () => {
  it('prints the plan JSON with --json', async () => {
    const c = capture();
    expect(await runParse([join(dir, 'plan.txt'), '--json'], c.io)).toBe(0);
    const plan = JSON.parse(c.out());
    expect(plan.meta.title).toBe('健康城市建设2021年工作要点');
    expect(plan.meta.date).toBe('2021-03-18');
    expect(Array.isArray(plan.tasks)).toBe(true);
    expect(c.err()).toBe('');
  });

  it('prints readable Chinese tables without --json', async () => {
    const c = capture();
    expect(await runParse([join(dir, 'plan.txt')], c.io)).toBe(0);
    expect(c.out()).toMatch(/标题: 健康城市建设2021年工作要点/);
    expect(c.out()).toMatch(/成文日期: 2021-03-18/);
    expect(c.out()).toMatch(/任务 \(\d+\)/);
    expect(c.out()).toMatch(/指标 \(\d+\)/);
    expect(c.out()).toMatch(/│ 1 +│ 任务 │ 加强健康知识传播/);
    expect(c.out()).toMatch(/市卫生健康委/);
  });

  it('reads standard input for "-"', async () => {
    const c = capture(PLAN);
    expect(await runParse(['-', '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out()).meta.issuer).toBe('市卫生健康委');
  });

  it.each([
    ['missing.txt', /^错误: 文件不存在: .*missing\.txt\n$/],
    ['empty.txt', /^错误: 文件是空的: .*empty\.txt\n$/],
    ['binary.txt', /^错误: 文件是二进制数据.*binary\.txt\n$/],
    ['broken.docx', /^错误: Word 文档已损坏.*broken\.docx\n$/],
    ['.', /^错误: 这是一个目录,不是文件: /],
  ])('fails on %s with one Chinese line and exit code 1', async (name, message) => {
    const c = capture();
    expect(await runParse([join(dir, name)], c.io)).toBe(1);
    expect(c.err()).toMatch(message);
    expect(c.err().split('\n').filter(Boolean)).toHaveLength(1);
    expect(c.out()).toBe('');
  });

  it('rejects bad usage with exit code 2', async () => {
    const none = capture();
    expect(await runParse([], none.io)).toBe(2);
    expect(none.err()).toMatch(/^用法: duban parse/);
    const unknown = capture();
    expect(await runParse(['plan.txt', '--xml'], unknown.io)).toBe(2);
    expect(unknown.err()).toMatch(/未知选项: --xml/);
  });
});

const bin = fileURLToPath(new URL('../bin/duban.js', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../dist/commands/parse.js', import.meta.url)));

describe.skipIf(!built)('duban parse as a process (needs npm run build:ts)', () => {
  it('exits non-zero with a single stderr line and no stack trace for a missing file', async () => {
    const run = promisify(execFile);
    const error = await run(process.execPath, [bin, 'parse', join(dir, 'nope.txt')]).catch(
      (e: unknown) => e as { code: number; stderr: string; stdout: string },
    );
    expect(error).toMatchObject({ code: 1 });
    const { stderr } = error as { stderr: string };
    expect(stderr.trim()).toMatch(/^错误: 文件不存在: /);
    expect(stderr).not.toMatch(/\bat\s+\S+\s+\(/);
  });
});
