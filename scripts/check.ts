/**
 * `npm run check`: every schema, reference and completeness check on the content tree, without
 * building the site. Prints every problem as `path:line:col  level  message  [rule]`.
 *
 * With `--since <git-ref>` it also checks the content as it is at that revision and prints, in
 * Markdown for a pull request's summary, what the change does to each plan's completeness.
 *
 * Exit codes: 0 without errors (warnings allowed), 1 with errors, 2 when the check could not run.
 */
import { appendFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { EngineResult } from '../src/lib/check/engine.ts';
import type { SourceFile } from '../src/lib/model.ts';
import type { CliStrings } from '../src/i18n/cli-types.ts';
import { isLocale, locales, uiStrings, type Locale } from '../src/i18n/index.ts';
import { formatMessages } from '../src/lib/check/format.ts';
import { formatPlans, formatSummary } from './lib/format-plans.ts';
import { readContentTree } from '../src/node/content-fs.ts';
import { contentDir } from '../src/node/paths.ts';
import { today as todayFromEnv, TodayError } from '../src/node/today.ts';
import { langFlagOrUiLocale } from '../src/node/ui-locale.ts';
// `--format github|json` and `--since` load their modules when asked, as most runs print text.

const FORMATS = ['text', 'github', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** A reason the check could not run: printed in one line, exit status 2. */
class CannotRun extends Error {}

function options(argv: string[], t: CliStrings) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        verbose: { type: 'boolean', default: false },
        since: { type: 'string' },
        lang: { type: 'string' },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (!FORMATS.includes(values.format as Format)) {
      throw new CannotRun(t.check.badFormat(FORMATS, values.format));
    }
    if (values.since !== undefined && values.since.trim() === '') {
      throw new CannotRun(t.check.needsRevision);
    }
    if (values.lang !== undefined && !isLocale(values.lang)) {
      throw new CannotRun(t.badLang(locales, values.lang));
    }
    return { ...values, format: values.format as Format, lang: values.lang as Locale | undefined };
  } catch (error) {
    if (error instanceof CannotRun) throw error;
    // parseArgs explains unknown options and missing values well; only add where to look.
    throw new CannotRun(t.check.badOption((error as Error).message.replace(/\.?$/, '.')));
  }
}

function checkContentFolder(path: string, t: CliStrings): void {
  const dir = relative(process.cwd(), path) || '.';
  const named = Boolean(process.env['KEYPLAN_CONTENT']);
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CannotRun(code === 'ENOENT' ? t.check.noFolder(dir, named) : t.check.unreadableFolder(dir, named, (error as Error).message));
  }
  if (!isFolder) throw new CannotRun(t.check.notFolder(dir, named));
}

/**
 * `loadPortfolio`, with the MDX files parsed on two threads when there are enough of them. With
 * `base`, the files of the revision `--since` names: the accounts the change touches are judged as
 * a pull request's gate judges them (`completeness.overdue`).
 */
async function checkContentTree(today: string, lang: Locale | undefined, base?: readonly SourceFile[]): Promise<EngineResult> {
  const { loadPortfolio } = await import('../src/node/portfolio-fs.ts');
  return loadPortfolio({ today, ...(lang ? { lang } : {}), ...(base ? { base } : {}) });
}

