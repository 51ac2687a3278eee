import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'rr-config-'));

describe(loadConfig.name, () => {
  it('defaults to port 3000, the embedded database under DATA_DIR and demo seeding on', () => {
    const dir = dataDir();
    const sut = loadConfig({ DATA_DIR: dir });
    expect(sut).toMatchObject({ port: 3000, databaseUrl: null, dataDir: dir, seedDemo: true, demoPassword: null, tokenLifetimeSeconds: 8 * 3600 });
  });

  it('keeps a generated JWT secret in the data folder so sessions survive a restart', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first.jwtSecret);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first.jwtSecret);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://localhost/db', JWT_SECRET: 'x'.repeat(32) }, /DATABASE_URL must start with postgres/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ DATABASE_URL: 'postgres://localhost', JWT_SECRET: 'x'.repeat(32) }, /names no database/],
    [{ DATABASE_URL: 'postgres://localhost/db' }, /JWT_SECRET must be set/],
    [{ JWT_SECRET: 'short' }, /at least 32/],
    [{ SEED_DEMO: 'perhaps' }, /SEED_DEMO/],
    [{ DEMO_PASSWORD: 'abc' }, /DEMO_PASSWORD/],
    [{ TOKEN_LIFETIME: '10s' }, /TOKEN_LIFETIME/],
    [{ EVIDENCE_MAX_MB: '0' }, /EVIDENCE_MAX_MB/],
    [{ EVIDENCE_MAX_MB: 'lots' }, /EVIDENCE_MAX_MB/],
    [{ EVIDENCE_S3_URL: 'https://s3.example.org/bucket' }, /EVIDENCE_S3_ACCESS_KEY_ID/],
    [{ EVIDENCE_S3_URL: 'https://s3.example.org', EVIDENCE_S3_ACCESS_KEY_ID: 'a', EVIDENCE_S3_SECRET_ACCESS_KEY: 'b' }, /name the bucket/],
    [{ EVIDENCE_S3_URL: 'ftp://s3.example.org/bucket' }, /EVIDENCE_S3_URL/],
  ])('refuses %j with a message naming the setting', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(message);
  });

  it('reads durations, booleans and CORS origins', () => {
    const sut = loadConfig({ DATA_DIR: dataDir(), TOKEN_LIFETIME: '45m', SEED_DEMO: 'false', CORS_ORIGINS: 'https://a.org, https://b.org' });
    expect(sut).toMatchObject({ tokenLifetimeSeconds: 2700, seedDemo: false, corsOrigins: ['https://a.org', 'https://b.org'] });
  });

  it('keeps evidence under DATA_DIR unless told otherwise, up to 20 MB, with no scanner by default', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir })).toMatchObject({ evidenceDir: join(dir, 'evidence'), evidenceMaxBytes: 20 * 1024 * 1024, evidenceScanCommand: null });
    expect(loadConfig({ DATA_DIR: dir, EVIDENCE_DIR: '/srv/evidence', EVIDENCE_MAX_MB: '5', EVIDENCE_SCAN_COMMAND: 'clamdscan --no-summary' })).toMatchObject({
      evidenceDir: '/srv/evidence',
      evidenceMaxBytes: 5 * 1024 * 1024,
      evidenceScanCommand: ['clamdscan', '--no-summary'],
      evidenceS3: null,
    });
    expect(
      loadConfig({ DATA_DIR: dir, EVIDENCE_S3_URL: 'https://s3.eu-west-1.amazonaws.com/ministry-evidence', EVIDENCE_S3_ACCESS_KEY_ID: 'AKID', EVIDENCE_S3_SECRET_ACCESS_KEY: 'secret', EVIDENCE_S3_REGION: 'eu-west-1' }).evidenceS3,
    ).toEqual({ url: 'https://s3.eu-west-1.amazonaws.com/ministry-evidence', region: 'eu-west-1', accessKeyId: 'AKID', secretAccessKey: 'secret' });
  });
});
