import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { levelsFrom } from '../config/log-settings.js';
import { currentRequestId } from './request-context.js';

/** The names log collectors (Loki, Elastic, Cloud Logging) know; Nest says `log` and `verbose`. */
export const JSON_LEVEL: Record<LogLevel, string> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/** Nest's own start-up chatter (every module and route, ~200 lines) is only worth reading when debugging. */
const BOOT_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

interface JsonLogOptions {
  context: string;
  logLevel: LogLevel;
  writeStreamType?: 'stdout' | 'stderr';
  errorStack?: unknown;
  params?: Record<string, unknown>;
  error?: Error;
}

/**
 * Nest's ConsoleLogger with our line shape: in JSON mode one object per line
 * `{time, level, msg, context, requestId, …fields}`; in pretty mode Nest's text, coloured only on a
 * terminal. Extending it keeps Nest's handling of every (message, params, stack, context) call shape.
 */
export class AppLogger extends ConsoleLogger {
  constructor(settings: Pick<AppConfig, 'logFormat' | 'logLevel'>, terminal = process.stdout.isTTY === true) {
    const json = settings.logFormat === 'json';
    super({
      json,
      colors: !json && terminal && !process.env.NO_COLOR,
      logLevels: levelsFrom(settings.logLevel),
      prefix: 'ReformRoadmap',
      flattenParams: true,
    });
  }

  override log(message: unknown, ...params: unknown[]): void {
    if (BOOT_CONTEXTS.has(params[params.length - 1] as string)) return this.debug(message, ...params);
    super.log(message, ...params);
  }

  /** In text, a request line's fields would repeat its message; the id (and user) is what is left to say. */
  protected override stringifyParams(params: Record<string, unknown>): string {
    if (typeof params.requestId === 'string' && typeof params.url === 'string') {
      return `[${params.requestId}${typeof params.userId === 'string' ? ` user ${params.userId}` : ''}]`;
    }
    return super.stringifyParams(params);
  }

  // Nest types the record with its own field names (level, pid, timestamp, message); ours differ.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override getJsonLogObject(message: unknown, options: JsonLogOptions): any {
    const { level: _level, pid: _pid, timestamp, message: msg, context, ...rest } = super.getJsonLogObject(message, options);
    const requestId = rest.requestId ?? currentRequestId();
    return {
      time: new Date(timestamp as number).toISOString(),
      level: JSON_LEVEL[options.logLevel],
      msg,
      ...(context ? { context } : {}),
      ...(requestId ? { requestId } : {}),
      ...rest,
    };
  }
}
