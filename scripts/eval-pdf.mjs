// Scores the parser on PDF (or .docx) twins of the seeds and of the field corpus: every document is converted
// by LibreOffice (PDF: text layer, HTML tables become ruled tables; .docx: paragraphs and real tables) and both
// the original and the twin are scored with ../shared/eval/score.mjs, side by side with the delta. Twins are
// cached outside the repository (os.tmpdir()/duban-eval-pdf, keyed by the document's hash and the target).
// Skips with a message when soffice or the scorer is absent.
//
//   node scripts/eval-pdf.mjs [seeds] [batchN …] [--to pdf|docx] [--verbose]
//   (--verbose: per document where the twin scores differently, its counts and the misses it adds or drops)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const cli = join(root, 'packages', 'cli', 'bin', 'duban.js');
const fieldDir = join(root, 'eval', 'field');
const cacheDir = join(tmpdir(), 'duban-eval-pdf');

if (!existsSync(scorer)) {
  console.log(`未找到评分脚本 ${scorer}(需要与仓库并列的 shared/eval/score.mjs),跳过 PDF 评测。`);
  process.exit(0);
}
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
if (soffice.error || soffice.status !== 0) {
  console.log('未找到 LibreOffice(soffice),无法把文档转换为 PDF,跳过 PDF 评测。');
  process.exit(0);
}
if (!existsSync(join(root, 'packages', 'cli', 'dist'))) {
  console.log('CLI 尚未编译:请先运行 `npm run build:ts`。');
  process.exit(1);
}

/** Every set to score: name, gold dir, docs dir. */
function allSets() {
  const sets = [];
  if (existsSync(join(shared, 'seeds'))) sets.push({ name: 'seeds', gold: join(shared, 'gold'), docs: join(shared, 'seeds') });
  if (existsSync(fieldDir)) {
    const batches = readdirSync(fieldDir).filter((d) => /^batch\d+$/.test(d));
    batches.sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
    for (const b of batches) sets.push({ name: b, gold: join(fieldDir, b, 'gold'), docs: join(fieldDir, b, 'docs') });
  }
  return sets;
}

/** The charset an HTML page declares in its <meta> (lower case), or null. */
const declaredCharset = (bytes) =>
  /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1].toLowerCase() ?? null;
const isUtf8 = (charset) => charset === null || charset === 'utf-8' || charset === 'utf8';

