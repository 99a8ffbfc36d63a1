import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, sessionSecret } from '../src/config.js';

describe('configuration', () => {
  it('reads the environment, lets flags win, and applies defaults', () => {
    const c = loadConfig({ port: '4000' }, { DUBAN_PORT: '5000', DUBAN_DATA_DIR: '/srv/duban', DATABASE_URL: 'postgres://u@db/duban' });
    expect(c).toMatchObject({
      port: 4000,
      dataDir: '/srv/duban',
      databaseUrl: 'postgres://u@db/duban',
      host: '127.0.0.1',
      demo: false,
      trustProxy: 0,
    });
    expect(loadConfig({}, { DUBAN_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({}, { DUBAN_TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' }).trustProxy).toBe('10.0.0.1, 10.1.0.0/16');
    expect(() => loadConfig({}, { DUBAN_TRUST_PROXY: 'yes' })).toThrow(/DUBAN_TRUST_PROXY/);
    expect(loadConfig({}, {})).toMatchObject({ port: 3000, dataDir: './data' });
  });

  it('rejects bad values with every problem listed in Chinese', () => {
    expect(() => loadConfig({}, { DATABASE_URL: 'mysql://x', DUBAN_PORT: '99999', DUBAN_ADMIN_PASSWORD: 'short' })).toThrow(
      /配置有误[\s\S]*databaseUrl[\s\S]*port[\s\S]*adminPassword/,
    );
  });

  it('generates the session secret once, stores it privately in the data directory, and reuses it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'duban-config-'));
    try {
      const config = loadConfig({ dataDir: dir }, {});
      const first = sessionSecret(config);
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      expect(sessionSecret(config)).toBe(first);
      expect(readFileSync(path.join(dir, 'session-secret'), 'utf8').trim()).toBe(first);
      expect(statSync(path.join(dir, 'session-secret')).mode & 0o077).toBe(0);
      expect(sessionSecret(loadConfig({ dataDir: dir }, { DUBAN_SESSION_SECRET: 'from-the-environment-123' }))).toBe(
        'from-the-environment-123',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('DUBAN_EVIDENCE_STORAGE', () => {
  it('accepts disk or db, is unset by default, and rejects anything else in Chinese', () => {
    expect(loadConfig({}, {}).evidenceStorage).toBeUndefined();
    expect(loadConfig({}, { DUBAN_EVIDENCE_STORAGE: 'db' }).evidenceStorage).toBe('db');
    expect(loadConfig({}, { DUBAN_EVIDENCE_STORAGE: 'disk' }).evidenceStorage).toBe('disk');
    expect(() => loadConfig({}, { DUBAN_EVIDENCE_STORAGE: 's3' })).toThrow(
      /配置有误[\s\S]*evidenceStorage: DUBAN_EVIDENCE_STORAGE 只能是 disk（数据目录中的文件）或 db（数据库）/,
    );
  });
});
