/** What a client is told to wait when the database cannot be reached. */
export const DATABASE_RETRY_SECONDS = 5;

/** Node's socket errors and PostgreSQL's connection and shutdown classes (08, 57P0x). */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-4])/;
/**
 * TypeORM's names for a query runner whose connection was taken away under an open transaction:
 * when PostgreSQL restarts, the driver ends the connection and the next statement of that unit of
 * work meets a released runner. The error carries no code or cause to tell it apart.
 */
const RELEASED_RUNNER_NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * Whether an error means the database cannot be reached right now (a restart, a network fault, a
 * full pool that timed out): not a bug of ours, so the client gets 503 with Retry-After.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { code, message, name, driverError, cause } = current as { code?: unknown; message?: unknown; name?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof name === 'string' && RELEASED_RUNNER_NAMES.has(name)) return true;
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    current = driverError ?? cause;
  }
  return false;
}
