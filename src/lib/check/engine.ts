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
import { SLUG, slugify } from '../content/slug.ts';
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

/** Parses and validates a whole content tree, reporting every problem it finds, never only the first. */
export function runEngine(files: readonly SourceFile[], options: EngineOptions = {}): EngineResult {
  const root = options.root ?? 'content';
  const today = options.today ?? localDate(new Date());
  if (!isRealDate(today)) throw new TypeError(`"today" must be a real date written YYYY-MM-DD, got ${JSON.stringify(today)}.`);
  const reporter = new Reporter();
  const invalid = new Set<string>();

  // What bodies may contain depends on `settings.content.mdx`, and messages on `settings.locale`:
  // safety findings wait for the settings, and are reported whether or not the frontmatter is valid.
  const safety: { path: string; findings: MdxParts['safety'] }[] = [];
  const images: { path: string; images: MdxParts['images'] }[] = [];
  // Every file in the tree, image files included: what a body's relative image must name.
  const present = new Set(files.map((file) => file.path));
  const svgFindings: { path: string; findings: AllowlistFinding[] }[] = [];

  function load<T extends z.ZodType>(file: SourceFile, schema: T, parsed: ParsedFile): Doc<z.output<T>> | undefined {
    for (const error of parsed.errors) reporter.error(file.path, syntaxReason(error), error.place, error.ruleId);
    if (!parsed.yaml || parsed.errors.length > 0) {
      invalid.add(file.path);
      return undefined;
    }
    const { yaml } = parsed;
    const result = schema.safeParse(yaml.data ?? {}, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const problem of describeIssue(issue, (path) => knownKeysAt(schema, path), words())) {
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
        unsafeLinkReason(where, unsafe.value, unsafe.scheme, words()),
        yaml.locate(unsafe.path, 'value'),
        'unsafe-link',
      );
    }
    return { path: file.path, data: result.data, ...(parsed.body ? { body: parsed.body } : {}), locate: yaml.locate };
  }

  function loadMdx<T extends z.ZodType>(file: SourceFile, schema: T): Doc<z.output<T>> | undefined {
    const loneCr = /\r(?!\n)/.exec(file.text);
    if (loneCr) {
      // Astro's content loader reads frontmatter split on LF or CRLF only, so the build would stop.
      const before = file.text.slice(0, loneCr.index);
      const line = before.split(/\r\n?|\n/).length;
      reporter.error(
        file.path,
        words().files.lineEndings,
        { line, column: before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) },
        'line-endings',
      );
      invalid.add(file.path);
      return undefined;
    }
    const parts = options.parts?.get(file.path) ?? parseMdxParts(file.text, file.path);
    safety.push({ path: file.path, findings: parts.safety });
    images.push({ path: file.path, images: parts.images });
    return load(file, schema, parsedFromParts(parts));
  }

  let settingsDoc: Doc<Settings> | undefined;
  // Messages speak the settings' language, so the settings file is read before the others.
  const words = (): CheckStrings => uiStrings(options.lang ?? settingsDoc?.data.locale ?? 'en').checks;
  const team = new Map<string, Doc<z.output<typeof teamMemberSchema>>>();
  const accounts = new Map<string, Account>();
  const teamWithErrors = new Set<string>();
  const account = (id: string) => {
    let entry = accounts.get(id);
    if (!entry) accounts.set(id, (entry = { id, values: [] }));
    return entry;
  };

  const settingsPath = `${root}/settings.yaml`;
  const relativeOf = (path: string) => (path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path);
  // Names per folder, to tell `Acme` from a second copy of `acme` (one folder on macOS and Windows).
  const siblings = new Map<string, Set<string>>();
  for (const file of files) {
    const parts = relativeOf(file.path).split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      if (!siblings.has(folder)) siblings.set(folder, new Set());
      siblings.get(folder)!.add(parts[depth]!.replace(/\.(ya?ml|mdx)$/, ''));
    }
  }
  const settingsFirst = [...files].sort((a, b) => Number(b.path === settingsPath) - Number(a.path === settingsPath));
  for (const file of settingsFirst) {
    if (file.asset) continue;
    const relative = relativeOf(file.path);
    const parts = relative.split('/');
    const problem =
      (file.unreadable && { ...file.unreadable, reason: unreadableReason(file.unreadable) }) ??
      (file.text.length > MAX_FILE_CHARS
        ? {
            ruleId: 'file-size',
            reason: words().files.tooLarge(file.text.length, MAX_FILE_CHARS, root),
          }
        : undefined);
    if (problem) {
      reporter.error(file.path, problem.reason, 'place' in problem ? problem.place : undefined, problem.ruleId);
      invalid.add(file.path);
      if (parts[0] === 'accounts' && parts.length >= 3 && SLUG.test(parts[1]!)) account(parts[1]!);
      continue;
    }
    if (/\.svg$/i.test(relative)) {
      // An image a body may show: not content, but a browser runs what it holds when it is opened.
      svgFindings.push({ path: file.path, findings: checkSvg(file.text, file.path) });
    } else if (relative === 'settings.yaml') {
      settingsDoc = load(file, settingsSchema, parseYaml(file.text));
    } else if (parts[0] === 'team' && parts.length === 2 && parts[1]!.endsWith('.yaml')) {
      const id = parts[1]!.slice(0, -'.yaml'.length);
      if (!checkSlug(id, file.path, 'team', 'team')) continue;
      const doc = load(file, teamMemberSchema, parseYaml(file.text));
      if (doc) team.set(id, doc);
      else teamWithErrors.add(id);
    } else if (parts[0] === 'accounts' && parts.length >= 3) {
      const id = parts[1]!;
      if (!checkSlug(id, file.path, 'account', 'accounts')) continue;
      const name = parts.slice(2).join('/');
      if (name === 'plan.mdx') {
        const doc = loadMdx(file, planSchema);
        if (doc) account(id).plan = doc;
        else account(id);
      } else if (name === 'stakeholders.mdx') {
        const doc = loadMdx(file, stakeholdersSchema);
        if (doc) account(id).stakeholders = doc;
        else account(id);
      } else if (parts[2] === 'value' && parts.length === 4 && name.endsWith('.mdx')) {
        const valueName = parts[3]!.slice(0, -'.mdx'.length);
        if (!checkSlug(valueName, file.path, 'value', `accounts/${id}/value`)) continue;
        const doc = loadMdx(file, valueSchema);
        if (doc) account(id).values.push({ ...doc, name: valueName } satisfies ValueDoc);
        else account(id);
      } else {
        reporter.warn(file.path, words().files.unknownInAccount, undefined, 'unknown-file');
      }
    } else {
      reporter.warn(file.path, words().files.unknownAtRoot(root), undefined, 'unknown-file');
    }
  }

  /** Why a file could not be read, in the run's language. */
  function unreadableReason(unreadable: NonNullable<SourceFile['unreadable']>): string {
    const say = words().files;
    const about = unreadable.about;
    if (about?.kind === 'hidden') return say.hidden(about.name);
    if (about?.kind === 'symlink') return say.symlink(about.target, about.outside);
    if (about?.kind === 'encoding') return say.encoding(about.byte, about.line, about.column);
    return unreadable.reason;
  }

  /** A syntax problem in the run's language; the parser's own words are quoted as they are. */
  function syntaxReason(error: SyntaxProblem): string {
    const say = words().syntax;
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

  function checkSlug(id: string, path: string, kind: keyof CheckStrings['files']['what'], folder: string): boolean {
    if (SLUG.test(id)) return true;
    const say = words().files;
    const suggestion = slugify(id);
    if (suggestion !== '' && siblings.get(folder)?.has(suggestion)) {
      reporter.error(path, say.duplicate(say.what[kind], id, suggestion), undefined, 'duplicate-id');
      return false;
    }
    reporter.error(path, say.notSlug(say.what[kind], id, suggestion), undefined, 'slug');
    return false;
  }

  if (!files.some((file) => file.path === settingsPath)) {
    reporter.error(settingsPath, words().files.noSettings(settingsPath), undefined, 'settings');
  }
  const hasPlanFile = new Set(files.filter((file) => /\/plan\.mdx$/.test(file.path)).map((file) => file.path));
  for (const id of accounts.keys()) {
    const path = `${root}/accounts/${id}/plan.mdx`;
    if (!hasPlanFile.has(path)) {
      reporter.error(`${root}/accounts/${id}`, words().files.noPlan(id), undefined, 'missing-plan');
    }
  }

  const settings = settingsDoc?.data ?? settingsSchema.parse({ company: 'Keyplan' });
  const locale = options.lang ?? settingsDoc?.data.locale ?? 'en';
  const t = uiStrings(locale).checks;
  for (const { path, findings } of safety) {
    if (settings.content.mdx === 'strict')
      for (const finding of findings.strict) reporter.error(path, finding.reason[locale], finding.place, finding.ruleId);
    else for (const finding of findings.trusted) reporter.error(path, finding.reason[locale], finding.place, finding.ruleId);
  }
  // A body's relative image must be a file of the tree, or the build stops (other addresses and kinds
  // of file are the allowlist's business).
  for (const { path, images: shown } of images) {
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
  for (const { path, findings } of svgFindings)
    for (const finding of findings) reporter.error(path, finding.reason[locale], finding.place, finding.ruleId);

  const portfolio: Portfolio = {
    settings,
    invalid,
    ...(settingsDoc ? { settingsDoc } : {}),
    team,
    accounts: [...accounts.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
  checkReferences(portfolio, reporter, { teamWithErrors, settingsValid: settingsDoc !== undefined, t });
  checkHiddenPaths(portfolio, reporter, words());
  const completeness = checkCompleteness(portfolio, reporter, { today, locale, ...(options.touched ? { touched: options.touched } : {}) });
  checkPortfolioSize(portfolio, reporter, settingsPath, t);
  return { portfolio, reporter, completeness, today, locale };
}

/** A path segment as a file name: Markdown writes `my%20chart.png` for `my chart.png`. */
function fileName(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
