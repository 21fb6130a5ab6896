import type { z } from 'zod';
import type { CheckStrings } from '../../i18n/check-types.ts';
import { uiStrings } from '../../i18n/index.ts';
import { isRealDate } from '../../schemas/common.ts';
import { planSchema } from '../../schemas/plan.ts';
import { settingsSchema, type Settings } from '../../schemas/settings.ts';
import { stakeholdersSchema } from '../../schemas/stakeholders.ts';
import { teamMemberSchema } from '../../schemas/team.ts';
import { valueSchema } from '../../schemas/value.ts';
import { checkCompleteness } from './completeness.ts';
import { localDate } from '../dates.ts';
import { MAX_BODY_DEPTH, MAX_FILE_CHARS } from '../content/limits.ts';
import { IMAGE_FILE, type Account, type Doc, type PlanReport, type Portfolio, type SourceFile, type ValueDoc } from '../model.ts';
import type { SyntaxProblem } from '../content/mdx-parts.ts';
import { parseMdxParts, parsedFromParts, parseYaml, type MdxParts, type ParsedFile } from '../content/parse.ts';
import { checkPortfolioSize } from './portfolio-size.ts';
import { checkHiddenPaths } from './audience-check.ts';
import type { AllowlistFinding } from '../content/body-allowlist.ts';
import { bodyRuleStrings } from '../../i18n/body-rules.ts';
import { checkSvg } from '../content/svg-check.ts';
import { checkReferences } from './references.ts';
import { Reporter } from './report.ts';
import { idProblem, SLUG, slugify } from '../content/slug.ts';
import { knownKeysAt } from './schema-keys.ts';
import { unsafeLinkReason, unsafeUrlFields } from '../content/url-safety.ts';
import { describeIssue } from './zod-messages.ts';

export { MAX_FILE_CHARS };

/** What one run of the engine found: the portfolio as far as it is valid, and every message. */
export interface EngineResult {
  portfolio: Portfolio;
  reporter: Reporter;
  /** Completeness of every plan whose frontmatter is valid, by account id. */
  completeness: Map<string, PlanReport>;
  /** The day the plans were judged against, `YYYY-MM-DD`. */
  today: string;
  /** The language the messages were written in: `lang`, or `settings.locale`. */
  locale: Settings['locale'];
}

export interface EngineOptions {
  /** Folder of the content tree relative to the project, as it appears in file paths. @default "content" */
  root?: string;
  /**
   * The day freshness and client validation are judged against, `YYYY-MM-DD`. Command-line and build
   * wiring pass `KEYPLAN_TODAY` here so that runs are reproducible.
   * @default the current local date
   */
  today?: string;
  /**
   * MDX parts already computed, by file path (`parseMdxParts` of the same text, e.g. in worker
   * threads); the engine parses the MDX files missing from it itself.
   */
  parts?: ReadonlyMap<string, MdxParts>;
  /**
   * The accounts a change touches, in a pull request's gate (`check --since`); see
   * `completeness.overdue`. Undefined outside that gate.
   */
  touched?: ReadonlySet<string>;
  /**
   * The language of the messages (`--lang`). @default `settings.locale`, or English when the settings
   * cannot be read
   */
  lang?: Settings['locale'];
}

/**
 * Parses and validates a whole content tree, reporting every problem it finds, never only the first.
 * Four steps: read every file (`readTree`), report the files that should be there and are not
 * (`reportMissingFiles`), judge the bodies once the settings say what they may hold (`reportBodies`),
 * then check the portfolio as a whole (references, hidden paths, completeness, size).
 */
