/**
 * `npm run new -- <kind> …`: scaffolds content that passes the schema and never overwrites anything.
 *
 *   npm run new -- account "Aceros del Norte" [--lang es] [--owner laura-gomez] [--id aceros]
 *   npm run new -- value <account> "Title"
 *   npm run new -- person <account> "Name" [--title "CFO"] [--function Finance]
 *   npm run new -- member "Name" [--role kam] [--function Sales] [--email name@company.com]
 *
 * Run in a terminal without arguments, it asks.
 */
import * as prompts from '@clack/prompts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale } from '../src/i18n/index.ts';
import { formatMessages } from '../src/lib/format.ts';
import { addPerson } from '../src/lib/scaffold/insert.ts';
import { idFromName, MAX_ID_LENGTH, SLUG } from '../src/lib/slug.ts';
import { memberTemplate, planTemplate, stakeholdersTemplate, valueTemplate, type Lang } from '../src/lib/scaffold/templates.ts';
import { teamRoles } from '../src/schemas/team.ts';
import { contentDir } from '../src/node/paths.ts';
import { loadPortfolio } from '../src/node/portfolio-fs.ts';
import { today as todayFromEnv } from '../src/node/today.ts';

class UsageError extends Error {}

const KINDS = ['account', 'value', 'person', 'member'] as const;
type Kind = (typeof KINDS)[number];

/** The command line, read inside `main`'s error handling: a name such as `- Dash Co` looks like an option. */
const readArgs = () =>
  parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      owner: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      function: { type: 'string' },
      role: { type: 'string' },
      email: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
let flags: ReturnType<typeof readArgs>['values'] = {};
let positionals: string[] = [];

const root = contentDir();
const rel = (path: string) => relative(process.cwd(), path);
let today: string;
try {
  // `KEYPLAN_TODAY`, checked as every command checks it, or the current date.
  today = todayFromEnv();
} catch (error) {
  console.error(`npm run new: ${(error as Error).message}`);
  process.exit(2);
}

function loadState() {
  // `--lang` names the new plan's language, and the check's findings about it speak it too.
  const lang = flags.lang !== undefined && isLocale(flags.lang) ? { lang: flags.lang } : {};
  return loadPortfolio({ parallel: false, today, ...lang });
}

