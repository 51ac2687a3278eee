// `npm start`: builds what is missing or out of date, then runs the API, which applies pending
// migrations, seeds, and serves the web app on the same port (embedded database unless DATABASE_URL).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale, ROOT } from './build-if-stale.mjs';

buildIfStale();
// A person runs `npm start`: text logs and the banner with the demo accounts even when the output is
// not a terminal (an editor's run panel, `| tee`); LOG_FORMAT=json still asks for JSON lines.
const env = { ...process.env, LOG_FORMAT: process.env.LOG_FORMAT || 'pretty' };
const api = spawn(process.execPath, [join(ROOT, 'api', 'dist', 'main.js')], { cwd: ROOT, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
