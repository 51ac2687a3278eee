import pg from 'pg';
import { ConfigError } from '../config/app-config.js';

/**
 * Connects once before the application starts, so that a wrong DATABASE_URL or an unreachable
 * server is reported as one sentence naming the problem rather than as a retry loop and a stack.
 */
export async function probeDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new ConfigError(describeConnectionError(url, error as NodeJS.ErrnoException & { code?: string }));
  } finally {
    await client.end().catch(() => undefined);
  }
}

function describeConnectionError(url: string, error: NodeJS.ErrnoException): string {
  const target = describeTarget(url);
  switch (error.code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${target}: the connection was refused. Is the server running?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach PostgreSQL at ${target}: the host name does not resolve. Check DATABASE_URL.`;
    case 'ETIMEDOUT':
      return `Cannot reach PostgreSQL at ${target}: the connection timed out.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${target} rejected the user name or password in DATABASE_URL.`;
    case '3D000':
      return `PostgreSQL at ${target} has no such database: ${error.message}. Create it or fix DATABASE_URL.`;
    default:
      if (/timeout/i.test(error.message)) return `Cannot reach PostgreSQL at ${target}: the connection timed out.`;
      return `Cannot use PostgreSQL at ${target}: ${error.message}`;
  }
}

/** Host, port and database of a URL, without its password. */
export function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the configured address';
  }
}
