import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config-error.js';
import { ensureDataDir, PROBE_FILE, probeDataDir } from './data-dir.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'rr-data-dir-'));

describe(probeDataDir.name, () => {
  it('creates missing folders and leaves no probe behind', async () => {
    const dir = join(scratch(), 'a', 'b');
    await probeDataDir(dir);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('overwrites a probe a crashed start left behind', async () => {
    const dir = scratch();
    writeFileSync(join(dir, PROBE_FILE), 'left over');
    await probeDataDir(dir);
    expect(existsSync(join(dir, PROBE_FILE))).toBe(false);
  });

  it('gives up after its deadline when the write blocks, with one sentence naming the folder', async () => {
    const dir = scratch();
    const fifo = join(dir, PROBE_FILE);
    // Opening a FIFO for writing blocks until someone reads it: a stand-in for a hung mount.
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    try {
      await expect(probeDataDir(dir, 300)).rejects.toThrow(new ConfigError(`DATA_DIR ${dir} did not accept a test write within 0.3 s; check that its disk or network mount answers, or set DATA_DIR to a local folder.`));
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      // Lets the blocked worker thread go on (and finish with the FIFO) so the test run can end.
      closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['/proc/rr-data-dir-spec', /cannot be created there/],
    ['/etc/hostname/data', /part of the path is a file/],
  ])('refuses %s at once instead of looping in mkdir', async (dir, reason) => {
    await expect(probeDataDir(dir)).rejects.toThrow(ConfigError);
    expect(() => ensureDataDir(dir)).toThrow(reason);
  });
});
