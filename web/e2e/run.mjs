// `npm run e2e -w web`: the browser journeys in real Chromium against the built product.
//   1. find Chromium (CHROMIUM_PATH, else /usr/bin/chromium); without one, say so and stop (exit 0)
//   2. build the API and the web app if their output is missing
//   3. start the product on a free port with a fresh embedded database and the demo data
//   4. run the Jest specs (web/e2e/*.e2e.ts) one after another
//   5. stop the product and remove its data, also when something failed
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const E2E_DIR = import.meta.dirname;
const ROOT = join(E2E_DIR, '..', '..');
const DEMO_PASSWORD = 'e2e-demo-password';
const START_TIMEOUT_MS = 60_000;
const JEST_TIME_LIMIT_MS = 15 * 60_000;

function findChromium() {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    return null;
  }
}

function buildIfMissing() {
  const builds = [
    { workspace: 'migrations', output: 'migrations/dist/index.js' },
    { workspace: 'api', output: 'api/dist/main.js' },
    { workspace: 'web', output: 'web/dist/web/browser/index.html' },
  ];
  const missing = builds.filter((build) => !existsSync(join(ROOT, build.output)));
  // The API build needs the migrations' output, so rebuild from the first missing one onwards.
  const first = missing.length ? builds.indexOf(missing[0]) : -1;
  const toBuild = first < 0 ? [] : builds.slice(first).filter((build) => build.workspace !== 'web' || missing.includes(build));
  for (const build of toBuild) {
    process.stdout.write(`Building ${build.workspace} for the browser tests…\n`);
    const result = spawnSync('npm', ['run', 'build', '--silent', '-w', build.workspace], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`Building ${build.workspace} failed; see the messages above.`);
  }
}

/** Starts `node api/dist/main.js` and resolves with its URL once it says it is ready. */
function startProduct(dataDir, logPath) {
  const log = createWriteStream(logPath);
  const env = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO_PASSWORD, SEED_DEMO: 'true' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['api/dist/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ready = new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The product did not report ready within ${START_TIMEOUT_MS / 1000} s.`)), START_TIMEOUT_MS);
    child.stdout.on('data', (chunk) => {
      log.write(chunk);
      output += chunk.toString();
      const match = /Reform Roadmap is ready at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk) => log.write(chunk));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The product stopped before it was ready (exit ${code ?? signal}).`));
    });
  });
  return { child, ready, log };
}

function stopProduct(product) {
  return new Promise((resolve) => {
    const { child } = product;
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function runJest(env) {
  return new Promise((resolve) => {
    const jestBin = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
    const args = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jestBin, '--config', join(E2E_DIR, 'jest.config.json'), '--runInBand', ...process.argv.slice(2)];
    const jest = spawn(process.execPath, args, { cwd: E2E_DIR, stdio: 'inherit', env: { ...process.env, ...env } });
    jestProcess = jest;
    // A hang (a browser or request that never ends) fails the run instead of blocking it for ever.
    const watchdog = setTimeout(() => {
      process.stderr.write(`Browser tests still running after ${JEST_TIME_LIMIT_MS / 60_000} minutes: stopping them.\n`);
      jest.kill('SIGKILL');
    }, JEST_TIME_LIMIT_MS);
    jest.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function lastLinesOf(logPath) {
  try {
    return readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
  } catch {
    return '';
  }
}

// A reader who pipes the output into `head` must not stop the clean-up half-way.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

const chromiumPath = findChromium();
if (!chromiumPath) {
  process.stdout.write(
    'Browser tests SKIPPED: no Chromium found. Install Debian\'s chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.\n',
  );
  process.exit(0);
}

const dataDir = mkdtempSync(join(tmpdir(), 'rr-e2e-'));
const logPath = join(dataDir, 'product.log');
let product = null;
let jestProcess = null;
let exitCode = 1;
let cleaned = false;

async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  if (product) {
    await stopProduct(product);
    product.log.end();
  }
  const productOutput = exitCode !== 0 ? lastLinesOf(logPath) : '';
  rmSync(dataDir, { recursive: true, force: true });
  if (productOutput) process.stderr.write(`\n--- last lines of the product's output ---\n${productOutput}\n---\n`);
}

// Last resort when the runner ends without reaching cleanUp (an uncaught error): nothing may outlive it.
process.on('exit', () => {
  if (cleaned) return;
  product?.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    if (jestProcess && jestProcess.exitCode === null) jestProcess.kill(signal);
    void cleanUp().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

try {
  buildIfMissing();
  const productDataDir = join(dataDir, 'data');
  mkdirSync(productDataDir);
  product = startProduct(productDataDir, logPath);
  const baseUrl = await product.ready;
  process.stdout.write(`Browser tests against ${baseUrl} with ${chromiumPath}\n`);
  exitCode = await runJest({ E2E_BASE_URL: baseUrl, E2E_PASSWORD: DEMO_PASSWORD, E2E_CHROMIUM_PATH: chromiumPath });
} catch (error) {
  process.stderr.write(`Browser tests could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
