// Scores the parser on the blind hold-out set in eval/holdout2 (a second set of documents the parser was never tuned on).
// The scorer lives outside the repository (../shared/eval/score.mjs); when it is absent, say so and exit 0
// so `node scripts/eval-holdout2.mjs` never breaks a checkout that has only the repository.
//
//   node scripts/eval-holdout2.mjs [--verbose] [--json]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
const cli = join(root, 'packages', 'cli', 'bin', 'duban.js');

if (!existsSync(scorer)) {
  console.log(`未找到评分脚本 ${scorer}(需要与仓库并列的 shared/eval/score.mjs),跳过 hold-out 评测。`);
  process.exit(0);
}
if (!existsSync(join(root, 'packages', 'cli', 'dist'))) {
  console.log('CLI 尚未编译:请先运行 `npm run build:ts`。');
  process.exit(1);
}

const args = [
  scorer,
  '--gold', join(root, 'eval', 'holdout2', 'gold'),
  '--docs', join(root, 'eval', 'holdout2', 'docs'),
  '--run', `node ${JSON.stringify(cli)} parse {file} --json`,
  ...process.argv.slice(2),
];
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
