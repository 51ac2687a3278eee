import type { LogLevel } from '@nestjs/common';
import { ConfigError } from './config-error.js';

export type LogFormat = 'json' | 'pretty';
/** Nest's level names; `info` and `trace` are read as `log` and `verbose`. */
export type LogThreshold = LogLevel;

/** From the most to the least severe: LOG_LEVEL=warn writes fatal, error and warn. */
export const LEVELS_BY_SEVERITY: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const ALIASES: Record<string, LogLevel> = { info: 'log', trace: 'verbose' };

/** JSON lines for a log collector unless a person is watching a terminal. */
export function parseLogFormat(raw: string | undefined, terminal: boolean): LogFormat {
  const value = raw?.trim().toLowerCase() ?? '';
  if (value === '') return terminal ? 'pretty' : 'json';
  if (value === 'json' || value === 'pretty') return value;
  throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${raw}".`);
}

export function parseLogLevel(raw: string | undefined): LogThreshold {
  const value = raw?.trim().toLowerCase() ?? '';
  if (value === '') return 'log';
  const level = ALIASES[value] ?? (LEVELS_BY_SEVERITY as string[]).find((name) => name === value);
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of fatal, error, warn, log (or info), debug, verbose (or trace), got "${raw}".`);
  return level as LogLevel;
}

/** The levels a threshold lets through, as Nest's loggers take them. */
export function levelsFrom(threshold: LogThreshold): LogLevel[] {
  return LEVELS_BY_SEVERITY.slice(0, LEVELS_BY_SEVERITY.indexOf(threshold) + 1);
}
