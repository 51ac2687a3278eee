import 'reflect-metadata';
import { createApplication } from './app.factory.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { describeTarget } from './database/database-probe.js';
import { printStartupBanner } from './startup-banner.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const running = await createApplication(config);
  await running.app.listen(config.port, config.host);
  printStartupBanner(running, config, describeTarget(running.databaseUrl));
  const shutdown = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // Configuration and connection problems are the operator's to fix: one clear line, no stack.
  if (error instanceof ConfigError) {
    process.stderr.write(`Reform Roadmap cannot start: ${error.message}\n`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write(`Reform Roadmap cannot start: port ${(error as { port?: number }).port ?? ''} is already in use; set PORT to another one.\n`);
  } else {
    process.stderr.write(`Reform Roadmap cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
