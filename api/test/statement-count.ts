import type { DataSource } from 'typeorm';

/**
 * How many SQL statements the application sends while `action` runs: every query of the app goes
 * through its query runners' `query`, which is counted (not replaced) for the duration.
 */
export async function countStatements(dataSource: DataSource, action: () => Promise<unknown>): Promise<number> {
  const runner = dataSource.createQueryRunner();
  const prototype = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
  await runner.release();
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await action();
  } finally {
    prototype.query = original;
  }
  return count;
}
