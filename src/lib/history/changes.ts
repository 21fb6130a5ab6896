import { list, record, revisionChanges, Speaker, text } from './diff.ts';
import type { AccountChanges, Change, FileVersion, HistoryOptions, Revision } from './types.ts';
import { historyFilter, isHidden, redactData, type DocKind } from '../audience.ts';
import { parseYamlSource } from '../content/yaml-source.ts';

export type { AccountChanges, Change, EnumField, FileVersion, HistoryGap, HistoryOptions, Revision } from './types.ts';

const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into frontmatter data (parsed as the engine parses it) and body. */
export function parseFileVersion(text: string): FileVersion {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: undefined, body: text };
  const yaml = parseYamlSource(match[1] ?? '');
  return { data: yaml.errors.length ? undefined : (yaml.data ?? {}), body: text.slice(match[0].length) };
}

/** A revision whose two versions hold only what the reader may see (`redactData`, the audience rule). */
function redactRevision(revision: Revision, hide: readonly string[]): Revision {
  const { file } = revision;
  const kind: DocKind | undefined =
    file === 'plan.mdx' ? 'plan' : file === 'stakeholders.mdx' ? 'stakeholders' : file.startsWith('value/') ? 'value' : undefined;
  if (!kind || hide.length === 0) return revision;
  const redact = (version: FileVersion | undefined) =>
    version && (version.data === undefined ? version : { ...version, data: redactData(version.data, kind, hide) });
  const [before, after] = [redact(revision.before), redact(revision.after)];
  return { ...revision, ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

/**
 * The field-level changes of an account's files, in words, newest first: what each commit changed
 * in the plan, the stakeholder map and the value propositions. Stakeholders are matched by `id`,
 * KPIs by `name`, actions by `title`, account-team members by `member`, propositions by file name.
 * Each revision is compared with its own `before`, so histories with merges read right.
 */
export function accountChanges(revisions: readonly Revision[], options: HistoryOptions = {}): AccountChanges {
  // What this reader may not see, by the audience rule (`src/lib/audience.ts`): without the map,
  // no names of its people; without some field of it, no notes.
  const { hide, notesHidden, mapHidden: peopleHidden } = options.filter ?? historyFilter(options.hide ?? []);
  const people = new Map<string, string>();
  for (const revision of [...revisions].sort((a, b) => Date.parse(a.date) - Date.parse(b.date))) {
    if (peopleHidden || revision.file !== 'stakeholders.mdx') continue;
    for (const person of list(record(revision.after?.data)['people'])) {
      if (text(person['id']) && text(person['name'])) people.set(text(person['id'])!, text(person['name'])!);
    }
  }
  const limit = options.limit ?? 20;
  const say = new Speaker(options, people);
  // Newest first; a stable sort keeps git's order for commits made in the same second.
  const ordered = [...revisions].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  const changes: Change[] = [];
  for (const revision of ordered) {
    // Sentences are made from redacted versions, so a hidden field cannot ride along in the sentence
    // of a visible one (a hidden KPI unit after a target); the field filter below drops the rest.
    for (const found of revisionChanges(redactRevision(revision, hide), say)) {
      if (isHidden(found.field, hide) || (notesHidden && found.kind === 'text' && revision.file === 'stakeholders.mdx')) continue;
      changes.push({ commit: revision.commit, date: revision.date, author: revision.author, file: revision.file, ...found });
    }
  }
  return { changes: changes.slice(0, limit), more: Math.max(0, changes.length - limit) };
}
