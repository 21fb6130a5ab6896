import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksEn } from '../../src/i18n/check-en.ts';
import { checksEs } from '../../src/i18n/check-es.ts';
import { formatComparison } from '../../scripts/lib/format-compare.ts';
import { githubStepSummary } from '../../scripts/lib/format-github.ts';
import { TEST_TODAY } from '../helpers/today.ts';
import { check, SETTINGS, withChanges } from './helpers.ts';

/** Messages speak `settings.locale`; `--lang` overrides it; unreadable settings fall back to English. */
const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/check.ts');

function run(args: string[], content: string, env: Record<string, string> = {}) {
  const { GITHUB_STEP_SUMMARY: _, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...inherited, KEYPLAN_TODAY: TEST_TODAY, KEYPLAN_CONTENT: content, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The output with paths starting at `content/`, wherever the content folder is. */
const fromContent = (stdout: string) => stdout.replace(/^\S*?content\//gm, 'content/');
const line = (stdout: string, start: string) => stdout.split('\n').find((candidate) => candidate.includes(start));

// The sample portfolio, its settings switched to Spanish.
let scratch: string;
let spanish: string;
beforeAll(() => {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  scratch = mkdtempSync(join(ROOT, '.cache/check-locale-'));
  spanish = join(scratch, 'content');
  cpSync(join(ROOT, 'content'), spanish, { recursive: true });
  const settings = join(spanish, 'settings.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^locale: en$/m, 'locale: es'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run check on a Spanish site', () => {
  it('gives Spanish reasons and hints, keeping file, line, field and rule id', () => {
    const { code, stdout } = run([], spanish);
    expect(code).toBe(0);
    expect(line(fromContent(stdout), 'lumo-moda/stakeholders.mdx')).toMatchInlineSnapshot(
      `"content/accounts/lumo-moda/stakeholders.mdx:25:5  warning  \`people[2]\` (\`marc-puig\`, Marc Puig) tiene mucha influencia y ningún responsable (\`owner\`) en nuestro equipo. Pon en \`owner:\` el id de equipo de la persona que la atiende.  [coverage]"`,
    );
    expect(line(fromContent(stdout), 'nutrimascota/plan.mdx:25:1')).toMatchInlineSnapshot(
      `"content/accounts/nutrimascota/plan.mdx:25:1  warning  A \`selection\` le falta \`coInvestment\`. Añádela, puntuada de 1 a 5, donde 5 siempre es bueno para nosotros (\`costToServe: 5\` significa que atenderla es barato): las puntuaciones sitúan la cuenta en la matriz de selección.  [selection]"`,
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('10 planes comprobados, 0 errores, 6 avisos.');
    expect(stdout).not.toMatch(/ the | has no | Add /);
  });

  it('speaks English with --lang en, word for word as an English site', () => {
    const english = run(['--lang', 'en'], spanish);
    expect(fromContent(english.stdout)).toBe(run([], join(ROOT, 'content')).stdout);
    expect(english.stdout).toContain('`people[2]` (`marc-puig`, Marc Puig) has high influence and no `owner` on our team.');
  });

  it('speaks Spanish with --lang es on an English site', () => {
    expect(run(['--lang', 'es'], join(ROOT, 'content')).stdout).toBe(fromContent(run([], spanish).stdout));
  });

  it("gives schema and reference errors in Spanish, with the schemas' own rules translated", () => {
    const { code, stdout } = run(['--lang', 'es'], 'test/fixtures/broken/content');
    expect(code).toBe(1);
    expect(stdout).toContain(
      'plan.mdx:8:11  error  `reviewed` tiene que ser una fecha real del calendario escrita AAAA-MM-DD, p. ej. 2026-03-31; valor recibido: "2026-13-45".  [schema]',
    );
    expect(stdout).toContain('plan.mdx:17:1  error  Campo desconocido `onwer`. ¿Querías decir `owner`?  [schema]');
    expect(stdout).toContain('stakeholders.mdx:9:12  error  `people[1].owner` `bob` no está en el equipo.');
  });

  it('refuses an unknown language, in the language of the site', () => {
    expect(run(['--lang', 'fr'], spanish)).toMatchObject({
      code: 2,
      stderr: 'keyplan check: `--lang` tiene que ser uno de en, es, pero es "fr".\n',
    });
    expect(run(['--lang', 'fr'], join(ROOT, 'content'))).toMatchObject({
      code: 2,
      stderr: 'keyplan check: `--lang` must be one of en, es, got "fr".\n',
    });
  });
});

describe('npm run check’s help and refusals', () => {
  const english = () => join(ROOT, 'content');

  it('prints the help in the language of the site, or of --lang', () => {
    const help = run(['--help'], spanish);
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n').slice(0, 4)).toEqual([
      'Uso: npm run check [-- opciones]',
      '',
      'Comprueba todas las reglas de esquema, referencias y completitud del contenido',
      '(`content/`, o la carpeta indicada en KEYPLAN_CONTENT) e imprime todos los problemas.',
    ]);
    expect(help.stdout).toContain('--lang <en|es>               el idioma de los mensajes');
    expect(help.stdout).not.toMatch(/Usage|Options|default/);
    expect(run(['--help'], english()).stdout).toMatch(/^Usage: npm run check \[-- options\]\n/);
    expect(run(['--help', '--lang', 'en'], spanish).stdout).toBe(run(['--help'], english()).stdout);
    expect(run(['--lang=es', '-h'], english()).stdout).toBe(help.stdout);
  });

  it('refuses in one line in the language of the site, or of --lang', () => {
    const reasons = [
      run(['--strict'], spanish),
      run(['--format', 'xml'], spanish),
      run(['--since', ' '], spanish),
      run([], spanish, { KEYPLAN_TODAY: '2026-02-30' }),
      run(['--format', 'xml', '--lang', 'en'], spanish),
      run(['--format', 'xml', '--lang', 'es'], english()),
    ].map((result) => {
      expect(result.code).toBe(2);
      return result.stderr.trimEnd();
    });
    expect(reasons).toMatchInlineSnapshot(`
      [
        "keyplan check: Unknown option '--strict'. Ejecuta \`npm run check -- --help\` para ver las opciones.",
        "keyplan check: \`--format\` tiene que ser uno de text, github, json, pero es "xml".",
        "keyplan check: \`--since\` necesita una revisión de git con la que comparar, como \`origin/main\`.",
        "keyplan check: \`KEYPLAN_TODAY\` tiene que ser una fecha real escrita AAAA-MM-DD, pero es "2026-02-30". Quita la variable para usar la fecha de hoy.",
        "keyplan check: \`--format\` must be one of text, github, json, got "xml".",
        "keyplan check: \`--format\` tiene que ser uno de text, github, json, pero es "xml".",
      ]
    `);
  });

  it('speaks English where there are no settings to read: a content folder that does not exist', () => {
    const missing = join(scratch, 'no-such-folder');
    expect(run([], missing).stderr).toMatch(
      /^keyplan check: The content folder `\S+no-such-folder` \(named by KEYPLAN_CONTENT\) does not exist\./,
    );
    expect(run(['--lang', 'es'], missing).stderr).toMatch(
      /^keyplan check: La carpeta de contenido `\S+no-such-folder` \(indicada en KEYPLAN_CONTENT\) no existe\./,
    );
  });
});

describe('the engine', () => {
  const spanishMinimal = () => withChanges({ [SETTINGS]: (text) => `${text}locale: es\n` });

  it('writes the completeness report the account page shows in the site language', () => {
    const report = check(spanishMinimal(), { today: TEST_TODAY }).completeness.get('acme')!;
    expect(report.checks.find((result) => result.id === 'decision-maker')?.reason).toBe(
      'Deciden: `maria-garcia` (decision-maker) y `sean-obrien` (economic-buyer).',
    );
  });

  it('falls back to English when settings.yaml cannot be read, unless --lang says otherwise', () => {
    const broken = withChanges({ [SETTINGS]: () => 'company: [unclosed\n' });
    const reasons = (lang?: 'en' | 'es') =>
      check(broken, lang ? { lang } : {})
        .reporter.sorted()
        .flatMap((file) => file.messages.filter((message) => message.ruleId === 'portfolio-size').map((message) => message.reason));
    expect(reasons()[0]).toMatch(/^The portfolio has 1 active plan/);
    expect(reasons('es')[0]).toMatch(/^La cartera tiene 1 plan activo/);
  });

  it('words files it cannot read in the site language', () => {
    const files = [
      ...spanishMinimal(),
      {
        path: 'content/team/ana-copy.yaml',
        text: '',
        unreadable: { ruleId: 'symlink', reason: '', about: { kind: 'symlink' as const, target: '../ana-lopez.yaml', outside: false } },
      },
    ];
    const messages = check(files, { today: TEST_TODAY })
      .reporter.sorted()
      .find((file) => file.path === 'content/team/ana-copy.yaml')?.messages;
    expect(messages?.map((message) => message.reason)).toEqual([
      'Esto es un enlace simbólico a `../ana-lopez.yaml`. Keyplan no sigue enlaces, porque el sitio publicaría lo que haya al otro lado. Sustituye el enlace por el propio archivo.',
    ]);
  });

  it('writes the GitHub step summary in the site language', () => {
    const result = check(spanishMinimal(), { today: TEST_TODAY });
    const summary = githubStepSummary({
      summary: '1 plan comprobado, 0 errores, 1 aviso.',
      today: result.today,
      accountIds: ['acme'],
      names: new Map([['acme', 'Acme Foods']]),
      reports: result.completeness,
      files: result.reporter.sorted(),
      t: checksEs,
    });
    expect(summary.split('\n').slice(0, 6)).toEqual([
      '## Comprobación de Keyplan',
      '',
      `**1 plan comprobado, 0 errores, 1 aviso.** (hoy: ${TEST_TODAY})`,
      '',
      '| Plan | Estado | Puntuación | Comprobaciones que fallan |',
      '| --- | --- | ---: | --- |',
    ]);
    expect(summary).toContain('| aviso | `content/settings.yaml:1:1` | La cartera tiene 1 plan activo');
  });

  it('writes the --since summary in the site language', () => {
    const state = (score: number, failing: ('sponsor' | 'kpis')[]) => ({
      accountId: 'acme',
      name: 'Acme Foods',
      status: 'active' as const,
      score,
      checked: 14,
      failing,
    });
    const markdown = formatComparison(
      {
        added: [],
        removed: [],
        changed: [
          {
            accountId: 'acme',
            name: 'Acme Foods',
            before: state(1, []),
            after: state(0.5, ['sponsor']),
            newlyFailing: ['sponsor'],
            newlyPassing: [],
          },
        ],
        newErrors: [],
        newWarnings: [],
        fixedErrors: 0,
        overdueWarnings: [],
        counts: { errors: 0, warnings: 1 },
      },
      { ref: 'origin/main', commit: 'abcdef1234567', today: TEST_TODAY },
      checksEs,
    );
    expect(markdown).toMatchInlineSnapshot(`
      "## Keyplan: qué hace este cambio a los planes

      Comparado con \`origin/main\` (abcdef1), ambos evaluados a fecha de 2026-11-23. **1 plan cambia (1 baja), ningún error nuevo.**

      | Plan | Completitud | Pasan a fallar | Pasan a cumplirse |
      | --- | --- | --- | --- |
      | \`acme\` Acme Foods | active 100% → active 50% ↓ | \`sponsor\` |  |

      El contenido, con el cambio, tiene en total 0 errores y 1 aviso.

      "
    `);
  });

  it('has a Spanish entry for every English one', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, item]) =>
        item && typeof item === 'object' ? keys(item, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(checksEs)).toEqual(keys(checksEn));
  });
});
