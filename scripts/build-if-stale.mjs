import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

/** Each workspace: the sources its build reads and the file that build writes last. */
export const BUILDS = [
  { workspace: 'migrations', sources: ['migrations/src', 'migrations/tsconfig.json'], output: 'migrations/dist/index.js' },
  { workspace: 'api', sources: ['api/src', 'api/tsconfig.json', 'api/tsconfig.build.json', 'migrations/src'], output: 'api/dist/main.js' },
  { workspace: 'web', sources: ['web/src', 'web/public', 'web/angular.json', 'web/tsconfig.json', 'web/tsconfig.app.json'], output: 'web/dist/web/browser/index.html' },
];

function newestModification(path) {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const stats = statSync(full);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(full).reduce((newest, entry) => Math.max(newest, newestModification(join(path, entry))), stats.mtimeMs);
}

/** Builds every workspace whose output is missing or older than its sources; exits on a failed build. */
export function buildIfStale({ force = false } = {}) {
  for (const build of BUILDS) {
    const output = join(ROOT, build.output);
    const stale = force || !existsSync(output) || statSync(output).mtimeMs < Math.max(...build.sources.map(newestModification));
    if (!stale) continue;
    process.stdout.write(`Building ${build.workspace}…\n`);
    const result = spawnSync('npm', ['run', 'build', '--silent', '-w', build.workspace], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) {
      process.stderr.write(`Building ${build.workspace} failed; see the messages above.\n`);
      process.exit(result.status ?? 1);
    }
  }
}
