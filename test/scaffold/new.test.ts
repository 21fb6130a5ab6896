import { appendFileSync, cpSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/check/engine.ts';
import { idProblem, MAX_ID_LENGTH, slugify } from '../../src/lib/content/slug.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { ROOT, run } from '../helpers/site.ts';
import { TEST_TODAY } from '../helpers/today.ts';

const NEW = resolve(ROOT, 'scripts/new.ts');

function copyMinimal(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyplan-new-'));
  cpSync(resolve(ROOT, 'test/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

const schemaErrors = (content: string) =>
  runEngine(readContentTree(content, resolve(content, '..')))
    .reporter.sorted()
    .flatMap((file) =>
      file.messages
        .filter((message) => message.fatal && ['schema', 'reference', 'yaml-syntax', 'mdx-syntax'].includes(message.ruleId ?? ''))
        .map((message) => `${file.path}: ${message.reason}`),
    );

describe('slugify', () => {
  it('folds accents and punctuation', () => {
    expect(slugify('Aceros del Norte')).toBe('aceros-del-norte');
    expect(slugify('Marta Núñez')).toBe('marta-nunez');
    expect(slugify("Siobhan O'Brien")).toBe('siobhan-obrien');
    expect(slugify('  Café & Co. (Iberia) ')).toBe('cafe-co-iberia');
  });

  it('tells why an id cannot name a folder or file, for the scaffolder and the browser editor alike', () => {
    expect(idProblem('aceros-del-norte')).toBeUndefined();
    expect(['../plan', 'a.b', '', 'Acme', 'a--b'].map(idProblem)).toEqual(Array(5).fill('pattern'));
    expect(idProblem('a'.repeat(MAX_ID_LENGTH))).toBeUndefined();
    expect(idProblem('a'.repeat(MAX_ID_LENGTH + 1))).toBe('length');
    expect(['con', 'nul', 'com1', 'lpt9'].map(idProblem)).toEqual(Array(4).fill('device'));
    expect(idProblem('console')).toBeUndefined();
  });
});

describe('npm run new', () => {
  it('scaffolds an account that passes the schema, in the language asked, and refuses to overwrite it', async () => {
    const content = copyMinimal();
    const env = { KEYPLAN_CONTENT: content };
    const first = await run([NEW, 'account', 'Aceros del Norte', '--lang', 'es'], env);
    expect(first.code, first.stderr).toBe(0);
    const plan = readFileSync(join(content, 'accounts/aceros-del-norte/plan.mdx'), 'utf8');
    expect(plan).toContain('account: Aceros del Norte');
    expect(plan).toContain('status: draft');
    expect(plan).toContain('## Conocimiento');
    expect(plan).toContain('### Industria');
    expect(plan).toContain('## Compromiso');
    expect(existsSync(join(content, 'accounts/aceros-del-norte/stakeholders.mdx'))).toBe(true);
    expect(existsSync(join(content, 'accounts/aceros-del-norte/value/value-proposition.mdx'))).toBe(true);
    expect(schemaErrors(content)).toEqual([]);

    const again = await run([NEW, 'account', 'Aceros del Norte'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; Keyplan never overwrites content');
    expect(readFileSync(join(content, 'accounts/aceros-del-norte/plan.mdx'), 'utf8')).toBe(plan);
  });

  it('adds a stakeholder at the end of an existing map without touching the rest', async () => {
    const content = copyMinimal();
    const file = join(content, 'accounts/acme/stakeholders.mdx');
    const before = readFileSync(file, 'utf8');
    const result = await run([NEW, 'person', 'acme', 'Marta Núñez', '--title', 'CFO: Finance #1'], { KEYPLAN_CONTENT: content });
    expect(result.code, result.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    const [head] = before.split('\n---\n');
    expect(after.startsWith(head!)).toBe(true);
    expect(after).toContain('  - id: marta-nunez\n    name: Marta Núñez\n    title: "CFO: Finance #1"\n---');
    expect(after.endsWith(before.slice(head!.length + 1))).toBe(true);
    expect(schemaErrors(content)).toEqual([]);

    const duplicate = await run([NEW, 'person', 'acme', 'Marta Núñez'], { KEYPLAN_CONTENT: content });
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('a person with id `marta-nunez` is already in it');
  });

  it('adds a value proposition and a team member', async () => {
    const content = copyMinimal();
    const env = { KEYPLAN_CONTENT: content };
    expect((await run([NEW, 'value', 'acme', 'Cold chain for fresh fish'], env)).code).toBe(0);
    expect(readFileSync(join(content, 'accounts/acme/value/cold-chain-for-fresh-fish.mdx'), 'utf8')).toContain(
      'title: Cold chain for fresh fish',
    );
    expect((await run([NEW, 'member', 'Iñaki Ibáñez', '--role', 'specialist', '--function', 'Customs'], env)).code).toBe(0);
    expect(readFileSync(join(content, 'team/inaki-ibanez.yaml'), 'utf8')).toBe('name: Iñaki Ibáñez\nrole: specialist\nfunction: Customs\n');
    expect((await run([NEW, 'value', 'nowhere', 'X'], env)).stderr).toContain('There is no account `nowhere`');
    expect(schemaErrors(content)).toEqual([]);
  });

  it('writes nothing outside the content folder, nor a file without a name (finding 10)', async () => {
    const content = copyMinimal();
    const env = { KEYPLAN_CONTENT: content };
    const attempts = [
      [NEW, 'account', 'X', '--id', '../../../outside/a'],
      [NEW, 'value', 'acme', 'X', '--id', '../../plan'],
      [NEW, 'member', 'X', '--id', '../escape'],
      [NEW, 'person', 'acme', 'X', '--id', 'a.b'],
      [NEW, 'value', '../..', 'X'],
      [NEW, 'value', 'acme', '!!!'],
    ];
    for (const args of attempts) {
      const result = await run(args, env);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(/an id is lowercase letters and digits joined by hyphens/);
    }
    expect(existsSync(join(content, '..', 'outside'))).toBe(false);
    expect(existsSync(join(content, 'accounts/acme/value/.mdx'))).toBe(false);
    // A client called Con would be a folder no Windows laptop can check out.
    const device = await run([NEW, 'account', 'Con'], env);
    expect(device.code).toBe(1);
    expect(device.stderr.trim()).toBe(
      '`con` is a name Windows keeps for a device, so no folder or file can have it: pass --id with another.',
    );
    expect(existsSync(join(content, 'accounts/con'))).toBe(false);
    // A person's id is no file name: Con the buyer is welcome.
    expect((await run([NEW, 'person', 'acme', 'Con'], env)).code).toBe(0);
    expect(schemaErrors(content)).toEqual([]);
  });

  it('writes any name as a YAML string, and fails in one line (finding 10)', async () => {
    const content = copyMinimal();
    const env = { KEYPLAN_CONTENT: content };
    expect((await run([NEW, 'account', '--id', 'two-lines', 'Two\nLines: #1'], env)).code).toBe(0);
    expect(readFileSync(join(content, 'accounts/two-lines/plan.mdx'), 'utf8')).toContain('account: "Two\\nLines: #1"');
    expect((await run([NEW, 'account', '--', '- Dash Co'], env)).code).toBe(0);
    expect(readFileSync(join(content, 'accounts/dash-co/plan.mdx'), 'utf8')).toContain('account: "- Dash Co"');
    const dash = await run([NEW, 'account', '- Dash Co'], env);
    expect(dash.code).toBe(1);
    expect(dash.stderr.trim().split('\n')).toHaveLength(1);
    expect(dash.stderr).toContain('goes after `--`');
    const long = await run([NEW, 'account', 'Long '.repeat(100)], env);
    expect(long.code, long.stderr).toBe(0);
    expect(long.stdout).toMatch(/accounts\/long(-long){12}\/plan\.mdx/);
    expect(schemaErrors(content)).toEqual([]);
  });

  it('is answered by the check when a content file is hidden (finding 10)', () => {
    const content = copyMinimal();
    writeFileSync(join(content, 'accounts/acme/value/.mdx'), '---\ntitle: X\nstatus: draft\n---\n');
    const messages = runEngine(readContentTree(content, resolve(content, '..')))
      .reporter.sorted()
      .flatMap((file) =>
        file.messages
          .filter((message) => message.ruleId === 'hidden-file')
          .map((message) => `${file.path.split('/').slice(-2).join('/')}: ${message.reason}`),
      );
    expect(messages).toMatchInlineSnapshot(`
      [
        "value/.mdx: \`.mdx\` is a hidden file (its name starts with a dot), so it is not a plan, map or proposition and Keyplan does not read it. Rename it to a lowercase slug, such as \`value-proposition.mdx\`, or delete it.",
      ]
    `);
  });
});

describe('npm run new in the team’s language (settings.locale)', () => {
  /** The minimal fixture, its settings in Spanish (or as `settings` gives them). */
  function spanishTeam(settings = 'locale: es\n'): { content: string; env: Record<string, string> } {
    const content = copyMinimal();
    appendFileSync(join(content, 'settings.yaml'), settings);
    return { content, env: { KEYPLAN_CONTENT: content, KEYPLAN_TODAY: TEST_TODAY } };
  }
  /** Standard error with the temporary content folder shown as `content`, wherever it is. */
  const said = (stderr: string, content: string) => stderr.replaceAll(relative(ROOT, content), 'content').trimEnd();

  it('prints the help in Spanish, with and without --help', async () => {
    const { env } = spanishTeam();
    const help = await run([NEW, '--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n').slice(0, 4)).toEqual([
      'Uso: npm run new -- <tipo> [argumentos] [opciones]',
      '',
      'Crea contenido que cumple el esquema, sin sobrescribir nunca nada.',
      'En un terminal y sin argumentos, te lo pregunta.',
    ]);
    expect(help.stdout).toContain('--lang <en|es>       el idioma del contenido del plan nuevo');
    expect(help.stdout).toContain('el papel del miembro del equipo: kam, sponsor, specialist o manager');
    // Not in a terminal and without arguments: the same help.
    expect(await run([NEW], env)).toEqual(help);
  });

  it('refuses in Spanish, writing nothing', async () => {
    const { content, env } = spanishTeam();
    await run([NEW, 'person', 'acme', 'Marta Núñez'], env);
    const refusals = [
      [NEW, 'kpi', 'X'],
      [NEW, 'account'],
      [NEW, 'account', 'Acme', '--id', 'acme'],
      [NEW, 'account', 'X', '--lang', 'fr'],
      [NEW, 'account', 'X', '--id', '../fuera'],
      [NEW, 'value', 'acme'],
      [NEW, 'value', 'nowhere', 'X'],
      [NEW, 'value', 'acme', '!!!'],
      [NEW, 'person', 'acme', 'Marta Núñez'],
      [NEW, 'member', 'Iñaki Ibáñez', '--role', 'boss'],
    ];
    const lines: string[] = [];
    for (const args of refusals) {
      const result = await run(args, env);
      expect(result.code, args.join(' ')).toBe(1);
      lines.push(said(result.stderr, content));
    }
    expect(lines).toMatchInlineSnapshot(`
      [
        "Tipo \`kpi\` desconocido: usa account, value, person o member.",
        "Indica el nombre del cliente: npm run new -- account "Aceros del Norte"",
        "content/accounts/acme ya existe; Keyplan nunca sobrescribe contenido. Elige otro id con --id.",
        "--lang tiene que ser en o es, pero es \`fr\`.",
        "No se puede usar \`../fuera\` como el id de la cuenta: un id se compone de letras minúsculas y dígitos unidos por guiones, como \`aceros-del-norte\`, con 64 caracteres como máximo. Indica uno con --id.",
        "Uso: npm run new -- value <cuenta> "Título"",
        "No hay ninguna cuenta \`nowhere\` (no existe content/accounts/nowhere/plan.mdx).",
        "No se puede obtener el nombre de archivo de la propuesta a partir de \`!!!\`: un id se compone de letras minúsculas y dígitos unidos por guiones, como \`aceros-del-norte\`, con 64 caracteres como máximo. Indica uno con --id.",
        "No se puede añadir a Marta Núñez a content/accounts/acme/stakeholders.mdx: ya incluye a una persona con el id \`marta-nunez\`.",
        "--role tiene que ser uno de kam, sponsor, specialist, manager, pero es \`boss\`.",
      ]
    `);
    // Node's own words on the command line stay as Node writes them; what to do is in Spanish.
    const dash = await run([NEW, 'account', '- Dash Co'], env);
    expect(dash.code).toBe(1);
    expect(dash.stderr).toMatch(/\. Un nombre que empieza por `-` va después de `--`: npm run new -- account -- "- Dash Co"\n$/);
    expect(schemaErrors(content)).toEqual([]);
  });

  it('refuses a KEYPLAN_TODAY that is no date in Spanish', async () => {
    const { env } = spanishTeam();
    const result = await run([NEW, 'account', 'X'], { ...env, KEYPLAN_TODAY: '2026-02-30' });
    expect(result).toMatchObject({
      code: 2,
      stderr:
        'npm run new: `KEYPLAN_TODAY` tiene que ser una fecha real escrita AAAA-MM-DD, pero es "2026-02-30". Quita la variable para usar la fecha de hoy.\n',
    });
  });

  it('answers in Spanish when --lang asks for an English plan: --lang is the language of the content', async () => {
    const { content, env } = spanishTeam();
    const result = await run([NEW, 'account', 'Aceros del Norte', '--lang', 'en'], env);
    expect(result.code, result.stderr).toBe(0);
    const plan = readFileSync(join(content, 'accounts/aceros-del-norte/plan.mdx'), 'utf8');
    expect(plan).toContain('lang: en');
    expect(plan).toContain('## Knowledge');
    const lines = result.stdout.replaceAll(relative(ROOT, content), 'content').split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'creado content/accounts/aceros-del-norte/plan.mdx',
      'creado content/accounts/aceros-del-norte/stakeholders.mdx',
      'creado content/accounts/aceros-del-norte/value/value-proposition.mdx',
    ]);
    expect(lines).toContain('Lo que dice la comprobación de los archivos nuevos (es normal que haya avisos hasta que los rellenes):');
    expect(lines.at(-2)).toBe(
      'Siguiente paso: rellena los archivos, ejecuta `npm run check` y luego `npm run dev` para ver la página, y abre una pull request.',
    );
  });

  it('stays in English for an English team, and when the settings cannot be read', async () => {
    const english = copyMinimal();
    const env = { KEYPLAN_CONTENT: english, KEYPLAN_TODAY: TEST_TODAY };
    expect((await run([NEW, '--help'], env)).stdout).toMatch(/^Usage: npm run new -- <kind> \[arguments\] \[options\]\n/);
    const created = await run([NEW, 'value', 'acme', 'Cold chain'], env);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^created \S+\/accounts\/acme\/value\/cold-chain\.mdx\n/);
    expect(created.stdout.trimEnd().split('\n').at(-1)).toBe(
      'Next: fill in the files, run `npm run check`, then `npm run dev` to see the page, and open a pull request.',
    );
    expect((await run([NEW, 'kpi'], env)).stderr).toBe('Unknown kind `kpi`: use one of account, value, person, member.\n');

    // `locale: es`, but the settings fail their schema: the check speaks English, and so does `new`.
    const unreadable = spanishTeam('locale: es\ncurrency: euros\n');
    expect((await run([NEW, '--help'], unreadable.env)).stdout).toMatch(/^Usage: npm run new/);
    expect((await run([NEW, 'kpi'], unreadable.env)).stderr).toMatch(/^Unknown kind/);
  });
});