export function runEngine(files: readonly SourceFile[], options: EngineOptions = {}): EngineResult {
  const root = options.root ?? 'content';
  const today = options.today ?? localDate(new Date());
  if (!isRealDate(today)) throw new TypeError(`"today" must be a real date written YYYY-MM-DD, got ${JSON.stringify(today)}.`);
  const tree = readTree(files, root, options);
  const { run } = tree;
  reportMissingFiles(files, tree);

  const settings = tree.settingsDoc?.data ?? settingsSchema.parse({ company: 'Keyplan' });
  const locale = options.lang ?? tree.settingsDoc?.data.locale ?? 'en';
  reportBodies(files, tree, settings, locale);

  const { reporter } = run;
  const portfolio: Portfolio = {
    settings,
    invalid: run.invalid,
    ...(tree.settingsDoc ? { settingsDoc: tree.settingsDoc } : {}),
    team: tree.team,
    accounts: [...tree.accounts.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
  const t = uiStrings(locale).checks;
  checkReferences(portfolio, reporter, { teamWithErrors: tree.teamWithErrors, settingsValid: tree.settingsDoc !== undefined, t });
  checkHiddenPaths(portfolio, reporter, run.words());
  const completeness = checkCompleteness(portfolio, reporter, { today, locale, ...(options.touched ? { touched: options.touched } : {}) });
  checkPortfolioSize(portfolio, reporter, tree.settingsPath, t);
  return { portfolio, reporter, completeness, today, locale };
}

/** What every step of a run shares: where it reports, which files failed, and the words it reports in. */
interface Run {
  root: string;
  options: EngineOptions;
  reporter: Reporter;
  /** Files that exist but failed to parse or validate. */
  invalid: Set<string>;
  /** The checks' words: `lang`, else the settings' language once they are read, else English. */
  words(): CheckStrings;
}

/** The content tree as read: the valid documents, and what the bodies' checks wait for. */
interface Tree {
  run: Run;
  settingsPath: string;
  settingsDoc?: Doc<Settings>;
  team: Map<string, Doc<z.output<typeof teamMemberSchema>>>;
  /** Team files that failed their schema: references to them are not reported a second time. */
  teamWithErrors: Set<string>;
  accounts: Map<string, Account>;
  /** Each MDX body's safety findings and images, judged once the settings are known. */
  bodies: { path: string; safety: MdxParts['safety']; images: MdxParts['images'] }[];
  svgFindings: { path: string; findings: AllowlistFinding[] }[];
}

/**
 * Reads every file of the tree, the settings first (messages speak their language): each is parsed
 * and validated against its schema by where it sits, and every problem is reported.
 */
function readTree(files: readonly SourceFile[], root: string, options: EngineOptions): Tree {
  const settingsPath = `${root}/settings.yaml`;
  const tree: Tree = {
    run: {
      root,
      options,
      reporter: new Reporter(),
      invalid: new Set(),
      words: () => uiStrings(options.lang ?? tree.settingsDoc?.data.locale ?? 'en').checks,
    },
    settingsPath,
    team: new Map(),
    teamWithErrors: new Set(),
    accounts: new Map(),
    bodies: [],
    svgFindings: [],
  };
  const { run } = tree;
  const account = (id: string) => {
    let entry = tree.accounts.get(id);
    if (!entry) tree.accounts.set(id, (entry = { id, values: [] }));
    return entry;
  };
  const relativeOf = (path: string) => (path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path);
  const siblings = siblingNames(files, relativeOf);
  const slugOk = (id: string, path: string, kind: keyof CheckStrings['files']['what'], folder: string) =>
    checkSlug(run, siblings, id, path, kind, folder);

  const settingsFirst = [...files].sort((a, b) => Number(b.path === settingsPath) - Number(a.path === settingsPath));
  for (const file of settingsFirst) {
    if (file.asset) continue;
    const relative = relativeOf(file.path);
    const parts = relative.split('/');
    const problem =
      (file.unreadable && { ...file.unreadable, reason: unreadableReason(run, file.unreadable) }) ??
      (file.text.length > MAX_FILE_CHARS
        ? {
            ruleId: 'file-size',
            reason: run.words().files.tooLarge(file.text.length, MAX_FILE_CHARS, root),
          }
        : undefined);
    if (problem) {
      run.reporter.error(file.path, problem.reason, 'place' in problem ? problem.place : undefined, problem.ruleId);
      run.invalid.add(file.path);
      if (parts[0] === 'accounts' && parts.length >= 3 && SLUG.test(parts[1]!)) account(parts[1]!);
      continue;
    }
    if (/\.svg$/i.test(relative)) {
      // An image a body may show: not content, but a browser runs what it holds when it is opened.
      tree.svgFindings.push({ path: file.path, findings: checkSvg(file.text, file.path) });
    } else if (relative === 'settings.yaml') {
      const doc = load(run, file, settingsSchema, parseYaml(file.text));
      if (doc) tree.settingsDoc = doc;
    } else if (parts[0] === 'team' && parts.length === 2 && parts[1]!.endsWith('.yaml')) {
      const id = parts[1]!.slice(0, -'.yaml'.length);
      if (!slugOk(id, file.path, 'team', 'team')) continue;
      const doc = load(run, file, teamMemberSchema, parseYaml(file.text));
      if (doc) tree.team.set(id, doc);
      else tree.teamWithErrors.add(id);
    } else if (parts[0] === 'accounts' && parts.length >= 3) {
      const id = parts[1]!;
      if (!slugOk(id, file.path, 'account', 'accounts')) continue;
      const name = parts.slice(2).join('/');
      if (name === 'plan.mdx') {
        const doc = loadMdx(tree, file, planSchema);
        if (doc) account(id).plan = doc;
        else account(id);
      } else if (name === 'stakeholders.mdx') {
        const doc = loadMdx(tree, file, stakeholdersSchema);
        if (doc) account(id).stakeholders = doc;
        else account(id);
      } else if (parts[2] === 'value' && parts.length === 4 && name.endsWith('.mdx')) {
        const valueName = parts[3]!.slice(0, -'.mdx'.length);
        if (!slugOk(valueName, file.path, 'value', `accounts/${id}/value`)) continue;
        const doc = loadMdx(tree, file, valueSchema);
        if (doc) account(id).values.push({ ...doc, name: valueName } satisfies ValueDoc);
        else account(id);
      } else if (/^(plan|stakeholders)-\d+\.mdx$/.test(name)) {
        // Two new plans or maps for one account saved before either was merged: the second would be ignored.
        run.reporter.error(file.path, run.words().files.secondCopy(name, name.replace(/-\d+\.mdx$/, '.mdx')), undefined, 'second-copy');
      } else {
        run.reporter.warn(file.path, run.words().files.unknownInAccount, undefined, 'unknown-file');
      }
    } else {
      run.reporter.warn(file.path, run.words().files.unknownAtRoot(root), undefined, 'unknown-file');
    }
  }
  return tree;
}

/** Names per folder, to tell `Acme` from a second copy of `acme` (one folder on macOS and Windows). */
function siblingNames(files: readonly SourceFile[], relativeOf: (path: string) => string): Map<string, Set<string>> {
  const siblings = new Map<string, Set<string>>();
  for (const file of files) {
    const parts = relativeOf(file.path).split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      if (!siblings.has(folder)) siblings.set(folder, new Set());
      siblings.get(folder)!.add(parts[depth]!.replace(/\.(ya?ml|mdx)$/, ''));
    }
  }
  return siblings;
}

/** A file's frontmatter (or YAML) validated against its schema, or undefined with every problem reported. */
function load<T extends z.ZodType>(run: Run, file: SourceFile, schema: T, parsed: ParsedFile): Doc<z.output<T>> | undefined {
  const { reporter, invalid } = run;
  for (const error of parsed.errors) reporter.error(file.path, syntaxReason(run, error), error.place, error.ruleId);
  if (!parsed.yaml || parsed.errors.length > 0) {
    invalid.add(file.path);
    return undefined;
  }
  const { yaml } = parsed;
  const result = schema.safeParse(yaml.data ?? {}, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const problem of describeIssue(issue, (path) => knownKeysAt(schema, path), run.words())) {
        reporter.error(file.path, problem.reason, yaml.locate(problem.path, problem.target), 'schema');
      }
    }
    invalid.add(file.path);
    return undefined;
  }
  for (const unsafe of unsafeUrlFields(schema, result.data)) {
    const where = `\`${unsafe.path
      .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`))
      .join('')
      .replace(/^\./, '')}\``;
    reporter.error(
      file.path,
      unsafeLinkReason(where, unsafe.value, unsafe.scheme, run.words()),
      yaml.locate(unsafe.path, 'value'),
      'unsafe-link',
    );
  }
  return { path: file.path, data: result.data, ...(parsed.body ? { body: parsed.body } : {}), locate: yaml.locate };
}

