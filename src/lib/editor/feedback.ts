import type { Settings } from '../../schemas/settings.ts';
import { runEngine } from '../check/engine.ts';
import { parseMdxParts, type MdxParts } from '../content/mdx-parts.ts';
import type { SourceFile } from '../model.ts';
import { accountOf, SHARED_SOURCES } from './types.ts';

/**
 * What the editor shows beside an entry before it is saved: the messages `npm run check --since`
 * would give the account with this entry as it stands in the form. The engine runs in the browser on
 * the account's files as the site was built, the shared settings and team, and the entry's text.
 */

/** What `/admin/checks/<account>.json` holds: the files the engine needs to judge one account. */
export interface AccountSources {
  /** The content folder as the engine's paths spell it (`content`). */
  root: string;
  /** The settings, the team and every file of the account's folder, as the site was built from them. */
  files: SourceFile[];
}

export interface FeedbackMessage {
  /** The file's path inside the content folder: `accounts/acme/plan.mdx`. */
  file: string;
  line: number;
  severity: 'error' | 'warning';
  reason: string;
  ruleId: string;
}

export interface Feedback {
  messages: FeedbackMessage[];
  errors: number;
  warnings: number;
  /** The plan's completeness, 0–1, when its frontmatter is valid. */
  score?: number;
}

/**
 * What the engine needs to judge each account, by account folder (`acme`): the settings, the team and
 * the account's own files; and under `SHARED_SOURCES`, the settings and team alone, for a new account.
 * Image files keep only their path, which is all the engine reads of them.
 */
export function accountSources(files: readonly SourceFile[], root: string): Map<string, AccountSources> {
  const shared: SourceFile[] = [];
  const own = new Map<string, SourceFile[]>();
  for (const file of files) {
    const kept = file.asset ? { path: file.path, text: '', asset: true as const } : file;
    const folder = file.path.startsWith(`${root}/accounts/`) ? accountOf(file.path) : undefined;
    if (folder !== undefined) {
      const list = own.get(folder);
      if (list) list.push(kept);
      else own.set(folder, [kept]);
    } else if (file.path === `${root}/settings.yaml` || file.path.startsWith(`${root}/team/`)) shared.push(kept);
  }
  return new Map([
    [SHARED_SOURCES, { root, files: shared }],
    ...[...own].map(([folder, files]): [string, AccountSources] => [folder, { root, files: [...shared, ...files] }]),
  ]);
}

/**
 * Judges the account of the entry at `path` (as the CMS names it, `content/accounts/acme/plan.mdx`)
 * with `text` in place of that file. The account counts as touched by the change, as it is in a pull
 * request's gate, so an overdue review is reported as the gate will report it.
 */
export function entryFeedback(
  sources: AccountSources,
  path: string,
  text: string,
  options: { today: string; lang: Settings['locale'] },
): Feedback {
  const account = accountOf(path);
  const relative = path.slice(path.indexOf('accounts/'));
  const enginePath = `${sources.root}/${relative}`;
  const files = sources.files.filter((file) => file.path !== enginePath).concat({ path: enginePath, text });
  const result = runEngine(files, {
    root: sources.root,
    parts: partsOf(sources, enginePath),
    today: options.today,
    lang: options.lang,
    ...(account ? { touched: new Set([account]) } : {}),
  });
  const folder = `${sources.root}/accounts/${account}/`;
  const messages: FeedbackMessage[] = [];
  for (const file of result.reporter.sorted()) {
    if (!file.path.startsWith(folder) && file.path !== folder.slice(0, -1)) continue;
    for (const message of file.messages) {
      messages.push({
        file: file.path.slice(sources.root.length + 1),
        line: message.line ?? 1,
        severity: message.fatal ? 'error' : 'warning',
        reason: message.reason,
        ruleId: message.ruleId ?? 'keyplan',
      });
    }
  }
  // The edited file first, then the rest of the account: that is where the person is looking.
  const own = relative;
  messages.sort((a, b) => Number(b.file === own) - Number(a.file === own));
  const errors = messages.filter((message) => message.severity === 'error').length;
  const report = account ? result.completeness.get(account) : undefined;
  return { messages, errors, warnings: messages.length - errors, ...(report ? { score: report.score } : {}) };
}

/** The MDX parts of an account's files as built, parsed once: only the edited file is parsed again as the person types. */
const parsed = new WeakMap<AccountSources, Map<string, MdxParts>>();

function partsOf(sources: AccountSources, edited: string): ReadonlyMap<string, MdxParts> {
  let parts = parsed.get(sources);
  if (!parts) {
    parts = new Map();
    for (const file of sources.files) {
      if (file.path.endsWith('.mdx') && !file.asset && !file.unreadable) parts.set(file.path, parseMdxParts(file.text, file.path));
    }
    parsed.set(sources, parts);
  }
  const others = new Map(parts);
  others.delete(edited);
  return others;
}
