import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import { dataDirError, ensureDataDir } from './data-dir.js';
import { parseLogFormat, parseLogLevel, type LogFormat, type LogThreshold } from './log-settings.js';
import { parsePublicUrl } from './public-url.js';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';

export { ConfigError } from './config-error.js';
export type { LogFormat, LogThreshold } from './log-settings.js';
export type { TrustProxy } from './trust-proxy.js';

/** Everything the API reads from its environment, validated once at start-up. */
export interface AppConfig {
  port: number;
  host: string;
  /** A PostgreSQL server; when absent the embedded database under `dataDir` is used. */
  databaseUrl: string | null;
  dataDir: string;
  jwtSecret: string;
  tokenLifetimeSeconds: number;
  /** How long a session can be kept alive with refresh tokens before signing in again. */
  sessionLifetimeSeconds: number;
  seedDemo: boolean;
  demoPassword: string | null;
  webDist: string | null;
  corsOrigins: string[];
  /** The address people reach the web app at, for links in emails (invitations) and share links. */
  publicUrl: string | null;
  /** Which proxies' X-Forwarded-* headers to believe (Express's `trust proxy`); false believes none. */
  trustProxy: TrustProxy;
  /** `json`: one JSON object per line (the default when stdout is not a terminal); `pretty`: text. */
  logFormat: LogFormat;
  /** The least severe level written (LOG_LEVEL); `log` by default. */
  logLevel: LogThreshold;
  /** smtp://user:password@host:port; without it, emails are written to the log. */
  smtpUrl: string | null;
  mailFrom: string;
  invitationLifetimeSeconds: number;
  /** How often due-date reminders are looked for; null turns them off (REMINDER_INTERVAL=off). */
  reminderIntervalSeconds: number | null;
  /** Where uploaded evidence files are kept (EVIDENCE_DIR; `<DATA_DIR>/evidence` by default). */
  evidenceDir: string;
  /** The largest evidence file accepted, in bytes (EVIDENCE_MAX_MB, 20 by default). */
  evidenceMaxBytes: number;
  /** A command run on each upload with the file's path as its last argument; non-zero exit refuses the file. */
  evidenceScanCommand: string[] | null;
  /** An S3-compatible bucket for evidence instead of EVIDENCE_DIR (EVIDENCE_S3_URL and its keys). */
  evidenceS3: S3Settings | null;
  /** Requests a minute one address may make to each rate-limited public route (PUBLIC_RATE_LIMIT); null keeps each route's own limit. */
  publicRateLimit: number | null;
}

export interface S3Settings {
  /** Path-style bucket address: https://s3.eu-west-1.amazonaws.com/my-bucket (a key prefix may follow). */
  url: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

type Env = Record<string, string | undefined>;

const LIFETIME = /^(\d+)(s|m|h|d)?$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `terminal`: whether stdout is a terminal, which picks the default LOG_FORMAT. */
export function loadConfig(env: Env = process.env, terminal = process.stdout.isTTY === true): AppConfig {
  const dataDir = resolve(env.DATA_DIR?.trim() || './data');
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL);
  return {
    port: parsePort(env.PORT),
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    dataDir,
    jwtSecret: resolveJwtSecret(env.JWT_SECRET, databaseUrl ? null : dataDir),
    tokenLifetimeSeconds: parseLifetime('TOKEN_LIFETIME', env.TOKEN_LIFETIME, 8 * 3600),
    sessionLifetimeSeconds: parseLifetime('SESSION_LIFETIME', env.SESSION_LIFETIME, 30 * 86400),
    seedDemo: parseBoolean('SEED_DEMO', env.SEED_DEMO, true),
    demoPassword: parseDemoPassword(env.DEMO_PASSWORD),
    webDist: env.WEB_DIST === '' ? null : resolve(env.WEB_DIST ?? defaultWebDist()),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    publicUrl: parsePublicUrl(env.PUBLIC_URL),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logFormat: parseLogFormat(env.LOG_FORMAT, terminal),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    smtpUrl: parseSmtpUrl(env.SMTP_URL),
    mailFrom: env.MAIL_FROM?.trim() || 'Reform Roadmap <no-reply@reform-roadmap.local>',
    invitationLifetimeSeconds: parseLifetime('INVITATION_LIFETIME', env.INVITATION_LIFETIME, 7 * 86400),
    reminderIntervalSeconds: env.REMINDER_INTERVAL?.trim() === 'off' ? null : parseLifetime('REMINDER_INTERVAL', env.REMINDER_INTERVAL, 15 * 60),
    evidenceDir: resolve(env.EVIDENCE_DIR?.trim() || join(dataDir, 'evidence')),
    evidenceMaxBytes: parseMegabytes('EVIDENCE_MAX_MB', env.EVIDENCE_MAX_MB, 20),
    evidenceScanCommand: env.EVIDENCE_SCAN_COMMAND?.trim() ? env.EVIDENCE_SCAN_COMMAND.trim().split(/\s+/) : null,
    evidenceS3: parseS3(env),
    publicRateLimit: parseRateLimit(env.PUBLIC_RATE_LIMIT),
  };
}

