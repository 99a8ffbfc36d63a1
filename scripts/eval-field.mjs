// Scores the parser on the field corpus (eval/field/batchN/{docs,gold}): documents written blind, in the
// shapes of real published pages (see eval/field/SOURCES.md). Prints each batch's current figures and,
// from eval/field/LOG.md, the batch's first-blind figure beside them. The scorer lives outside the
// repository (../shared/eval/score.mjs); when it is absent, say so and exit 0.
//
//   node scripts/eval-field.mjs [batchN …] [--verbose]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
const cli = join(root, 'packages', 'cli', 'bin', 'duban.js');
const fieldDir = join(root, 'eval', 'field');

if (!existsSync(scorer)) {
  console.log(`未找到评分脚本 ${scorer}(需要与仓库并列的 shared/eval/score.mjs),跳过现场语料评测。`);
  process.exit(0);
}
if (!existsSync(join(root, 'packages', 'cli', 'dist'))) {
  console.log('CLI 尚未编译:请先运行 `npm run build:ts`。');
  process.exit(1);
}

const COLUMNS = ['task F1', 'lead', 'participants', 'deadline', 'indicator F1', 'meta'];

/** First-blind figures per batch, read from the LOG.md table (columns after `docs`, in COLUMNS order). */
function firstBlind() {
  const log = join(fieldDir, 'LOG.md');
  const out = new Map();
  if (!existsSync(log)) return out;
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | batch | date | commit | docs | 6 figures | kind |  → cells[0] and the last cell are empty
    if (cells.length < 13 || !/^batch\d+$/.test(cells[1]) || !/first-blind/.test(cells[11])) continue;
    if (!out.has(cells[1])) out.set(cells[1], { date: cells[2], commit: cells[3], figures: cells.slice(5, 11).map(Number) });
  }
  return out;
}

function score(batch, verbose) {
  const args = [
    scorer,
    '--gold', join(fieldDir, batch, 'gold'),
    '--docs', join(fieldDir, batch, 'docs'),
    '--run', `node ${JSON.stringify(cli)} parse {file} --json`,
    '--json',
    ...(verbose ? ['--verbose'] : []),
  ];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`评分失败(${batch}):${r.stderr.trim()}`);
  const s = JSON.parse(r.stdout);
  return {
    summary: s,
    figures: [s.task.f1, s.endToEnd.lead, s.endToEnd.participants, s.endToEnd.deadline, s.indicator.f1, s.meta],
  };
}

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const named = argv.filter((a) => !a.startsWith('--'));
const batchNo = (b) => Number(b.replace(/\D/g, ''));
const batches = (named.length > 0 ? named : readdirSync(fieldDir).filter((d) => /^batch\d+$/.test(d))).sort(
  (a, b) => batchNo(a) - batchNo(b),
);
if (batches.length === 0) {
  console.log('eval/field 下还没有批次。');
  process.exit(0);
}

const blind = firstBlind();
const fmt = (xs) => xs.map((x) => (Number.isFinite(x) ? x.toFixed(1).padStart(6) : '     -')).join(' ');
console.log(`${'batch'.padEnd(8)} ${'docs'.padStart(4)}  ${'run'.padEnd(22)} ${COLUMNS.map((c) => c.slice(0, 6).padStart(6)).join(' ')}`);
let status = 0;
for (const batch of batches) {
  let current;
  try {
    current = score(batch, verbose);
  } catch (e) {
    console.log(`${batch.padEnd(8)} ${String(e.message)}`);
    status = 1;
    continue;
  }
  const docs = String(current.summary.docs).padStart(4);
  const fb = blind.get(batch);
  if (fb) console.log(`${batch.padEnd(8)} ${docs}  ${`first-blind ${fb.commit}`.padEnd(22)} ${fmt(fb.figures)}`);
  console.log(`${(fb ? '' : batch).padEnd(8)} ${fb ? '    ' : docs}  ${'current'.padEnd(22)} ${fmt(current.figures)}`);
  if (current.summary.failedDocs > 0) console.log(`         failed documents: ${current.summary.failedDocs}`);
  if (verbose) {
    for (const d of current.summary.perDoc) for (const m of d.misses ?? []) console.log(`    ${d.document}: ${m}`);
  }
}
const latest = batches[batches.length - 1];
const latestBlind = blind.get(latest);
if (latestBlind) {
  console.log(`\nlatest batch ${latest}: first-blind task F1 ${latestBlind.figures[0].toFixed(1)} (${latestBlind.date}, ${latestBlind.commit}) — the figure that counts.`);
}
process.exit(status);
