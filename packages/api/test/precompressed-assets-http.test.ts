// The web build writes .br and .gz copies of its files (packages/web/precompress-plugin.ts); the server sends the copy
// the browser accepts, as stored, with the year-long cache of hashed files, and the original to a client that
// accepts neither. Each copy here holds a different text, so the answer shows which file was sent.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';

const ORIGINAL = `console.log(${JSON.stringify('原文件'.repeat(800))});`;
const BROTLI_COPY = `console.log(${JSON.stringify('预压缩 br'.repeat(800))});`;
const GZIP_COPY = `console.log(${JSON.stringify('预压缩 gz'.repeat(800))});`;

const [target] = await serverTargets();
describe.skipIf(Boolean(target!.skipReason))('pre-compressed web assets over HTTP', () => {
  let s: TestServer;
  let web: string;
  let client: TestClient;
  beforeAll(async () => {
    web = mkdtempSync(path.join(tmpdir(), 'duban-web-pre-'));
    mkdirSync(path.join(web, 'assets'), { recursive: true });
    writeFileSync(
      path.join(web, 'index.html'),
      '<!doctype html><title>督办</title><script type="module" src="/assets/app-5e1d2c.js"></script>',
    );
    writeFileSync(path.join(web, 'assets', 'app-5e1d2c.js'), ORIGINAL);
    writeFileSync(path.join(web, 'assets', 'app-5e1d2c.js.br'), brotliCompressSync(BROTLI_COPY));
    writeFileSync(path.join(web, 'assets', 'app-5e1d2c.js.gz'), gzipSync(GZIP_COPY));
    s = await target!.start({ webDist: web });
    client = new TestClient(s.url);
  });
  afterAll(async () => {
    await s?.dispose();
    if (web) rmSync(web, { recursive: true, force: true });
  });

  it('sends the brotli copy to a browser that accepts br, cached for a year', async () => {
    const r = await client.request('GET', '/assets/app-5e1d2c.js', undefined, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-encoding')).toBe('br');
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(r.headers.get('content-type')).toMatch(/javascript/);
    expect(r.text).toBe(BROTLI_COPY);
  });

  it('sends the gzip copy when only gzip is accepted, and the original when neither is', async () => {
    const gz = await client.request('GET', '/assets/app-5e1d2c.js', undefined, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.text).toBe(GZIP_COPY);
    const plain = await client.request('GET', '/assets/app-5e1d2c.js', undefined, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.text).toBe(ORIGINAL);
  });
});