/** Writes a new file; refuses to replace one that exists. */
function create(path: string, text: string): void {
  if (existsSync(path)) throw new UsageError(`${rel(path)} already exists; Keyplan never overwrites content. Choose another name or --id.`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}

async function ask(question: string, fallback?: string): Promise<string> {
  const answer = await prompts.text({ message: question, ...(fallback ? { placeholder: fallback, defaultValue: fallback } : {}) });
  if (prompts.isCancel(answer)) throw new UsageError('Cancelled; nothing was written.');
  return answer.trim();
}

async function askKind(): Promise<Kind> {
  const kind = await prompts.select({
    message: 'What do you want to create?',
    options: [
      { value: 'account', label: 'A key account (plan, stakeholder map, value proposition)' },
      { value: 'value', label: 'A value proposition for an account' },
      { value: 'person', label: 'A stakeholder in an account map' },
      { value: 'member', label: 'A member of our team' },
    ],
  });
  if (prompts.isCancel(kind)) throw new UsageError('Cancelled; nothing was written.');
  return kind as Kind;
}

/**
 * A checked id: `given` (`--id`, an account argument) or one made from `name`. Ids become folder and
 * file names, so nothing but a slug passes: no `/`, `..`, dots, or an empty name (`!!!` has no slug).
 */
function checkedId(given: string | undefined, name: string, what: string): string {
  const id = given ?? idFromName(name);
  if (SLUG.test(id) && id.length <= MAX_ID_LENGTH) return id;
  const from =
    given === undefined
      ? ` from \`${name.length > 40 ? `${name.slice(0, 37)}…` : name}\``
      : ` \`${id.length > 40 ? `${id.slice(0, 37)}…` : id}\``;
  throw new UsageError(
    `Cannot use${from} as ${what}: an id is lowercase letters and digits joined by hyphens, such as \`aceros-del-norte\`, at most ${MAX_ID_LENGTH} characters. Pass --id with one.`,
  );
}

function accountDir(id: string): string {
  checkedId(id, id, 'an account id');
  const dir = join(root, 'accounts', id);
  if (!existsSync(join(dir, 'plan.mdx'))) throw new UsageError(`There is no account \`${id}\` (no ${rel(join(dir, 'plan.mdx'))}).`);
  return dir;
}

async function main(): Promise<string[]> {
  try {
    ({ values: flags, positionals } = readArgs());
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message}. A name that starts with \`-\` goes after \`--\`: npm run new -- account -- "- Dash Co"`,
    );
  }
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  let [kind, ...args] = positionals as [string | undefined, ...string[]];
  if (flags.help || (!kind && !interactive)) {
    console.log(
      readFileSync(new URL(import.meta.url), 'utf8')
        .split('*/')[0]!
        .replace(/^\/\*\*?|^ \* ?/gm, '')
        .trim(),
    );
    return [];
  }
  if (!kind) kind = await askKind();
  if (!KINDS.includes(kind as Kind)) throw new UsageError(`Unknown kind \`${kind}\`: use one of ${KINDS.join(', ')}.`);
  const state = loadState();
  const settings = state.portfolio.settings;

  switch (kind as Kind) {
    case 'account': {
      const name = args[0] ?? (interactive ? await ask("Client's name") : '');
      if (!name) throw new UsageError('Give the client\'s name: npm run new -- account "Aceros del Norte"');
      const id = checkedId(flags.id, name, 'the account id');
      const lang = (flags.lang ?? settings.locale) as Lang;
      if (lang !== 'en' && lang !== 'es') throw new UsageError(`--lang must be en or es, got \`${lang}\`.`);
      const kams = [...state.portfolio.team].filter(([, doc]) => doc.data.role === 'kam').map(([memberId]) => memberId);
      const owner = flags.owner ?? (interactive && kams.length > 1 ? await ask(`Owner (team id: ${kams.join(', ')})`, kams[0]) : kams[0]);
      if (!owner)
        throw new UsageError(
          'No key account manager in content/team/ to own the plan: add one with `npm run new -- member "Name" --role kam` or pass --owner.',
        );
      const dir = join(root, 'accounts', id);
      if (existsSync(dir))
        throw new UsageError(`${rel(dir)} already exists; Keyplan never overwrites content. Pass --id to choose another id.`);
      const files = [join(dir, 'plan.mdx'), join(dir, 'stakeholders.mdx'), join(dir, 'value', 'value-proposition.mdx')];
      create(files[0]!, planTemplate({ name, lang, owner, today, currency: settings.currency }));
      create(files[1]!, stakeholdersTemplate(lang));
      create(files[2]!, valueTemplate(lang === 'es' ? `Propuesta de valor para ${name}` : `Value proposition for ${name}`, lang));
      return files;
    }
    case 'value': {
      const account = args[0] ?? (interactive ? await ask('Account id') : '');
      const title = args[1] ?? (interactive ? await ask('Title of the proposition') : '');
      if (!account || !title) throw new UsageError('Usage: npm run new -- value <account> "Title"');
      const dir = accountDir(account);
      const lang = state.portfolio.accounts.find((entry) => entry.id === account)?.plan?.data.lang ?? settings.locale;
      const file = join(dir, 'value', `${checkedId(flags.id, title, 'the file name of the proposition')}.mdx`);
      create(file, valueTemplate(title, lang));
      return [file];
    }
    case 'person': {
      const account = args[0] ?? (interactive ? await ask('Account id') : '');
      const name = args[1] ?? (interactive ? await ask("Person's name") : '');
      if (!account || !name) throw new UsageError('Usage: npm run new -- person <account> "Name" [--title "…"] [--function "…"]');
      const file = join(accountDir(account), 'stakeholders.mdx');
      const person = {
        id: checkedId(flags.id, name, "the person's id"),
        name,
        ...(flags.title ? { title: flags.title } : {}),
        ...(flags.function ? { function: flags.function } : {}),
      };
      if (!existsSync(file)) create(file, stakeholdersTemplate(settings.locale));
      const result = addPerson(readFileSync(file, 'utf8'), person);
      if ('error' in result) throw new UsageError(`Cannot add ${name} to ${rel(file)}: ${result.error}.`);
      writeFileSync(file, result.text);
      return [file];
    }
    case 'member': {
      const name = args[0] ?? (interactive ? await ask('Name') : '');
      if (!name) throw new UsageError('Usage: npm run new -- member "Name" [--role kam] [--function Sales]');
      const role = flags.role ?? 'kam';
      if (!(teamRoles as readonly string[]).includes(role))
        throw new UsageError(`--role must be one of ${teamRoles.join(', ')}, got \`${role}\`.`);
      const file = join(root, 'team', `${checkedId(flags.id, name, "the member's id")}.yaml`);
      create(file, memberTemplate(name, role, flags.function, flags.email));
      return [file];
    }
  }
}

try {
  const written = await main();
  if (written.length > 0) {
    for (const file of written) console.log(`created ${rel(file)}`);
    const mine = new Set(written.map(rel));
    const lines = formatMessages(
      loadState()
        .reporter.sorted()
        .filter((file) => mine.has(file.path)),
    );
    if (lines.length > 0)
      console.log(
        `\nWhat the check says about ${written.length === 1 ? 'it' : 'them'} (warnings are expected until you fill them in):\n${lines.join('\n')}`,
      );
    console.log(`\nNext: fill in the files, run \`npm run check\`, then \`npm run dev\` to see the page, and open a pull request.`);
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(`npm run new failed: ${(error as Error).message}`);
  process.exit(2);
}
