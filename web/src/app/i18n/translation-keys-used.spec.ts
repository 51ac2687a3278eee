import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Dictionary, flattenKeys } from './model/dictionary';

const APP_DIR = resolve(process.cwd(), 'src/app');
const english = flattenKeys(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8')) as Dictionary,
);
const namespaces = new Set([...english.keys()].map((key) => key.split('.')[0]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(html|ts)$/.test(name) && !name.endsWith('.spec.ts') && name !== 'schema.ts' ? [path] : [];
  });
}

interface Usage {
  key: string;
  file: string;
}

/** `'some.key' | t`, `t('some.key')`, and any other quoted key of a known namespace (titles, ternaries…). */
function usages(): Usage[] {
  const found: Usage[] = [];
  for (const path of sourceFiles(APP_DIR)) {
    const text = readFileSync(path, 'utf8');
    const file = relative(APP_DIR, path);
    for (const match of text.matchAll(/'([\w.]+)'\s*\|\s*t\b/g)) found.push({ key: match[1], file });
    for (const match of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) found.push({ key: match[1], file });
    for (const match of text.matchAll(/'([a-z][a-zA-Z]*(?:\.[a-zA-Z0-9_]+)+)'/g)) {
      if (namespaces.has(match[1].split('.')[0])) found.push({ key: match[1], file });
    }
  }
  return found;
}

describe('translation keys used in the code', () => {
  const used = usages();

  it('finds the usages (the scanner works)', () => {
    expect(used.some((usage) => usage.key === 'app.name')).toBe(true);
    expect(used.some((usage) => usage.key === 'steps.conflict.title')).toBe(true);
    expect(used.length).toBeGreaterThan(150);
  });

  it('are all present in en.json', () => {
    // A key ending in a dot is a prefix completed at run time ('status.' + step.status): it must name a group.
    const present = (key: string) =>
      key.endsWith('.') ? [...english.keys()].some((known) => known.startsWith(key)) : english.has(key);
    const missing = used.filter((usage) => !present(usage.key)).map((usage) => `${usage.file}: ${usage.key}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
