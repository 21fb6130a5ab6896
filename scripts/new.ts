/**
 * `npm run new -- <kind> …`: scaffolds content that passes the schema and never overwrites anything;
 * run in a terminal without arguments, it asks. Its words (help, questions, refusals) speak the team's
 * language, `settings.locale`; `--lang` is the language of the new plan's content.
 */
import * as prompts from '@clack/prompts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { IdKind } from '../src/i18n/cli-types.ts';
import { isLocale, uiStrings } from '../src/i18n/index.ts';
import { formatMessages } from '../src/lib/check/format.ts';
import { addPerson } from '../src/lib/scaffold/insert.ts';
import { idFromName, idProblem, MAX_ID_LENGTH } from '../src/lib/content/slug.ts';
import { memberTemplate, planTemplate, stakeholdersTemplate, valueTemplate, type Lang } from '../src/lib/scaffold/templates.ts';
import { teamRoles } from '../src/schemas/team.ts';
import { contentDir } from '../src/node/paths.ts';
import { loadPortfolio } from '../src/node/portfolio-fs.ts';
import { today as todayFromEnv, TodayError } from '../src/node/today.ts';
import { uiLocale } from '../src/node/ui-locale.ts';

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
const cli = uiStrings(uiLocale()).cli;
const t = cli.new;
let today: string;
try {
  // `KEYPLAN_TODAY`, checked as every command checks it, or the current date.
  today = todayFromEnv();
} catch (error) {
  console.error(`npm run new: ${error instanceof TodayError ? cli.badToday(error.value) : (error as Error).message}`);
  process.exit(2);
}

function loadState() {
  // `--lang` names the new plan's language, and the check's findings about it speak it too.
  const lang = flags.lang !== undefined && isLocale(flags.lang) ? { lang: flags.lang } : {};
  return loadPortfolio({ parallel: false, today, ...lang });
}

/** Writes a new file; refuses to replace one that exists. */
function create(path: string, text: string): void {
  if (existsSync(path)) throw new UsageError(t.exists(rel(path)));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}

async function ask(question: string, fallback?: string): Promise<string> {
  const answer = await prompts.text({ message: question, ...(fallback ? { placeholder: fallback, defaultValue: fallback } : {}) });
  if (prompts.isCancel(answer)) throw new UsageError(t.cancelled);
  return answer.trim();
}

async function askKind(): Promise<Kind> {
  const kind = await prompts.select({
    message: t.whatToCreate,
    options: KINDS.map((value) => ({ value, label: t.kinds[value] })),
  });
  if (prompts.isCancel(kind)) throw new UsageError(t.cancelled);
  return kind as Kind;
}

/**
 * A checked id: `given` (`--id`, an account argument) or one made from `name`. Ids become folder and
 * file names, so nothing but a slug passes: no `/`, `..`, dots, or an empty name (`!!!` has no slug).
 */
function checkedId(given: string | undefined, name: string, what: IdKind): string {
  const id = given ?? idFromName(name);
  const problem = idProblem(id);
  if (!problem) return id;
  // A person's id names no file: only folders and files must avoid the names Windows keeps.
  if (problem === 'device' && what === 'person') return id;
  if (problem === 'device') throw new UsageError(t.deviceId(id));
  const short = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);
  throw new UsageError(t.badId(given === undefined ? { name: short(name) } : { id: short(id) }, t.ids[what], MAX_ID_LENGTH));
}

function accountDir(id: string): string {
  checkedId(id, id, 'accountArg');
  const dir = join(root, 'accounts', id);
  if (!existsSync(join(dir, 'plan.mdx'))) throw new UsageError(t.noAccount(id, rel(join(dir, 'plan.mdx'))));
  return dir;
}

