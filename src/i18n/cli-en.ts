import type { AddPersonProblem } from '../lib/scaffold/insert.ts';
import type { CliStrings } from './cli-types.ts';

const listing = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`);
const content = (named: boolean) => (named ? ' (named by KEYPLAN_CONTENT)' : '');

function personProblem(problem: AddPersonProblem): string {
  switch (problem.kind) {
    case 'no-frontmatter':
      return 'it has no frontmatter between `---` lines';
    case 'invalid-yaml':
      return `its frontmatter is not valid YAML (${problem.detail})`;
    case 'duplicate':
      return `a person with id \`${problem.id}\` is already in it`;
    case 'not-a-list':
      return '`people` there is not a list written one item per line; add the person by hand';
    case 'would-change':
      return 'adding the person would change other content; add the person by hand';
  }
}

export const cliEn: CliStrings = {
  badToday: (value) =>
    `\`KEYPLAN_TODAY\` must be a real date written YYYY-MM-DD, got ${JSON.stringify(value)}. Unset it to use the current date.`,
  badLang: (locales, got) => `\`--lang\` must be one of ${locales.join(', ')}, got "${got}".`,
  couldNotRun: (message) => `could not run: ${message}`,

  new: {
    usage: (roles) => `Usage: npm run new -- <kind> [arguments] [options]

Scaffolds content that passes the schema, and never overwrites anything.
Run in a terminal without arguments, it asks.

  npm run new -- account "Aceros del Norte" [--lang es] [--owner laura-gomez] [--id aceros]
  npm run new -- value <account> "Title"
  npm run new -- person <account> "Name" [--title "CFO"] [--function Finance]
  npm run new -- member "Name" [--role kam] [--function Sales] [--email name@company.com]

Options:
  --lang <en|es>       the language of the new plan's content (default: the locale
                       of settings.yaml)
  --owner <team id>    the key account manager who owns the new plan (default: the
                       first KAM in content/team/; asked in a terminal when there are several)
  --id <id>            the id to use instead of one made from the name: the account's
                       folder, the proposition's file name, the person's or the member's id
  --title <text>       the person's job title
  --function <text>    the person's or the member's business function
  --role <role>        the member's role: ${listing(roles)} (default: kam)
  --email <address>    the member's email address
  -h, --help           show this help

A name that starts with "-" goes after "--": npm run new -- account -- "- Dash Co"

Environment:
  KEYPLAN_CONTENT      content folder (default: content)
  KEYPLAN_TODAY        the day a new plan's period and review dates start from,
                       YYYY-MM-DD (default: today)

Exit status: 0 when the files were written, 1 when nothing was written (a mistake in
the command), 2 when it could not run.
`,
    whatToCreate: 'What do you want to create?',
    kinds: {
      account: 'A key account (plan, stakeholder map, value proposition)',
      value: 'A value proposition for an account',
      person: 'A stakeholder in an account map',
      member: 'A member of our team',
    },
    cancelled: 'Cancelled; nothing was written.',
    ask: {
      clientName: "Client's name",
      owner: (kams) => `Owner (team id: ${kams.join(', ')})`,
      accountId: 'Account id',
      valueTitle: 'Title of the proposition',
      personName: "Person's name",
      memberName: 'Name',
    },
    badArguments: (message) => `${message}. A name that starts with \`-\` goes after \`--\`: npm run new -- account -- "- Dash Co"`,
    unknownKind: (kind, kinds) => `Unknown kind \`${kind}\`: use one of ${kinds.join(', ')}.`,
    exists: (path) => `${path} already exists; Keyplan never overwrites content. Choose another name or --id.`,
    accountExists: (path) => `${path} already exists; Keyplan never overwrites content. Pass --id to choose another id.`,
    ids: {
      accountArg: 'an account id',
      account: 'the account id',
      value: 'the file name of the proposition',
      person: "the person's id",
      member: "the member's id",
    },
    badId: (shown, what, max) =>
      `Cannot use${'name' in shown ? ` from \`${shown.name}\`` : ` \`${shown.id}\``} as ${what}: an id is lowercase letters and digits joined by hyphens, such as \`aceros-del-norte\`, at most ${max} characters. Pass --id with one.`,
    deviceId: (id) => `\`${id}\` is a name Windows keeps for a device, so no folder or file can have it: pass --id with another.`,
    noAccount: (id, path) => `There is no account \`${id}\` (no ${path}).`,
    needClientName: 'Give the client\'s name: npm run new -- account "Aceros del Norte"',
    badLang: (got) => `--lang must be en or es, got \`${got}\`.`,
    noKam:
      'No key account manager in content/team/ to own the plan: add one with `npm run new -- member "Name" --role kam` or pass --owner.',
    valueUsage: 'Usage: npm run new -- value <account> "Title"',
    personUsage: 'Usage: npm run new -- person <account> "Name" [--title "…"] [--function "…"]',
    memberUsage: 'Usage: npm run new -- member "Name" [--role kam] [--function Sales]',
    cannotAdd: (name, path, problem) => `Cannot add ${name} to ${path}: ${personProblem(problem)}.`,
    badRole: (roles, got) => `--role must be one of ${roles.join(', ')}, got \`${got}\`.`,
    created: (path) => `created ${path}`,
    findings: (files) => `What the check says about ${files === 1 ? 'it' : 'them'} (warnings are expected until you fill them in):`,
    next: 'Next: fill in the files, run `npm run check`, then `npm run dev` to see the page, and open a pull request.',
    failed: (message) => `npm run new failed: ${message}`,
  },

  check: {
    usage: `Usage: npm run check [-- options]

Checks every schema, reference and completeness rule of the content tree
(\`content/\`, or the folder named by KEYPLAN_CONTENT) and prints every problem.

Options:
  --format <text|github|json>  text (default), GitHub Actions annotations and step
                               summary, or a machine-readable JSON report
  --verbose                    also list every plan's score and failing checks
  --since <git-ref>            compare with the content at <git-ref> (e.g. origin/main)
                               and print, as Markdown, which plans' completeness rose or
                               fell, which checks newly fail or pass, and the new errors
                               (--format json prints the comparison as JSON)
  --lang <en|es>               the language of the messages (default: the locale of
                               settings.yaml, or English when it cannot be read)
  --debug                      print stack traces of unexpected errors
  -h, --help                   show this help

Environment:
  KEYPLAN_CONTENT              content folder to check (default: content)
  KEYPLAN_TODAY                the date to judge freshness against, YYYY-MM-DD
  GITHUB_STEP_SUMMARY          with --format github or --since, a file to append the
                               Markdown summary to

Exit status: 0 without errors (warnings allowed), 1 with errors, 2 when the check could not run.
`,
    badFormat: (formats, got) => `\`--format\` must be one of ${formats.join(', ')}, got "${got}".`,
    needsRevision: '`--since` needs a git revision to compare with, such as `origin/main`.',
    badOption: (message) => `${message} Run \`npm run check -- --help\` for the options.`,
    noFolder: (dir, named) =>
      `The content folder \`${dir}\`${content(named)} does not exist. Run the check from the project root, or set KEYPLAN_CONTENT to the content folder.`,
    unreadableFolder: (dir, named, message) => `The content folder \`${dir}\`${content(named)} cannot be read: ${message}.`,
    notFolder: (dir, named) => `\`${dir}\`${content(named)} is a file, not a content folder.`,
    noGit: 'git is not installed (or not on the PATH), so there is no earlier version to compare with',
    noRepository: 'the content folder is not in a git repository, so there is no earlier version to compare with',
    unknownRef: (ref, detail) =>
      `git knows no commit named \`${ref}\` (${detail}). Fetch it first; in GitHub Actions, check out with \`fetch-depth: 0\``,
    debugHint: ' (run with --debug for details)',
  },

  due: {
    usage: `Usage: npm run due [-- options]

Lists plan reviews and actions that are overdue or due soon, by owner.

Options:
  --format <text|markdown>  text (default), or Markdown for a GitHub issue
  --days <n>                how far ahead to look (default 14)
  --lang <en|es>            the language of the list (default: the locale of settings.yaml)
  -h, --help                show this help

Environment:
  KEYPLAN_CONTENT           content folder (default: content)
  KEYPLAN_TODAY             the day to judge against, YYYY-MM-DD (default: today)

Exit status: 0 when the list was printed, 2 when it could not run.
`,
    badFormat: (got) => `\`--format\` must be text or markdown, got "${got}".`,
    badDays: (got) => `\`--days\` must be a whole number of days, got "${got}".`,
  },

  codeowners: {
    usage: `Usage: npm run codeowners [-- --check]

Writes .github/CODEOWNERS at the top of the repository: each account folder is owned
by the GitHub user of its plan's owner (\`github:\` in content/team/<id>.yaml), and
settings and team by the managers.

Options:
  --check      write nothing; exit 1 if the file is missing or out of date
  -h, --help   show this help
`,
    invalid: (paths) =>
      `${paths.map((path) => `\`${path}\``).join(', ')} ${paths.length === 1 ? 'fails its schema, so the owner or GitHub handle it holds is' : 'fail their schemas, so the owners or GitHub handles they hold are'} left out of CODEOWNERS. Run \`npm run check\`.`,
    upToDate: (file) => `${file} is up to date.`,
    missing: (file) => `${file} is missing. Run \`npm run codeowners\` and commit the result.`,
    outOfDate: (file) => `${file} is out of date with the plan owners. Run \`npm run codeowners\` and commit the result.`,
    wrote: (file) => `Wrote ${file}.`,
  },

  build: {
    couldNotStart: (message) => `could not start astro: ${message}`,
    failed: (target, signal) => `the build failed${signal ? ` (${signal})` : ''}; ${target} was left as it was.`,
    couldNotMove: (staging, target, message) => `the site was built in ${staging} but could not be moved to ${target}: ${message}`,
  },

  schemas: {
    stale: (files) => `These files are out of date with src/schemas/: ${files.join(', ')}. Run \`npm run schemas\` and commit the result.`,
    upToDate: 'The JSON Schemas in schemas/ and the editor configuration are up to date.',
    wrote: (files) => `Wrote ${files.join(', ')}.`,
  },
};
