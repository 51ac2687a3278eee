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
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY .*trusting every sender/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY .*"10.0.0.0\/33"/],
    [{ TRUST_PROXY: 'loopback, proxy.internal' }, /"proxy.internal" is neither/],
    [{ TRUST_PROXY: '99' }, /hop count is at most 10/],
    [{ PUBLIC_URL: 'roadmap.example.org' }, /PUBLIC_URL .*not an absolute address/],
    [{ PUBLIC_URL: 'http://roadmap.example.org' }, /PUBLIC_URL .*must use https/],
    [{ PUBLIC_URL: 'ftp://roadmap.example.org' }, /PUBLIC_URL/],
    [{ PUBLIC_URL: 'https://roadmap.example.org/?a=1' }, /PUBLIC_URL .*query/],
    [{ PUBLIC_URL: 'https://user:pw@roadmap.example.org' }, /PUBLIC_URL .*password/],
    [{ LOG_FORMAT: 'xml' }, /LOG_FORMAT must be json or pretty/],
    [{ LOG_LEVEL: 'chatty' }, /LOG_LEVEL must be one of/],
    [{ DATA_DIR: '/proc/rr-config-spec' }, /DATA_DIR \/proc\/rr-config-spec cannot be used as the data folder/],
  ])('refuses %j with a message naming the setting', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(message);
  });

  it.each([
    [undefined, ['loopback']],
    ['false', false],
    ['1', 1],
    ['loopback, 10.0.0.0/8 ,172.16.0.0/12,fd00::/8', ['loopback', '10.0.0.0/8', '172.16.0.0/12', 'fd00::/8']],
    ['uniquelocal', ['uniquelocal']],
    ['192.168.1.10', ['192.168.1.10']],
  ])('reads TRUST_PROXY=%s as Express trust-proxy value %j', (raw, expected) => {
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it('keeps PUBLIC_URL without a trailing slash, and allows plain http only for this machine', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://roadmap.health.gov.example/' }).publicUrl).toBe('https://roadmap.health.gov.example');
    expect(loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'http://localhost:3000' }).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ DATA_DIR: dataDir() }).publicUrl).toBeNull();
  });

  it('logs JSON unless stdout is a terminal, from level log unless told otherwise', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }, false)).toMatchObject({ logFormat: 'json', logLevel: 'log' });
    expect(loadConfig({ DATA_DIR: dataDir() }, true)).toMatchObject({ logFormat: 'pretty' });
    expect(loadConfig({ DATA_DIR: dataDir(), LOG_FORMAT: 'JSON', LOG_LEVEL: 'info' }, true)).toMatchObject({ logFormat: 'json', logLevel: 'log' });
    expect(loadConfig({ DATA_DIR: dataDir(), LOG_LEVEL: 'trace' }).logLevel).toBe('verbose');
    expect(loadConfig({ DATA_DIR: dataDir(), LOG_LEVEL: 'warn' }).logLevel).toBe('warn');
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
