import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'reform-roadmap-template-';
const COMPLETE = 'template-complete';

/**
 * A fresh embedded database spends about 8 s on PGlite's own set-up, the migrations and the demo; a
 * copy of a closed data folder opens in under 2. So the first test file of a run (one process, as
 * Jest runs in band) builds a data folder per kind — with the demo or without — by starting the real
 * application on it, and every later file starts from a copy. What is copied is exactly what that
 * start would have made, minutes earlier, in the same run.
 */
export async function copyOfEmbeddedTemplate(kind: 'demo' | 'empty', dataDir: string, build: (templateDir: string) => Promise<void>): Promise<void> {
  const templateDir = join(tmpdir(), `${PREFIX}${process.pid}-${kind}`);
  if (!existsSync(join(templateDir, COMPLETE))) {
    removeTemplatesOfEndedRuns();
    rmSync(templateDir, { recursive: true, force: true });
    await build(templateDir);
    writeFileSync(join(templateDir, COMPLETE), '');
  }
  cpSync(templateDir, dataDir, { recursive: true, filter: (source) => !source.endsWith(COMPLETE) });
}

/** Templates left by earlier runs, whose process has ended. */
function removeTemplatesOfEndedRuns(): void {
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith(PREFIX)) continue;
    const pid = Number(entry.slice(PREFIX.length).split('-')[0]);
    if (pid === process.pid || isRunning(pid)) continue;
    rmSync(join(tmpdir(), entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