async function main(): Promise<string[]> {
  try {
    ({ values: flags, positionals } = readArgs());
  } catch (error) {
    throw new UsageError(t.badArguments((error as Error).message));
  }
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  let [kind, ...args] = positionals as [string | undefined, ...string[]];
  if (flags.help || (!kind && !interactive)) {
    process.stdout.write(t.usage(teamRoles));
    return [];
  }
  if (!kind) kind = await askKind();
  if (!KINDS.includes(kind as Kind)) throw new UsageError(t.unknownKind(kind, KINDS));
  const state = loadState();
  const settings = state.portfolio.settings;

  switch (kind as Kind) {
    case 'account': {
      const name = args[0] ?? (interactive ? await ask(t.ask.clientName) : '');
      if (!name) throw new UsageError(t.needClientName);
      const id = checkedId(flags.id, name, 'account');
      const lang = (flags.lang ?? settings.locale) as Lang;
      if (lang !== 'en' && lang !== 'es') throw new UsageError(t.badLang(lang));
      const kams = [...state.portfolio.team].filter(([, doc]) => doc.data.role === 'kam').map(([memberId]) => memberId);
      const owner = flags.owner ?? (interactive && kams.length > 1 ? await ask(t.ask.owner(kams), kams[0]) : kams[0]);
      if (!owner) throw new UsageError(t.noKam);
      const dir = join(root, 'accounts', id);
      if (existsSync(dir)) throw new UsageError(t.accountExists(rel(dir)));
      const files = [join(dir, 'plan.mdx'), join(dir, 'stakeholders.mdx'), join(dir, 'value', 'value-proposition.mdx')];
      create(files[0]!, planTemplate({ name, lang, owner, today, currency: settings.currency }));
      create(files[1]!, stakeholdersTemplate(lang));
      create(files[2]!, valueTemplate(lang === 'es' ? `Propuesta de valor para ${name}` : `Value proposition for ${name}`, lang));
      return files;
    }
    case 'value': {
      const account = args[0] ?? (interactive ? await ask(t.ask.accountId) : '');
      const title = args[1] ?? (interactive ? await ask(t.ask.valueTitle) : '');
      if (!account || !title) throw new UsageError(t.valueUsage);
      const dir = accountDir(account);
      const lang = state.portfolio.accounts.find((entry) => entry.id === account)?.plan?.data.lang ?? settings.locale;
      const file = join(dir, 'value', `${checkedId(flags.id, title, 'value')}.mdx`);
      create(file, valueTemplate(title, lang));
      return [file];
    }
    case 'person': {
      const account = args[0] ?? (interactive ? await ask(t.ask.accountId) : '');
      const name = args[1] ?? (interactive ? await ask(t.ask.personName) : '');
      if (!account || !name) throw new UsageError(t.personUsage);
      const file = join(accountDir(account), 'stakeholders.mdx');
      const person = {
        id: checkedId(flags.id, name, 'person'),
        name,
        ...(flags.title ? { title: flags.title } : {}),
        ...(flags.function ? { function: flags.function } : {}),
      };
      if (!existsSync(file)) create(file, stakeholdersTemplate(settings.locale));
      const result = addPerson(readFileSync(file, 'utf8'), person);
      if ('error' in result) throw new UsageError(t.cannotAdd(name, rel(file), result.error));
      writeFileSync(file, result.text);
      return [file];
    }
    case 'member': {
      const name = args[0] ?? (interactive ? await ask(t.ask.memberName) : '');
      if (!name) throw new UsageError(t.memberUsage);
      const role = flags.role ?? 'kam';
      if (!(teamRoles as readonly string[]).includes(role)) throw new UsageError(t.badRole(teamRoles, role));
      const file = join(root, 'team', `${checkedId(flags.id, name, 'member')}.yaml`);
      create(file, memberTemplate(name, role, flags.function, flags.email));
      return [file];
    }
  }
}

try {
  const written = await main();
  if (written.length > 0) {
    for (const file of written) console.log(t.created(rel(file)));
    const mine = new Set(written.map(rel));
    const lines = formatMessages(
      loadState()
        .reporter.sorted()
        .filter((file) => mine.has(file.path)),
    );
    if (lines.length > 0) console.log(`\n${t.findings(written.length)}\n${lines.join('\n')}`);
    console.log(`\n${t.next}`);
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(t.failed((error as Error).message));
  process.exit(2);
}
