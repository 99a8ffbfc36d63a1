import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/index.js';
import { TestClient } from './support/http-client.js';
import { ADMIN_PASSWORD } from './support/servers.js';

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name] = values;
  }
  return out;
}

describe('security headers', () => {
  let dir: string;
  let s: RunningServer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'duban-headers-'));
    const web = path.join(dir, 'web');
    mkdirSync(path.join(web, 'assets'), { recursive: true });
    writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>督办</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(path.join(web, 'assets', 'app.js'), 'console.log(1)');
    s = await startServer({ dataDir: dir, port: 0, adminPassword: ADMIN_PASSWORD, webDist: web });
  });
  afterAll(async () => {
    await s?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('sends a Content-Security-Policy that allows only same-origin scripts with the web app, its assets and the API', async () => {
    const anonymous = new TestClient(s.url);
    const admin = new TestClient(s.url);
    await admin.login('admin', ADMIN_PASSWORD);
    const responses = {
      index: await anonymous.get('/'),
      spaFallback: await anonymous.get('/admin/units'),
      asset: await anonymous.get('/assets/app.js'),
      apiJson: await admin.get('/api/units'),
      apiError: await anonymous.get('/api/units'),
      apiUnknown: await anonymous.get('/api/nope'),
    };
    expect(responses.index.text).toContain('<title>督办</title>');
    expect(responses.spaFallback.text).toContain('<title>督办</title>');
    expect([responses.apiJson.status, responses.apiError.status, responses.apiUnknown.status]).toEqual([200, 401, 404]);
    for (const [what, r] of Object.entries(responses)) {
      const csp = directives(r.headers.get('content-security-policy'));
      expect({ what, csp }).toEqual({
        what,
        csp: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
        },
      });
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
