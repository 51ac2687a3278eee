// `npm start`: builds what is missing or out of date, then runs the API, which applies pending
// migrations, seeds, and serves the web app on the same port (embedded database unless DATABASE_URL).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale, ROOT } from './build-if-stale.mjs';

buildIfStale();
const api = spawn(process.execPath, [join(ROOT, 'api', 'dist', 'main.js')], { cwd: ROOT, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
