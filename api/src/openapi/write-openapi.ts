import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_PREFIX } from '../app.factory.js';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/app-config.js';
import { buildOpenApiDocument } from './openapi.js';

/** The committed contract the web client is generated from: api/openapi.json. */
export const OPENAPI_FILE = join(import.meta.dirname, '..', '..', 'openapi.json');

/** Builds the document without a database: preview mode wires the modules but starts no provider. */
export async function generateOpenApiJson(): Promise<string> {
  const config = loadConfig({ JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://preview@127.0.0.1/preview', WEB_DIST: '' });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, config.databaseUrl!), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  const json = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  return json;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  writeFileSync(OPENAPI_FILE, await generateOpenApiJson());
  process.stdout.write(`Wrote ${OPENAPI_FILE}\n`);
}