/** An MDX file: its body's findings kept for `reportBodies`, its frontmatter loaded. */
function loadMdx<T extends z.ZodType>(tree: Tree, file: SourceFile, schema: T): Doc<z.output<T>> | undefined {
  const { run } = tree;
  const loneCr = /\r(?!\n)/.exec(file.text);
  if (loneCr) {
    // Astro's content loader reads frontmatter split on LF or CRLF only, so the build would stop.
    const before = file.text.slice(0, loneCr.index);
    const line = before.split(/\r\n?|\n/).length;
    run.reporter.error(
      file.path,
      run.words().files.lineEndings,
      { line, column: before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) },
      'line-endings',
    );
    run.invalid.add(file.path);
    return undefined;
  }
  const parts = run.options.parts?.get(file.path) ?? parseMdxParts(file.text, file.path);
  tree.bodies.push({ path: file.path, safety: parts.safety, images: parts.images });
  return load(run, file, schema, parsedFromParts(parts));
}

/** Why a file could not be read, in the run's language. */
function unreadableReason(run: Run, unreadable: NonNullable<SourceFile['unreadable']>): string {
  const say = run.words().files;
  const about = unreadable.about;
  if (about?.kind === 'hidden') return say.hidden(about.name);
  if (about?.kind === 'symlink') return say.symlink(about.target, about.outside);
  if (about?.kind === 'encoding') return say.encoding(about.byte, about.line, about.column);
  return unreadable.reason;
}

