import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../config/config-error.js';
import { formatStartupFailure } from './startup-failure.js';

const listenError = (code: string, port: number) => Object.assign(new Error(`listen ${code}: 0.0.0.0:${port}`), { code, port, syscall: 'listen' });

describe(formatStartupFailure.name, () => {
  it('says what the operator can fix in one line, without a stack', () => {
    for (const error of [new ConfigError('PORT must be a whole number.'), listenError('EADDRINUSE', 3000), listenError('EACCES', 80)]) {
      const line = formatStartupFailure(error, 'pretty');
      expect(line.trim().split('\n')).toHaveLength(1);
      expect(line).not.toMatch(/\bat .+:\d+/);
    }
    expect(formatStartupFailure(listenError('EADDRINUSE', 3000), 'pretty')).toBe('Reform Roadmap cannot start: port 3000 is already in use; stop what runs there or set PORT to another one.\n');
    expect(formatStartupFailure(listenError('EACCES', 80), 'pretty')).toMatch(/port 80 needs privileges/);
  });

  it('keeps the stack of anything unexpected, as text or in the JSON record', () => {
    const bug = new TypeError('Cannot read properties of undefined');
    expect(formatStartupFailure(bug, 'pretty')).toContain(bug.stack!);
    const record = JSON.parse(formatStartupFailure(bug, 'json'));
    expect(record).toMatchObject({ level: 'fatal', context: 'Startup', msg: 'Reform Roadmap cannot start: Cannot read properties of undefined', stack: bug.stack });
    expect(formatStartupFailure(bug, 'json').trim().split('\n')).toHaveLength(1);
  });
});
