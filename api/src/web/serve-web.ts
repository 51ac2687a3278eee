import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built Angular app from the API process: static files, and index.html for any other
 * GET outside /api so that deep links into the app work. Returns false when no build is there.
 */
export function serveWebApp(app: NestExpressApplication, webDist: string | null): boolean {
  if (!webDist || !existsSync(join(webDist, 'index.html'))) return false;
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.use(express.static(webDist, { index: false, maxAge: '1h', setHeaders: noCacheForIndex }));
  server.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(join(webDist, 'index.html'));
  });
  return true;
}

function noCacheForIndex(response: express.Response, path: string): void {
  if (path.endsWith('index.html') || path.includes(`${'/'}i18n${'/'}`)) response.setHeader('Cache-Control', 'no-cache');
}
