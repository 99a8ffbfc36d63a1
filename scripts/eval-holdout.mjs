// Scores the parser on the repo's own hand-checked documents of other places (eval/holdout*/{docs,gold}),
// each set written blind from the spec, without reading the parser. The scorer lives outside the repository
// (../shared/eval/score.mjs); when it is absent, say so and exit 0 so a checkout with only the repository works.
//
//   node scripts/eval-holdout.mjs [SET …] [--verbose] [--json]     (SET: holdout, holdout2; default all)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sets =
  named.length > 0
    ? named
    : readdirSync(join(root, 'eval'))
        .filter((d) => d.startsWith('holdout'))
        .sort();
let status = 0;
for (const set of sets) {
  console.log(`== ${set}`);
  const args = [
    scorer,
    '--gold',
    join(root, 'eval', set, 'gold'),
    '--docs',
    join(root, 'eval', set, 'docs'),
    '--run',
    `node ${JSON.stringify(cli)} parse {file} --json`,
    ...flags,
  ];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  status ||= r.status ?? 1;
}
process.exit(status);