/** A syntax problem in the run's language; the parser's own words are quoted as they are. */
function syntaxReason(run: Run, error: SyntaxProblem): string {
  const say = run.words().syntax;
  switch (error.syntax) {
    case 'noFrontmatter':
      return say.noFrontmatter;
    case 'tooDeep':
      return say.tooDeep(MAX_BODY_DEPTH);
    case undefined:
      return error.reason;
    default:
      return error.detail === undefined ? error.reason : say[error.syntax](error.detail);
  }
}

/** Whether a file or folder name is an id; if not, reports it, with the id it may have meant. */
function checkSlug(
  run: Run,
  siblings: ReadonlyMap<string, ReadonlySet<string>>,
  id: string,
  path: string,
  kind: keyof CheckStrings['files']['what'],
  folder: string,
): boolean {
  const say = run.words().files;
  if (SLUG.test(id)) {
    if (idProblem(id) !== 'device') return true;
    run.reporter.error(path, say.deviceName(say.what[kind], id), undefined, 'device-name');
    return false;
  }
  const suggestion = slugify(id);
  if (suggestion !== '' && siblings.get(folder)?.has(suggestion)) {
    run.reporter.error(path, say.duplicate(say.what[kind], id, suggestion), undefined, 'duplicate-id');
    return false;
  }
  run.reporter.error(path, say.notSlug(say.what[kind], id, suggestion), undefined, 'slug');
  return false;
}

/** The settings file, and each account's plan, where they are missing. */
function reportMissingFiles(files: readonly SourceFile[], tree: Tree): void {
  const { run, settingsPath } = tree;
  if (!files.some((file) => file.path === settingsPath)) {
    run.reporter.error(settingsPath, run.words().files.noSettings(settingsPath), undefined, 'settings');
  }
  const hasPlanFile = new Set(files.filter((file) => /\/plan\.mdx$/.test(file.path)).map((file) => file.path));
  for (const id of tree.accounts.keys()) {
    const path = `${run.root}/accounts/${id}/plan.mdx`;
    if (!hasPlanFile.has(path)) {
      run.reporter.error(`${run.root}/accounts/${id}`, run.words().files.noPlan(id), undefined, 'missing-plan');
    }
  }
}

/**
 * What the bodies hold, judged by `settings.content.mdx` and in the settings' language: the
 * allowlist's findings, whether or not the frontmatter was valid; relative images that are no file of
 * the tree; and the SVG files' findings.
 */
function reportBodies(files: readonly SourceFile[], tree: Tree, settings: Settings, locale: Settings['locale']): void {
  const { reporter } = tree.run;
  for (const { path, safety } of tree.bodies) {
    const findings = settings.content.mdx === 'strict' ? safety.strict : safety.trusted;
    for (const finding of findings) reporter.error(path, finding.reason[locale], finding.place, finding.ruleId);
  }
  // A body's relative image must be a file of the tree, or the build stops (other addresses and kinds
  // of file are the allowlist's business). Every file counts, image files included.
  const present = new Set(files.map((file) => file.path));
  for (const { path, images: shown } of tree.bodies) {
    const folder = path.split('/').slice(0, -1);
    for (const image of shown) {
      if (!IMAGE_FILE.test(image.url) && !/\.svg$/i.test(image.url)) continue;
      const target = [...folder];
      for (const segment of image.url.split('/')) {
        // Above the content folder is outside it: no file there is the image's.
        if (segment === '..') target.pop() ?? target.push('..');
        else if (segment !== '.' && segment !== '') target.push(fileName(segment));
      }
      if (!present.has(target.join('/')))
        reporter.error(path, bodyRuleStrings(locale).missingImage(image.url, folder.join('/')), image.place, 'missing-image');
    }
  }
  for (const { path, findings } of tree.svgFindings)
    for (const finding of findings) reporter.error(path, finding.reason[locale], finding.place, finding.ruleId);
}

/** A path segment as a file name: Markdown writes `my%20chart.png` for `my chart.png`. */
function fileName(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
