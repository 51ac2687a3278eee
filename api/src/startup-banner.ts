import type { RunningApplication } from './app.factory.js';
import type { AppConfig } from './config/app-config.js';

/**
 * What a person starting the product needs: where it is and how to sign in. As text in pretty mode
 * (a terminal, `npm start`); in JSON mode as one log record holding the same facts, so a log
 * collector does not get a dozen unparseable lines — the first sentence still reads as the text does.
 */
export function printStartupBanner(running: RunningApplication, config: AppConfig, databaseTarget: string): void {
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const address = running.app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${host}:${port}`;
  const database = running.embedded ? `embedded PostgreSQL (PGlite), data kept in ${config.dataDir}` : `PostgreSQL at ${databaseTarget}`;
  process.stdout.write(config.logFormat === 'json' ? jsonBanner(running, url, database) : textBanner(running, url, database));
}

function textBanner(running: RunningApplication, url: string, database: string): string {
  const lines = [
    '',
    `Reform Roadmap is ready at ${url}/`,
    `  API        ${url}/api/v1   (Swagger UI ${url}/api/docs, OpenAPI JSON ${url}/api/docs-json)`,
    `  Database   ${database}`,
  ];
  if (!running.servesWebApp) lines.push('  Web app    not built: run `npm run build` (npm start builds it for you).');
  if (running.appliedMigrations.length > 0) lines.push(`  Migrations applied: ${running.appliedMigrations.join(', ')}`);
  if (running.demo) {
    lines.push('', `  Demo accounts (password: ${running.demo.password}):`);
    for (const account of running.demo.accounts) lines.push(`    ${account.email.padEnd(22)} ${account.persona}`);
  }
  return `${lines.join('\n')}\n\n`;
}

function jsonBanner(running: RunningApplication, url: string, database: string): string {
  const demo = running.demo
    ? { password: running.demo.password, accounts: running.demo.accounts.map(({ email, persona }) => ({ email, persona })) }
    : undefined;
  const record = {
    time: new Date().toISOString(),
    level: 'info',
    // The address is followed by a space: scripts find it with /ready at (http:\/\/\S+?)\/?\s/.
    msg: `Reform Roadmap is ready at ${url}/ (API ${url}/api/v1, Swagger UI ${url}/api/docs; database: ${database})`,
    context: 'Startup',
    url: `${url}/`,
    api: `${url}/api/v1`,
    database,
    webApp: running.servesWebApp,
    migrationsApplied: running.appliedMigrations,
    ...(demo ? { demo } : {}),
  };
  return `${JSON.stringify(record)}\n`;
}