async function run(argv: string[], t: CliStrings): Promise<number> {
  const args = options(argv, t);
  if (args.help) {
    process.stdout.write(t.check.usage);
    return 0;
  }
  checkContentFolder(contentDir(), t);
  let day: string;
  try {
    day = todayFromEnv();
  } catch (error) {
    throw new CannotRun(error instanceof TodayError ? t.badToday(error.value) : (error as Error).message);
  }
  if (args.since !== undefined) return compareWith(args.since, day, args.format, args.lang, t);
  const started = performance.now();
  const current = await checkContentTree(day, args.lang);
  const { portfolio, reporter, completeness, today } = current;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const files = reporter.sorted();
  const counts = reporter.counts();
  const accountIds = portfolio.accounts.map((account) => account.id);
  const summary = formatSummary(accountIds.length, counts, uiStrings(current.locale).checks);
  const out: string[] = [];

  if (args.format === 'json') {
    const [{ jsonReport }, { contentRoot }] = await Promise.all([import('./lib/format-json.ts'), import('../src/node/portfolio-fs.ts')]);
    const report = jsonReport({ today, root: contentRoot(), accounts: portfolio.accounts, reports: completeness, files, counts });
    out.push(JSON.stringify(report, null, 2));
  } else {
    const github = args.format === 'github' ? await import('./lib/format-github.ts') : undefined;
    out.push(...(github ? github.githubAnnotations(files) : formatMessages(files)));
    if (args.verbose) {
      if (out.length) out.push('');
      out.push(...formatPlans(completeness, accountIds, uiStrings(current.locale).checks), '');
    }
    out.push(args.verbose ? uiStrings(current.locale).checks.run.timed(summary, seconds, today) : `${summary}.`);
  }
  process.stdout.write(`${out.join('\n')}\n`);

  const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
  if (args.format === 'github' && summaryFile) {
    const names = new Map(
      portfolio.accounts.flatMap((account) => (account.plan ? [[account.id, account.plan.data.account] as const] : [])),
    );
    const { githubStepSummary } = await import('./lib/format-github.ts');
    appendFileSync(
      summaryFile,
      githubStepSummary({
        summary: `${summary}.`,
        today,
        accountIds,
        names,
        reports: completeness,
        files,
        t: uiStrings(current.locale).checks,
      }),
    );
  }
  return counts.errors > 0 ? 1 : 0;
}

/** `--since <ref>`: the same engine on the content at `ref`, compared with the current run. */
async function compareWith(ref: string, day: string, format: Format, lang: Locale | undefined, t: CliStrings): Promise<number> {
  const [{ runEngine }, { contentRoot }, { compareRuns }, { formatComparison }, { contentAt, RevisionError }, { GitError }] =
    await Promise.all([
      import('../src/lib/check/engine.ts'),
      import('../src/node/portfolio-fs.ts'),
      import('../src/lib/check/compare.ts'),
      import('./lib/format-compare.ts'),
      import('../src/node/git-content.ts'),
      import('../src/node/git.ts'),
    ]);
  let base: ReturnType<typeof contentAt>;
  try {
    base = contentAt(ref, contentDir(), contentRoot());
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    // Nothing to compare with, in the check's language; git's own words when git itself fails.
    let reason = error.missing ? t.check.noGit : error.message;
    if (error instanceof RevisionError)
      reason = error.kind === 'no-repository' ? t.check.noRepository : t.check.unknownRef(ref, error.detail);
    throw new CannotRun(`\`--since ${ref}\`: ${reason}.`);
  }
  const current = await checkContentTree(day, lang, base.files);
  const before = runEngine(base.files, { root: contentRoot(), today: current.today, lang: current.locale });
  const comparison = compareRuns(before, current);
  // What each changed file says differently, field by field (the same words as the plan history).
  const { fieldChanges, formatFieldChanges } = await import('../src/lib/history/field-changes.ts');
  const fields = fieldChanges(base.files, readContentTree(contentDir()), current.locale);
  const markdown =
    formatComparison(comparison, { ref, commit: base.commit, today: current.today }, uiStrings(current.locale).checks) +
    formatFieldChanges(fields, current.locale);
  process.stdout.write(
    format === 'json'
      ? `${JSON.stringify({ ref, commit: base.commit, today: current.today, ...comparison, fields }, null, 2)}\n`
      : markdown,
  );
  const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
  if (summaryFile) appendFileSync(summaryFile, markdown);
  return comparison.counts.errors > 0 ? 1 : 0;
}

// The help and the refusals speak `--lang`, else `settings.locale`, as the messages do.
const words = uiStrings(langFlagOrUiLocale(process.argv.slice(2))).cli;
try {
  process.exitCode = await run(process.argv.slice(2), words);
} catch (error) {
  const debug = process.argv.includes('--debug');
  if (error instanceof CannotRun) {
    process.stderr.write(`keyplan check: ${error.message}\n`);
  } else {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    process.stderr.write(`keyplan check: ${words.couldNotRun(message)}${debug ? '' : words.check.debugHint}\n`);
  }
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 2;
}
