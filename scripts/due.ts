/**
 * `npm run due`: plan reviews and actions that are overdue or due within 14 days, grouped by the
 * person who owns them. `--format markdown` prints the body of the GitHub issue that the scheduled
 * workflow keeps (`.github/workflows/due.yml`), mentioning owners by their `github` handle.
 *
 * Exit codes: 0 (whatever is due: this is a reminder, not a gate), 2 when it could not run.
 */
import { parseArgs } from 'node:util';
import type { CliStrings } from '../src/i18n/cli-types.ts';
import { isLocale, locales, uiStrings } from '../src/i18n/index.ts';
import { dueList } from '../src/lib/reviews/due.ts';
import { dueMarkdown, dueText } from './lib/format-due.ts';
import { loadPortfolio } from '../src/node/portfolio-fs.ts';
import { TodayError } from '../src/node/today.ts';
import { langFlagOrUiLocale } from '../src/node/ui-locale.ts';

function run(t: CliStrings): number {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', default: 'text' },
      days: { type: 'string', default: '14' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(t.due.usage);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'markdown') throw new Error(t.due.badFormat(values.format));
  const withinDays = Number(values.days);
  if (!Number.isInteger(withinDays) || withinDays < 0) throw new Error(t.due.badDays(values.days));

  if (values.lang !== undefined && !isLocale(values.lang)) throw new Error(t.badLang(locales, values.lang));

  const { portfolio, today } = loadPortfolio({ parallel: false });
  const { settings } = portfolio;
  const groups = dueList(portfolio.accounts, { today, settings, withinDays });
  const repo = settings.repoUrl?.replace(/\/+$/, '');
  const format = {
    today,
    withinDays,
    member: (id: string) => {
      const data = portfolio.team.get(id)?.data;
      return data ? { name: data.name, ...(data.github ? { github: data.github } : {}) } : undefined;
    },
    fileUrl: (path: string) => (repo ? `${repo}/blob/main/${path.split('/').map(encodeURIComponent).join('/')}` : undefined),
    t: uiStrings(values.lang !== undefined && isLocale(values.lang) ? values.lang : settings.locale).due,
  };
  process.stdout.write(values.format === 'markdown' ? dueMarkdown(groups, format) : dueText(groups, format));
  // A plan that fails its schema is missing from the list: say so, without failing the reminder.
  const invalid = [...portfolio.invalid].sort();
  if (invalid.length)
    process.stderr.write(
      `keyplan due: ${invalid.map((path) => `\`${path}\``).join(', ')} could not be read and ${invalid.length === 1 ? 'is' : 'are'} left out. Run \`npm run check\`.\n`,
    );
  return 0;
}

// The help and the refusals speak `--lang`, else `settings.locale`, as the list does.
const words = uiStrings(langFlagOrUiLocale(process.argv.slice(2))).cli;
try {
  process.exitCode = run(words);
} catch (error) {
  const message = error instanceof TodayError ? words.badToday(error.value) : (error as Error).message;
  process.stderr.write(`keyplan due: ${message.split('\n')[0]}\n`);
  process.exitCode = 2;
}
