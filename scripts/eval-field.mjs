// Scores the parser on the field corpus (eval/field/batchN/{docs,gold}): documents written blind, in the
// shapes of real published pages (see eval/field/SOURCES.md). Prints each batch's current figures and,
// from eval/field/LOG.md, the batch's first-blind figure beside them. The scorer lives outside the
// repository (../shared/eval/score.mjs); when it is absent, say so and exit 0.
//
//   node scripts/eval-field.mjs [batchN …] [--verbose]
//   node scripts/eval-field.mjs --check      (gold well-formed and every key found in its document; no engine run)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
const cli = join(root, 'packages', 'cli', 'bin', 'duban.js');
const fieldDir = join(root, 'eval', 'field');

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = new Set(['task', 'safeguard', 'step']);
const COMPARATORS = new Set(['>=', '<=', '=', 'decrease_by', 'increase_by']);
const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');
/**
 * Text of a document as the reader sees it: HTML tags dropped and entities decoded (enough for keys).
 * A binary document (.docx, .xlsx, .pdf…) is checked against the source it was made from, kept as
 * `src/<name>.html` or `src/<name>.txt` beside the batch's `docs/`.
 */
function plainText(file) {
  if (!/\.(txt|html?)$/i.test(file)) {
    const base = join(dirname(dirname(file)), 'src', file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
    const source = ['.html', '.txt'].map((ext) => base + ext).find((f) => existsSync(f));
    if (!source) throw new Error(`${file}: no src/ source to check its gold against`);
    return plainText(source);
  }
  const raw = decodeDeclared(readFileSync(file));
  if (!/\.html?$/i.test(file)) return raw;
  return raw
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A page's bytes as text, in the charset its `<meta>` declares (GBK pages are common on county sites). */
function decodeDeclared(bytes) {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  return new TextDecoder(/^(gb2312|gbk|gb18030)$/.test(charset) ? 'gb18030' : 'utf-8').decode(bytes);
}

/** Problems in one batch's gold: malformed fields, or keys that do not occur in the document. */
function checkBatch(batch) {
  const problems = [];
  const goldDir = join(fieldDir, batch, 'gold');
  for (const name of readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8'));
    const doc = join(fieldDir, batch, 'docs', gold.document ?? '');
    if (!gold.document || !existsSync(doc)) {
      problems.push(`${batch}/${name}: document ${gold.document} missing`);
      continue;
    }
    const text = norm(plainText(doc));
    const say = (what) => problems.push(`${batch}/${gold.document}: ${what}`);
    if (gold.meta?.date != null && !ISO.test(gold.meta.date)) say(`meta.date ${gold.meta.date}`);
    for (const t of gold.tasks ?? []) {
      if (!t.key || !text.includes(norm(t.key))) say(`task key not in document: ${t.key}`);
      if (!KINDS.has(t.kind)) say(`kind ${t.kind} @ ${t.key}`);
      if (!Array.isArray(t.lead) || !Array.isArray(t.participants)) say(`units not lists @ ${t.key}`);
      if (!Array.isArray(t.due) || t.due.some((d) => !ISO.test(d))) say(`due ${JSON.stringify(t.due)} @ ${t.key}`);
    }
    for (const i of gold.indicators ?? []) {
      if (!i.key || !text.includes(norm(i.key))) say(`indicator key not in document: ${i.key}`);
      if (!COMPARATORS.has(i.comparator)) say(`comparator ${i.comparator} @ ${i.key}`);
      if (typeof i.target !== 'number') say(`target ${i.target} @ ${i.key}`);
      if (i.due != null && !ISO.test(i.due)) say(`due ${i.due} @ ${i.key}`);
    }
  }
  return problems;
}

if (process.argv.includes('--check')) {
  const batches = readdirSync(fieldDir).filter((d) => /^batch\d+$/.test(d));
  const problems = batches.flatMap(checkBatch);
  for (const p of problems) console.log(p);
  console.log(problems.length === 0 ? `现场语料金标准检查通过(${batches.length} 批)。` : `发现 ${problems.length} 个问题。`);
  process.exit(problems.length === 0 ? 0 : 1);
}

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
    '--gold',
    join(fieldDir, batch, 'gold'),
    '--docs',
    join(fieldDir, batch, 'docs'),
    '--run',
    `node ${JSON.stringify(cli)} parse {file} --json`,
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
  console.log(
    `\nlatest batch ${latest}: first-blind task F1 ${latestBlind.figures[0].toFixed(1)} (${latestBlind.date}, ${latestBlind.commit}) — the figure that counts.`,
  );
}
process.exit(status);
