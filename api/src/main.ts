import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApplication } from './app.factory.js';
import { loadConfig } from './config/app-config.js';
import { describeTarget } from './database/database-probe.js';
import { AppLogger } from './logging/app-logger.js';
import { formatStartupFailure, startupLogFormat } from './logging/startup-failure.js';
import { printStartupBanner } from './startup-banner.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new AppLogger(config);
  const running = await createApplication(config, logger);
  try {
    await listen(running.app, config.port, config.host);
  } catch (error) {
    // Releases the embedded database's folder lock before saying why.
    await running.close().catch(() => undefined);
    throw error;
  }
  if (!config.publicUrl && config.databaseUrl) {
    logger.warn('PUBLIC_URL is not set: invitation and share links will be built from each request\'s Host header; set it to the address people open the app at.', 'Startup');
  }
  printStartupBanner(running, config, describeTarget(running.databaseUrl));
  const shutdown = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/**
 * Listens on Node's server directly: Nest's `app.listen` logs a failure itself before rejecting, so
 * a port in use came out as two lines (Nest's and ours). The app is initialised already.
 */
function listen(app: NestExpressApplication, port: number, host: string): Promise<void> {
  const server = app.getHttpServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(formatStartupFailure(error, startupLogFormat()));
  process.exit(1);
});
