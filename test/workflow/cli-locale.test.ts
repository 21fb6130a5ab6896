import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../helpers/today.ts';

/** The help and refusals of `npm run due` and `npm run codeowners` speak `settings.locale` (or `due --lang`). */
const ROOT = resolve(import.meta.dirname, '../..');

function run(script: string, args: string[], content: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, KEYPLAN_TODAY: TEST_TODAY, KEYPLAN_CONTENT: content, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The minimal fixture, its settings in Spanish.
let scratch: string;
let spanish: string;
const english = 'test/fixtures/minimal/content';
beforeAll(() => {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  scratch = mkdtempSync(join(ROOT, '.cache/cli-locale-'));
  spanish = join(scratch, 'content');
  cpSync(join(ROOT, english), spanish, { recursive: true });
  appendFileSync(join(spanish, 'settings.yaml'), 'locale: es\n');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run due', () => {
  it('prints the help in the language of the site, or of --lang', () => {
    expect(run('due.ts', ['--help'], spanish)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Uso: npm run due \[-- opciones\]\n/),
    });
    expect(run('due.ts', ['--help'], english).stdout).toMatch(/^Usage: npm run due \[-- options\]\n/);
    expect(run('due.ts', ['--help', '--lang', 'en'], spanish).stdout).toBe(run('due.ts', ['--help'], english).stdout);
  });

  it('refuses in one line in the language of the site, or of --lang', () => {
    const reasons = [
      run('due.ts', ['--format', 'yaml'], spanish),
      run('due.ts', ['--days', 'soon'], spanish),
      run('due.ts', ['--lang', 'fr'], spanish),
      run('due.ts', [], spanish, { KEYPLAN_TODAY: 'tomorrow' }),
      run('due.ts', ['--days', 'soon', '--lang', 'es'], english),
      run('due.ts', ['--days', 'soon'], english),
    ].map((result) => {
      expect(result.code).toBe(2);
      return result.stderr.trimEnd();
    });
    expect(reasons).toMatchInlineSnapshot(`
      [
        "keyplan due: \`--format\` tiene que ser text o markdown, pero es "yaml".",
        "keyplan due: \`--days\` tiene que ser un número entero de días, pero es "soon".",
        "keyplan due: \`--lang\` tiene que ser uno de en, es, pero es "fr".",
        "keyplan due: \`KEYPLAN_TODAY\` tiene que ser una fecha real escrita AAAA-MM-DD, pero es "tomorrow". Quita la variable para usar la fecha de hoy.",
        "keyplan due: \`--days\` tiene que ser un número entero de días, pero es "soon".",
        "keyplan due: \`--days\` must be a whole number of days, got "soon".",
      ]
    `);
  });
});

describe('npm run codeowners', () => {
  it('prints the help in the language of the site', () => {
    expect(run('codeowners.ts', ['--help'], spanish)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Uso: npm run codeowners \[-- --check\]\n\nEscribe \.github\/CODEOWNERS en la raíz del repositorio/),
    });
    expect(run('codeowners.ts', ['--help'], english).stdout).toMatch(/^Usage: npm run codeowners \[-- --check\]\n/);
  });

  it('says in the language of the site why it could not run', () => {
    expect(run('codeowners.ts', ['--check'], spanish, { KEYPLAN_TODAY: '2026-02-30' })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'keyplan codeowners: no se ha podido ejecutar: `KEYPLAN_TODAY` tiene que ser una fecha real escrita AAAA-MM-DD, pero es "2026-02-30". Quita la variable para usar la fecha de hoy.\n',
    });
    expect(run('codeowners.ts', ['--check'], english, { KEYPLAN_TODAY: '2026-02-30' }).stderr).toBe(
      'keyplan codeowners: could not run: `KEYPLAN_TODAY` must be a real date written YYYY-MM-DD, got "2026-02-30". Unset it to use the current date.\n',
    );
  });
});
