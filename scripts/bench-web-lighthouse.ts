// Lighthouse (from npm) against Debian's chromium, for bench:web: Performance and Accessibility of signed-in pages
// in Lighthouse's mobile preset (simulated slow 4G and a 4× slower CPU) and its desktop preset.
import lighthouse, { desktopConfig } from 'lighthouse';
import { launch } from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The scores (0–100) and the main timings (ms) of one Lighthouse run. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  tti: number;
  failedA11y: string[];
}

/** Signs in through the API and returns the Cookie header that carries the session. */
export async function sessionCookie(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login of ${username} failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Runs Lighthouse once on `url` with the session `cookie`, in the mobile or the desktop preset. */
export async function lighthouseRun(
  chromePath: string,
  url: string,
  cookie: string,
  formFactor: 'mobile' | 'desktop',
): Promise<LighthouseFigures> {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const flags = {
      port: chrome.port,
      output: 'json' as const,
      logLevel: 'error' as const,
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: { Cookie: cookie },
    };
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    // BENCH_WEB_REPORTS=<dir> keeps each full report (LCP element, request chain, main-thread breakdown) for study.
    const reports = process.env.BENCH_WEB_REPORTS;
    if (reports) {
      mkdirSync(reports, { recursive: true });
      const name = `${formFactor}-${new URL(url).pathname.split('/')[1] || 'home'}.json`;
      writeFileSync(path.join(reports, name), typeof result.report === 'string' ? result.report : JSON.stringify(result.lhr));
    }
    const ms = (id: string) => Math.round(audits[id]?.numericValue ?? NaN);
    const a11yRefs = categories.accessibility?.auditRefs ?? [];
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      fcp: ms('first-contentful-paint'),
      lcp: ms('largest-contentful-paint'),
      tbt: ms('total-blocking-time'),
      tti: ms('interactive'),
      failedA11y: a11yRefs.filter((r) => r.weight > 0 && audits[r.id]?.score === 0).map((r) => r.id),
    };
  } finally {
    chrome.kill();
  }
}
