/**
 * `npm run codeowners`: writes `.github/CODEOWNERS` from the plan owners, so that each KAM is asked
 * to review changes to their accounts. `--check` writes nothing and exits 1 when the committed file
 * is out of date (for CI).
 *
 * Exit codes: 0 done or up to date, 1 out of date (`--check`), 2 when it could not run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { uiStrings } from '../src/i18n/index.ts';
import { codeowners } from './lib/codeowners.ts';
import { GitError, repository } from '../src/node/git.ts';
import { contentDir } from '../src/node/paths.ts';
import { loadPortfolio } from '../src/node/portfolio-fs.ts';
import { TodayError } from '../src/node/today.ts';
import { uiLocale } from '../src/node/ui-locale.ts';

const t = uiStrings(uiLocale()).cli;

function run(): number {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(t.codeowners.usage);
    return 0;
  }
  const content = contentDir();
  // CODEOWNERS patterns are relative to the repository's top, which may sit above the project.
  let top: string;
  try {
    top = repository(content).root;
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    top = process.cwd();
  }
  const contentPath = relative(top, content).split(sep).join('/');
  const { portfolio } = loadPortfolio({ parallel: false });
  const text = codeowners(portfolio, { contentPath });
  const file = join(top, '.github', 'CODEOWNERS');
  const shown = relative(process.cwd(), file) || file;
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  // A plan or team file that fails its schema hides an owner or a handle: say so, and go on.
  const invalid = [...portfolio.invalid].sort();
  if (invalid.length) {
    process.stderr.write(`keyplan codeowners: ${t.codeowners.invalid(invalid)}\n`);
  }
  if (values.check) {
    if (current === text) {
      process.stdout.write(`${t.codeowners.upToDate(shown)}\n`);
      return 0;
    }
    process.stderr.write(`${current === undefined ? t.codeowners.missing(shown) : t.codeowners.outOfDate(shown)}\n`);
    return 1;
  }
  if (current === text) {
    process.stdout.write(`${t.codeowners.upToDate(shown)}\n`);
    return 0;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  process.stdout.write(`${t.codeowners.wrote(shown)}\n`);
  return 0;
}

try {
  process.exitCode = run();
} catch (error) {
  const message = error instanceof TodayError ? t.badToday(error.value) : (error as Error).message;
  process.stderr.write(`keyplan codeowners: ${t.couldNotRun(message.split('\n')[0]!)}\n`);
  process.exitCode = 2;
}
