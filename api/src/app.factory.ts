import { Logger, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { getDataSourceToken } from '@nestjs/typeorm';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { CatalogueSeeder } from './catalogue/catalogue.seeder.js';
import { ApiExceptionFilter } from './common/errors/api-exception.filter.js';
import { answerUnparsableRequests } from './common/errors/client-error.js';
import { refuseDeepJson } from './common/validation/json-depth.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { probeDatabase } from './database/database-probe.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres.js';
import { migrateAndSeed } from './database/migrate.js';
import { DemoSeeder, type DemoAccounts } from './demo/demo.seeder.js';
import { requestLog } from './logging/request-log.middleware.js';
import { buildOpenApiDocument } from './openapi/openapi.js';
import { serveWebApp } from './web/serve-web.js';

export const API_PREFIX = 'api/v1';

export interface RunningApplication {
  app: NestExpressApplication;
  databaseUrl: string;
  embedded: boolean;
  demo: DemoAccounts | null;
  servesWebApp: boolean;
  appliedMigrations: string[];
  close(): Promise<void>;
}

/**
 * Builds the whole application: database (embedded unless DATABASE_URL), migrations, seeds,
 * the HTTP pipeline and the web app. `listen` is left to the caller (main.ts or a test).
 * `logger`: main.ts passes the configured AppLogger; tests pass the few levels they want to see.
 */
export async function createApplication(config: AppConfig, logger: LoggerService | LogLevel[] | false = ['warn', 'error']): Promise<RunningApplication> {
  let embedded: EmbeddedPostgres | null = null;
  const databaseUrl = config.databaseUrl ?? (embedded = await startEmbeddedPostgres(config.dataDir)).url;
  try {
    await probeDatabase(databaseUrl);
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, embedded !== null), {
      logger,
      abortOnError: false,
    });
    configureHttp(app, config);
    const dataSource = app.get<DataSource>(getDataSourceToken());
    let demo: DemoAccounts | null = null;
    // The embedded database is held by this process alone (its pid lock), so it needs no advisory lock.
    const appliedMigrations = await migrateAndSeed(dataSource, { takeLock: embedded === null }, async () => {
      await app.get(CatalogueSeeder).seed();
      if (config.seedDemo) demo = await app.get(DemoSeeder).seed();
    });
    SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
    const servesWebApp = serveWebApp(app, config.webDist);
    await app.init();
    return {
      app,
      databaseUrl,
      embedded: embedded !== null,
      demo,
      servesWebApp,
      appliedMigrations,
      async close() {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

export function configureHttp(app: NestExpressApplication, config: Pick<AppConfig, 'corsOrigins' | 'trustProxy'>): void {
  // First, so that the request id and the log line cover everything after, refusals included.
  app.use(requestLog);
  app.setGlobalPrefix(API_PREFIX, { exclude: [] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.useBodyParser('json', { limit: '1mb' });
  // Before class-transformer and class-validator recurse into the body.
  app.use(refuseDeepJson);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Swagger UI and Angular's inline critical CSS need inline styles.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['X-Request-Id'] });
  // Decides request.ip, which the sign-in throttle and the public rate limits count by.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  answerUnparsableRequests(app.getHttpServer());
  Logger.flush();
}
