import { ConfigError } from '../config/config-error.js';
import { parseLogFormat, type LogFormat } from '../config/log-settings.js';

/**
 * The one line a failed start writes to stderr. Problems the operator can fix (settings, database,
 * data folder, port) are a sentence; anything else is a bug and keeps its stack.
 */
export function describeStartupFailure(error: unknown): { message: string; stack?: string } {
  if (error instanceof ConfigError) return { message: error.message };
  const code = (error as NodeJS.ErrnoException).code;
  const port = (error as { port?: number }).port ?? '';
  if (code === 'EADDRINUSE') return { message: `port ${port} is already in use; stop what runs there or set PORT to another one.` };
  if (code === 'EACCES' && (error as { syscall?: string }).syscall === 'listen') {
    return { message: `port ${port} needs privileges this user does not have; set PORT to 1024 or above.` };
  }
  if (code === 'EADDRNOTAVAIL') return { message: `HOST is not an address of this machine (${(error as Error).message}); set HOST to one of its addresses or 0.0.0.0.` };
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error) };
}

export function formatStartupFailure(error: unknown, format: LogFormat): string {
  const { message, stack } = describeStartupFailure(error);
  const text = `Reform Roadmap cannot start: ${message}`;
  if (format === 'json') {
    return `${JSON.stringify({ time: new Date().toISOString(), level: 'fatal', msg: text, context: 'Startup', ...(stack ? { stack } : {}) })}\n`;
  }
  return `Reform Roadmap cannot start: ${stack ?? message}\n`;
}

/** LOG_FORMAT as well as it can be read: a start failing on LOG_FORMAT itself still has to say so. */
export function startupLogFormat(env: Record<string, string | undefined> = process.env): LogFormat {
  try {
    return parseLogFormat(env.LOG_FORMAT, process.stdout.isTTY === true);
  } catch {
    return process.stdout.isTTY ? 'pretty' : 'json';
  }
}
