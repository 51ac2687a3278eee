import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, Record<string, string>>;

/** Enough of semver's range grammar for `engines` fields: `||`, `^`, `~`, comparators, `x`. */
function satisfies(version: string, range: string): boolean {
  const [major, minor, patch] = version.split('.').map(Number);
  const compare = (other: number[]) => major - other[0] || minor - other[1] || patch - other[2];
  const parse = (text: string) => text.replace(/^v/, '').split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : NaN));
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean)
      .every((comparator) => {
        const [, operator, rest] = /^(>=|<=|>|<|\^|~|=)?(.*)$/.exec(comparator)!;
        const parts = parse(rest);
        const given = parts.filter((part) => !Number.isNaN(part)).length;
        const low = [parts[0] || 0, parts[1] || 0, parts[2] || 0];
        switch (operator) {
          case '>=':
            return compare(low) >= 0;
          case '>':
            return compare(low) > 0;
          case '<':
            return compare(low) < 0;
          case '<=':
            return compare(low) <= 0;
          case '^':
            return compare(low) >= 0 && major === low[0];
          case '~':
            return compare(low) >= 0 && major === low[0] && (given < 2 || minor === low[1]);
          default:
            return major === low[0] && (given < 2 || minor === low[1]) && (given < 3 || patch === low[2]);
        }
      }),
  );
}

describe('the Docker image', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const image = /^ARG NODE_IMAGE=node:(\d+)-bookworm-slim$/m.exec(dockerfile);

  it('builds and runs every stage on the one Node image named in NODE_IMAGE', () => {
    expect(image).not.toBeNull();
    const froms = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((match) => match[1]);
    expect(froms).toEqual(['${NODE_IMAGE}', '${NODE_IMAGE}', '${NODE_IMAGE}']);
  });

  it('uses a Node LTS line that is still supported and that every dependency declares support for', () => {
    const major = Number(image![1]);
    // Even majors are the LTS lines; 20 ended in April 2026.
    expect(major % 2).toBe(0);
    expect(major).toBeGreaterThanOrEqual(22);
    // The floating tag serves the line's latest release.
    const release = `${major}.99.0`;
    const names = new Set<string>();
    for (const workspace of ['api', 'web', 'migrations']) {
      const manifest = json(`${workspace}/package.json`);
      for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) names.add(name);
    }
    const refusing: string[] = [];
    const root = json('package.json').engines.node;
    if (!satisfies(release, root)) refusing.push(`package.json (${root})`);
    for (const name of names) {
      const path = `node_modules/${name}/package.json`;
      if (!existsSync(join(ROOT, path))) continue;
      const engine = json(path).engines?.node;
      if (engine && !satisfies(release, engine)) refusing.push(`${name} (${engine})`);
    }
    expect(refusing).toEqual([]);
  });

  it('the range reader agrees with semver on the ranges met here', () => {
    expect(satisfies('24.99.0', '^20.19.0 || ^22.13.0 || >=24.11.0')).toBe(true);
    expect(satisfies('24.99.0', '>= 20')).toBe(true);
    expect(satisfies('24.99.0', '^18.14.0 || ^20.0.0 || ^22.0.0 || >=24.0.0')).toBe(true);
    expect(satisfies('26.0.0', '^20.19.0 || ^22.12.0 || ^24.0.0')).toBe(false);
    expect(satisfies('22.1.0', '>=22.12')).toBe(false);
    expect(satisfies('22.12.0', '~22.12')).toBe(true);
  });

  it('runs as the unprivileged node user and ships no npm, dev packages or web sources', () => {
    const final = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(final).toMatch(/^USER node$/m);
    expect(final).not.toMatch(/COPY --from=build \/app\/node_modules/);
    expect(final).toMatch(/COPY --from=runtime-deps \/app\/node_modules node_modules/);
    expect(final).toMatch(/rm -rf \/usr\/local\/lib\/node_modules\/npm/);
    expect(final).not.toMatch(/COPY --from=build \/app\/web (?!.*dist)/);
    expect(dockerfile).toMatch(/npm ci --omit=dev --workspace api --workspace migrations/);
  });
});
