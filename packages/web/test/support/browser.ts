/**
 * Browser test support: find Debian's chromium, launch it headless with the flags the project uses, and make sure
 * the web build exists (and is not older than its sources) before a browser test loads it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.DUBAN_CHROMIUM ?? '/usr/bin/chromium';
export const webRoot = fileURLToPath(new URL('../..', import.meta.url));
export const distDir = join(webRoot, 'dist');
export const repoRoot = join(webRoot, '../..');

/** Whether a chromium binary is present. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * Decide whether browser tests run: true when chromium exists; false (with a printed reason) when it does not;
 * under CI=true a missing chromium is a failure, not a skip.
 */
export function browserAvailable(): boolean {
  if (hasChromium()) return true;
  const why = `chromium not found at ${CHROMIUM}: browser tests skipped (apt-get install -y chromium fonts-noto-cjk)`;
  if (process.env.CI === 'true') throw new Error(`${why} — not allowed under CI=true`);
  console.warn(why);
  return false;
}

/** Launch headless chromium with the project's flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

/** Build packages/web when dist is missing or older than src/, index.html or vite.config.ts. */
export function ensureWebBuild(): void {
  const built = join(distDir, 'index.html');
  const srcTime = Math.max(
    newest(join(webRoot, 'src')),
    statSync(join(webRoot, 'index.html')).mtimeMs,
    statSync(join(webRoot, 'vite.config.ts')).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs >= srcTime) return;
  // The build users get: under vitest NODE_ENV is 'test', which would make Vite bundle React's development build.
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: webRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
