import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The committed lock file is complete for every platform, so that `npm ci` works on a KAM's Mac or
 * Windows laptop as on Linux CI: every optional dependency (the platform binaries of native
 * packages) has its own entry. An `npm install` over an existing node_modules drops other
 * platforms' entries, which is how an incomplete lock gets committed. `.ci/run` also checks that
 * `npm install` would not change the lock.
 */
const ROOT = resolve(import.meta.dirname, '../..');
interface Entry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, Entry>;
};
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as Entry;

/** Where Node would find `name` from the package at `path`: its own node_modules, then each parent's. */
function resolves(path: string, name: string): boolean {
  let base = path;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

describe('package-lock.json', () => {
  it('is a version 3 lock that records the manifest’s dependencies', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages['']?.dependencies).toEqual(manifest.dependencies);
    expect(lock.packages['']?.devDependencies).toEqual(manifest.devDependencies);
  });

  it('has an entry for every optional dependency, whatever the platform', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolves(path, name)) missing.push(`${path || '(root)'} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
    // The platform bindings that were once missing: macOS, Windows and Linux alike.
    expect(Object.keys(lock.packages).filter((path) => path.includes('@astrojs/compiler-binding-')).length).toBeGreaterThanOrEqual(6);
  });
});
