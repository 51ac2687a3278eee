import type { RunningApplication } from './app.factory.js';
import type { AppConfig } from './config/app-config.js';

export function printStartupBanner(running: RunningApplication, config: AppConfig, databaseTarget: string): void {
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const address = running.app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${host}:${port}`;
  const lines = [
    '',
    `Reform Roadmap is ready at ${url}/`,
    `  API        ${url}/api/v1   (Swagger UI ${url}/api/docs, OpenAPI JSON ${url}/api/docs-json)`,
    running.embedded
      ? `  Database   embedded PostgreSQL (PGlite), data kept in ${config.dataDir}`
      : `  Database   PostgreSQL at ${databaseTarget}`,
  ];
  if (!running.servesWebApp) lines.push('  Web app    not built: run `npm run build` (npm start builds it for you).');
  if (running.appliedMigrations.length > 0) lines.push(`  Migrations applied: ${running.appliedMigrations.join(', ')}`);
  if (running.demo) {
    lines.push('', `  Demo accounts (password: ${running.demo.password}):`);
    for (const account of running.demo.accounts) lines.push(`    ${account.email.padEnd(22)} ${account.persona}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