/** The HTML text of a page decoded in its declared charset, the declaration rewritten to UTF-8. */
function htmlAsUtf8(file) {
  const bytes = readFileSync(file);
  const charset = declaredCharset(bytes);
  if (isUtf8(charset)) return bytes.toString('utf8');
  const label = /^gb/.test(charset) ? 'gb18030' : charset;
  return new TextDecoder(label).decode(bytes).replace(/(<meta[^>]+charset\s*=\s*["']?)[\w-]+/i, '$1utf-8');
}

/** Fixed widths (pixels) past this do not fit LibreOffice's page: what lies beyond its edge is cut off. */
const PAGE_PX = 700;
const TOO_WIDE = /(<(?:table|t[dh]|col)\b[^>]*?\s)width\s*=\s*["']?(\d+)["']?/gi;

/** The page with every fixed width too wide for the page let fit it (as a browser prints it, shrunk to fit). */
const fitWidths = (html) => html.replace(TOO_WIDE, (m, head, px) => (Number(px) > PAGE_PX ? `${head}width="100%"` : m));

// A page in another charset than UTF-8 is converted from a UTF-8 copy (LibreOffice would otherwise read the
// copy we write as mojibake), and a layout wider than the page is fitted to it; the key says so, so that a
// twin cached before this was done is not reused.
const hashOf = (file) => {
  const bytes = readFileSync(file);
  const h = createHash('sha256').update(bytes).update(extname(file)).update('v2');
  if (/\.html?$/i.test(file) && !isUtf8(declaredCharset(bytes))) h.update('utf8-copy');
  if (/\.html?$/i.test(file)) {
    const html = htmlAsUtf8(file);
    if (fitWidths(html) !== html) h.update('fit-width');
  }
  return h.digest('hex').slice(0, 24);
};

/** LibreOffice export filter per target and source kind. */
const FILTERS = {
  pdf: { txt: 'pdf', html: 'pdf:writer_web_pdf_Export' },
  docx: { txt: 'docx:MS Word 2007 XML', html: 'docx:MS Word 2007 XML' },
};

/** Converts the documents that are not cached yet (one soffice run per kind), returns document → cached twin. */
function convert(files, target) {
  mkdirSync(cacheDir, { recursive: true });
  const out = new Map();
  const todo = { txt: [], html: [] };
  const work = mkdtempSync(join(tmpdir(), 'duban-eval-pdf-'));
  for (const file of files) {
    const cached = join(cacheDir, `${hashOf(file)}.${target}`);
    out.set(file, cached);
    if (existsSync(cached)) continue;
    // Copy under the hash so equal base names in different sets cannot collide.
    const kind = /\.html?$/i.test(file) ? 'html' : 'txt';
    const copy = join(work, `${hashOf(file)}.${kind === 'html' ? 'html' : 'txt'}`);
    // LibreOffice's Writer/Web export loses the first block of the body (it leaves page 1 blank), so an
    // empty paragraph goes first for it to lose.
    if (kind === 'html')
      writeFileSync(
        copy,
        fitWidths(htmlAsUtf8(file)).replace(/<body[^>]*>/i, (m) => `${m}<p>&nbsp;</p>`),
      );
    else copyFileSync(file, copy);
    todo[kind].push(copy);
  }
  // One LibreOffice profile per target, so a PDF run and a .docx run can convert side by side.
  const profile = `file://${join(cacheDir, `profile-${target}`)}`;
  for (const [kind, list] of Object.entries(todo)) {
    if (list.length === 0) continue;
    const args = [`-env:UserInstallation=${profile}`, '--headless'];
    if (kind === 'txt') args.push('--infilter=Text (encoded):UTF8,LF,,,');
    args.push('--convert-to', FILTERS[target][kind]);
    const r = spawnSync('soffice', [...args, '--outdir', cacheDir, ...list], { encoding: 'utf8', timeout: 600_000 });
    if (r.status !== 0) throw new Error(`soffice 转换失败:${r.stderr}`);
  }
  rmSync(work, { recursive: true, force: true });
  for (const [file, pdf] of out) if (!existsSync(pdf)) throw new Error(`未能转换 ${file}`);
  return out;
}

function score(gold, docs, verbose) {
  const args = [scorer, '--gold', gold, '--docs', docs, '--run', `node ${JSON.stringify(cli)} parse {file} --json`, '--json'];
  if (verbose) args.push('--verbose');
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`评分失败:${r.stderr.trim()}`);
  const s = JSON.parse(r.stdout);
  return { summary: s, figures: [s.task.f1, s.endToEnd.lead, s.endToEnd.participants, s.endToEnd.deadline, s.indicator.f1, s.meta] };
}

/** A gold dir and docs dir where every document is its PDF (or .docx) twin. */
function twinOf(set, target) {
  const dir = mkdtempSync(join(tmpdir(), `duban-eval-pdf-${set.name}-`));
  const gold = join(dir, 'gold');
  const docs = join(dir, 'docs');
  mkdirSync(gold);
  mkdirSync(docs);
  const entries = readdirSync(set.gold).filter((f) => f.endsWith('.json'));
  const golds = entries.map((f) => ({ f, g: JSON.parse(readFileSync(join(set.gold, f), 'utf8')) }));
  // A binary document (.doc, .docx, .xlsx, .pdf) is converted from the HTML it was made from (src/ beside
  // docs/); one without such a source is left out of the twin set, said so on a line of its own.
  const sourceOf = (doc) => {
    if (/\.(txt|html?)$/i.test(doc)) return join(set.docs, doc);
    const html = join(set.docs, '..', 'src', `${stem(doc)}.html`);
    if (existsSync(html)) return html;
    console.log(`跳过 ${set.name}/${doc}:二进制文档,且没有 src/${stem(doc)}.html 可转换。`);
    return null;
  };
  const kept = golds.map((x) => ({ ...x, source: sourceOf(x.g.document) })).filter((x) => x.source !== null);
  const twins = convert(
    kept.map((x) => x.source),
    target,
  );
  for (const { f, g, source } of kept) {
    const name = `${basename(g.document, extname(g.document))}.${target}`;
    copyFileSync(twins.get(source), join(docs, name));
    writeFileSync(join(gold, f), JSON.stringify({ ...g, document: name }));
  }
  return { dir, gold, docs };
}

const stem = (doc) => basename(doc, extname(doc));
const DOC_FIGURES = ['pred', 'matched', 'lead', 'participants', 'deadline', 'matchedInd', 'metaOk'];

/** Per document where the twin differs: its counts (original → twin) and the misses of one and not the other. */
function printDocDeltas(originals, twins) {
  const byStem = new Map(originals.map((d) => [stem(d.document), d]));
  for (const t of twins) {
    const o = byStem.get(stem(t.document)) ?? {};
    const changed = DOC_FIGURES.filter((k) => o[k] !== t[k]);
    const oMisses = new Set(o.misses ?? []);
    const tMisses = new Set(t.misses ?? []);
    const lost = [...tMisses].filter((m) => !oMisses.has(m));
    const gained = [...oMisses].filter((m) => !tMisses.has(m));
    if (changed.length === 0 && lost.length === 0 && gained.length === 0 && !t.error) continue;
    console.log(`  ${stem(t.document)}: ${t.error ?? changed.map((k) => `${k} ${o[k]}→${t[k]}`).join(', ')}`);
    for (const m of lost) console.log(`    - ${m}`);
    for (const m of gained) console.log(`    + ${m}`);
  }
}

const COLUMNS = ['task F1', 'lead', 'partic', 'deadl', 'ind F1', 'meta'];
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const toAt = argv.indexOf('--to');
const target = toAt >= 0 ? argv[toAt + 1] : 'pdf';
if (!(target in FILTERS)) {
  console.log(`--to 只支持 ${Object.keys(FILTERS).join('、')}。`);
  process.exit(1);
}
const named = argv.filter((a, i) => !a.startsWith('--') && !(toAt >= 0 && i === toAt + 1));
const sets = allSets().filter((s) => named.length === 0 || named.includes(s.name));
if (sets.length === 0) {
  console.log('没有可评测的集合(../shared/seeds 与 eval/field 均不存在)。');
  process.exit(0);
}
const fmt = (xs) => xs.map((x) => (Number.isFinite(x) ? x.toFixed(1).padStart(6) : '     -')).join(' ');
console.log(`${'set'.padEnd(8)} ${'docs'.padStart(4)}  ${'run'.padEnd(5)} ${COLUMNS.map((c) => c.padStart(6)).join(' ')}`);
let worst = 0;
for (const set of sets) {
  const original = score(set.gold, set.docs, verbose);
  const twin = twinOf(set, target);
  let pdf;
  try {
    pdf = score(twin.gold, twin.docs, verbose);
  } finally {
    rmSync(twin.dir, { recursive: true, force: true });
  }
  const delta = pdf.figures.map((x, i) => x - original.figures[i]);
  worst = Math.min(worst, ...delta.filter(Number.isFinite));
  console.log(`${set.name.padEnd(8)} ${String(original.summary.docs).padStart(4)}  ${'orig'.padEnd(5)} ${fmt(original.figures)}`);
  console.log(`${''.padEnd(8)} ${''.padStart(4)}  ${target.padEnd(5)} ${fmt(pdf.figures)}`);
  console.log(`${''.padEnd(8)} ${''.padStart(4)}  ${'Δ'.padEnd(5)} ${fmt(delta)}`);
  if (pdf.summary.failedDocs > 0) console.log(`         failed ${target} documents: ${pdf.summary.failedDocs}`);
  if (verbose) printDocDeltas(original.summary.perDoc, pdf.summary.perDoc);
}
console.log(`\n最大差距(${target.toUpperCase()} − 原文):${worst.toFixed(1)} 分;目标 ≥ −2。`);