function parseS3(env: Env): S3Settings | null {
  const url = parseHttpUrl('EVIDENCE_S3_URL', env.EVIDENCE_S3_URL);
  if (!url) return null;
  if (new URL(url).pathname.length < 2) throw new ConfigError('EVIDENCE_S3_URL must name the bucket in its path, such as https://s3.eu-west-1.amazonaws.com/my-bucket.');
  const accessKeyId = env.EVIDENCE_S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.EVIDENCE_S3_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId || !secretAccessKey) {
    throw new ConfigError('EVIDENCE_S3_URL needs EVIDENCE_S3_ACCESS_KEY_ID and EVIDENCE_S3_SECRET_ACCESS_KEY.');
  }
  return { url, region: env.EVIDENCE_S3_REGION?.trim() || 'us-east-1', accessKeyId, secretAccessKey };
}

function parseRateLimit(raw: string | undefined): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const limit = Number(raw.trim());
  if (!Number.isInteger(limit) || limit < 1 || limit > 1_000_000) {
    throw new ConfigError(`PUBLIC_RATE_LIMIT must be a whole number of requests a minute from 1 to 1000000, got "${raw}".`);
  }
  return limit;
}

function parseMegabytes(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback * 1024 * 1024;
  const megabytes = Number(raw.trim());
  if (!Number.isInteger(megabytes) || megabytes < 1 || megabytes > 1024) {
    throw new ConfigError(`${name} must be a whole number of megabytes from 1 to 1024, got "${raw}".`);
  }
  return megabytes * 1024 * 1024;
}

function parseHttpUrl(name: string, raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  try {
    const url = new URL(raw.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString().replace(/\/$/, '');
  } catch {
    // reported below
  }
  throw new ConfigError(`${name} must be an http:// or https:// address such as https://roadmap.health.gov.example, got "${raw}".`);
}

function parseSmtpUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  try {
    const url = new URL(raw.trim());
    if ((url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname) return raw.trim();
  } catch {
    // reported below
  }
  throw new ConfigError('SMTP_URL must look like smtp://user:password@mail.example.org:587 (or smtps:// for TLS).');
}

function defaultWebDist(): string {
  return join(import.meta.dirname, '..', '..', '..', 'web', 'dist', 'web', 'browser');
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number between 0 and 65535, got "${raw}".`);
  }
  return port;
}

function parseDatabaseUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database.');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//".`);
  }
  if (!url.hostname) throw new ConfigError('DATABASE_URL has no host name.');
  if (url.pathname.length <= 1) throw new ConfigError('DATABASE_URL names no database (the path after the host).');
  return raw.trim();
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(value)) return true;
  if (['false', '0', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}".`);
}

function parseLifetime(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const match = LIFETIME.exec(raw.trim());
  const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2] ?? 's'] : NaN;
  if (!match || seconds < 60 || seconds > 30 * 86400) {
    throw new ConfigError(`${name} must be a duration between 1m and 30d such as 8h or 45m, got "${raw}".`);
  }
  return seconds;
}

function parseDemoPassword(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (raw.length < 8) throw new ConfigError('DEMO_PASSWORD must be at least 8 characters long.');
  return raw;
}

/**
 * Without JWT_SECRET, the embedded set-up keeps a generated secret beside its data so sessions
 * survive restarts; a server deployment must configure one so every API process shares it.
 */
function resolveJwtSecret(raw: string | undefined, embeddedDataDir: string | null): string {
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long.');
    return raw;
  }
  if (!embeddedDataDir) {
    throw new ConfigError('JWT_SECRET must be set when DATABASE_URL is set (at least 32 characters), so every API process signs sessions alike.');
  }
  ensureDataDir(embeddedDataDir);
  const file = join(embeddedDataDir, 'jwt-secret');
  try {
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  } catch (error) {
    throw dataDirError(embeddedDataDir, error);
  }
}
