import { describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { AppLogger } from './app-logger.js';
import { runWithRequestId } from './request-context.js';

/** What the logger writes to stdout and stderr while `work` runs. */
function capture(work: () => void): string[] {
  const written: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write);
  for (const stream of streams) stream.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof stream.write;
  try {
    work();
  } finally {
    streams.forEach((stream, index) => (stream.write = originals[index]));
  }
  return written.join('').split('\n').filter(Boolean);
}

describe(AppLogger.name, () => {
  it('writes one JSON object per line with time, level, msg, context, the request id and the fields given', () => {
    const sut = new AppLogger({ logFormat: 'json', logLevel: 'log' }, true);
    const lines = capture(() => {
      runWithRequestId('req-1', () => sut.log('GET /x 200', { status: 200 }, 'HTTP'));
      sut.error('Error: boom\n    at somewhere.js:1:1', undefined, 'Errors');
    });
    expect(lines).toHaveLength(2);
    const [info, error] = lines.map((line) => JSON.parse(line));
    expect(info).toEqual({ time: expect.stringMatching(/Z$/), level: 'info', msg: 'GET /x 200', context: 'HTTP', requestId: 'req-1', status: 200 });
    expect(error).toMatchObject({ level: 'error', context: 'Errors', msg: expect.stringContaining('boom') });
    expect(lines.join('')).not.toMatch(/\u001b\[/);
  });

  it('honours LOG_LEVEL and demotes Nest\'s module-by-module start-up lines to debug', () => {
    const sut = new AppLogger({ logFormat: 'json', logLevel: 'log' }, false);
    const lines = capture(() => {
      sut.log('AppModule dependencies initialized', 'InstanceLoader');
      sut.debug('details', 'Mail');
      sut.log('Seeded the demo', 'Demo');
    });
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['Seeded the demo']);
    const quiet = new AppLogger({ logFormat: 'json', logLevel: 'warn' }, false);
    expect(capture(() => quiet.log('hello', 'Demo'))).toEqual([]);
  });

  it('writes no colour codes in pretty mode when stdout is not a terminal', () => {
    const sut = new AppLogger({ logFormat: 'pretty', logLevel: 'log' }, false);
    const lines = capture(() => {
      sut.warn('careful', 'Mail');
      sut.log('GET /x 200 1 ms', { requestId: 'r-9', method: 'GET', url: '/x', status: 200, durationMs: 1, userId: 'u-1' }, 'HTTP');
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/WARN \[Mail\] careful$/);
    expect(lines[1]).toMatch(/LOG \[HTTP\] GET \/x 200 1 ms \[r-9 user u-1\]$/);
    expect(lines.join('')).not.toMatch(/\u001b\[/);
  });

  it('is what Nest\'s static Logger reaches once installed', () => {
    const sut = new AppLogger({ logFormat: 'json', logLevel: 'log' }, false);
    Logger.overrideLogger(sut);
    try {
      const lines = capture(() => new Logger('Reminders').log('round done'));
      expect(JSON.parse(lines[0])).toMatchObject({ msg: 'round done', context: 'Reminders', level: 'info' });
    } finally {
      Logger.overrideLogger(['error']);
    }
  });
});
