import { accountChanges, parseFileVersion, type Revision } from './changes.ts';
import { historyWords, type HistoryLocale } from './words.ts';
import type { SourceFile } from '../model.ts';

/** What one account's files changed, field by field, in the words of the plan history. */
export interface AccountFieldChanges {
  account: string;
  changes: string[];
}

const ACCOUNT_FILE = /(?:^|\/)accounts\/([^/]+)\/(plan\.mdx|stakeholders\.mdx|value\/[^/]+\.mdx)$/;

function byAccountFile(files: readonly SourceFile[]): Map<string, { account: string; file: string; text: string }> {
  const found = new Map<string, { account: string; file: string; text: string }>();
  for (const source of files) {
    const match = ACCOUNT_FILE.exec(source.path);
    if (match && !source.unreadable) found.set(`${match[1]}/${match[2]}`, { account: match[1]!, file: match[2]!, text: source.text });
  }
  return found;
}

/**
 * The field-level changes between two versions of the content (`npm run check -- --since`): for each
 * account, sentences such as `Ignacio Ferrer: stance neutral → supporter`, so a reviewer reads what a
 * pull request changes without opening the diff. Uses the same words and matching as the plan
 * history on account pages.
 */
export function fieldChanges(
  before: readonly SourceFile[],
  after: readonly SourceFile[],
  locale: HistoryLocale = 'en',
): AccountFieldChanges[] {
  const old = byAccountFile(before);
  const now = byAccountFile(after);
  const revisions = new Map<string, Revision[]>();
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(key);
    const b = now.get(key);
    if (a?.text === b?.text) continue;
    const { account, file } = (a ?? b)!;
    const revision: Revision = {
      commit: '',
      date: '1970-01-01T00:00:00Z',
      author: '',
      file,
      ...(a ? { before: parseFileVersion(a.text) } : {}),
      ...(b ? { after: parseFileVersion(b.text) } : {}),
    };
    revisions.set(account, [...(revisions.get(account) ?? []), revision]);
  }
  return [...revisions]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([account, list]) => ({
      account,
      changes: accountChanges(list, { limit: Number.MAX_SAFE_INTEGER, locale }).changes.map((change) => change.text),
    }))
    .filter((entry) => entry.changes.length > 0);
}

/** The Markdown section of `--since` that lists the field changes; empty when there are none. */
export function formatFieldChanges(accounts: readonly AccountFieldChanges[], locale: HistoryLocale = 'en'): string {
  if (accounts.length === 0) return '';
  const lines = [`### ${historyWords[locale].fieldByField}`, ''];
  for (const { account, changes } of accounts) lines.push(`- \`${account}\`: ${changes.join('; ')}`);
  return `${lines.join('\n')}\n\n`;
}
