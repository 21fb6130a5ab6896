import type { UiStrings } from '../../src/i18n/types.ts';
import type { DueGroup, DueItem } from '../../src/lib/reviews/due.ts';

/**
 * Text people typed, inert in GitHub Markdown: no HTML, no links or emphasis, no `@` mention or
 * `#` reference that would notify someone, no table break.
 */
export const markdownText = (text: string) =>
  text
    .replace(/\r?\n/g, ' ')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\\`*_{}[\]()#+!|@~:]/g, '\\$&');

export interface DueFormat {
  today: string;
  withinDays: number;
  /** A team member's name and GitHub handle. */
  member: (id: string) => { name: string; github?: string } | undefined;
  /** A link to a content file in the repository (Markdown only); undefined without `repoUrl`. */
  fileUrl: (path: string) => string | undefined;
  t: UiStrings['due'];
}

/** Text people typed, safe in a terminal: control characters (escape sequences) become spaces. */
const plain = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

function when(item: DueItem, t: UiStrings['due']): string {
  if (item.days < 0) return t.overdue(-item.days);
  return item.days === 0 ? t.today : t.inDays(item.days);
}

const what = (item: DueItem, t: UiStrings['due']) => (item.kind === 'review' ? t.review : item.title!);

/** The due list as plain text for a terminal, one block per owner. */
export function dueText(groups: readonly DueGroup[], format: DueFormat): string {
  const { t } = format;
  if (groups.length === 0) return `${t.nothing(format.withinDays, format.today)}\n`;
  const out = [t.heading(format.withinDays, format.today), ''];
  for (const group of groups) {
    const person = group.owner ? format.member(group.owner) : undefined;
    out.push(group.owner ? `${plain(person?.name ?? group.owner)}${person?.github ? ` (@${person.github})` : ''}` : t.noOwner);
    const width = Math.max(...group.items.map((item) => when(item, t).length));
    for (const item of group.items)
      out.push(`  ${when(item, t).padEnd(width)}  ${item.due}  ${plain(item.account)}: ${plain(what(item, t))}`);
    out.push('');
  }
  return `${out.join('\n')}`;
}

/**
 * The due list as Markdown, for the GitHub issue the scheduled workflow keeps: owners mentioned by
 * their GitHub handle, so that each is notified of what is theirs.
 */
export function dueMarkdown(groups: readonly DueGroup[], format: DueFormat): string {
  const { t } = format;
  const out = [`${t.heading(format.withinDays, format.today)}`, ''];
  if (groups.length === 0) {
    out.push(t.nothing(format.withinDays, format.today), '');
  }
  for (const group of groups) {
    const person = group.owner ? format.member(group.owner) : undefined;
    const name = group.owner ? markdownText(person?.name ?? group.owner) : t.noOwner;
    out.push(
      `### ${name}${person?.github ? ` @${person.github}` : ''}`,
      '',
      `| ${t.when} | ${t.dueColumn} | ${t.account} | ${t.what} |`,
      '| --- | --- | --- | --- |',
    );
    for (const item of group.items) {
      const url = format.fileUrl(item.path);
      const account = url ? `[${markdownText(item.account)}](${url})` : markdownText(item.account);
      const late = when(item, t);
      out.push(`| ${item.days < 0 ? `**${late}**` : late} | ${item.due} | ${account} | ${markdownText(what(item, t))} |`);
    }
    out.push('');
  }
  out.push(`<sub>${t.footer}</sub>`, '');
  return out.join('\n');
}
