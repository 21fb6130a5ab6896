import type { Comparison, MessageEntry, PlanChange, PlanState } from './compare.ts';
import { cell } from './format-github.ts';
import { percent } from './format-plans.ts';

export interface ComparisonHeading {
  /** The revision compared with, as the user named it (`origin/main`). */
  ref: string;
  /** The commit it resolved to. */
  commit: string;
  /** The day both sides were judged on. */
  today: string;
}

const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;
const code = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');
const plan = (state: { accountId: string; name: string }) => `\`${state.accountId}\`${state.name !== state.accountId ? ` ${cell(state.name)}` : ''}`;

/** `draft 85%`; `not scored` when the plan was missing or invalid. */
function standing(state: PlanState): string {
  if (state.score === undefined || state.status === undefined) return 'not scored';
  if (state.checked === 0) return `${state.status}, not checked`;
  return `${state.status} ${percent(state.score)}`;
}

function direction(change: PlanChange): 'up' | 'down' | 'same' {
  const { before, after } = change;
  if (before.score === undefined || after.score === undefined || before.score === after.score) return 'same';
  return after.score > before.score ? 'up' : 'down';
}

function headline(comparison: Comparison): string {
  const { added, removed, changed, newErrors, fixedErrors } = comparison;
  const up = changed.filter((change) => direction(change) === 'up').length;
  const down = changed.filter((change) => direction(change) === 'down').length;
  const parts: string[] = [];
  if (changed.length) {
    const moves = [up ? `${up} up` : '', down ? `${down} down` : ''].filter(Boolean).join(', ');
    parts.push(`${plural(changed.length, 'plan')} changed${moves ? ` (${moves})` : ''}`);
  }
  if (added.length) parts.push(`${plural(added.length, 'plan')} added`);
  if (removed.length) parts.push(`${plural(removed.length, 'plan')} removed`);
  parts.push(newErrors.length ? plural(newErrors.length, 'new error') : 'no new errors');
  if (fixedErrors) parts.push(`${plural(fixedErrors, 'error')} fixed`);
  if (!changed.length && !added.length && !removed.length) parts.unshift('No plan’s completeness changed');
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function messageTable(messages: readonly MessageEntry[]): string[] {
  return [
    '| Where | Message | Rule |',
    '| --- | --- | --- |',
    ...messages.map((message) => `| \`${message.path}:${message.line}:${message.column}\` | ${cell(message.reason)} | \`${message.rule}\` |`),
  ];
}

/**
 * The Markdown that `npm run check -- --since <ref>` prints and appends to the pull request's step
 * summary: how each plan's completeness moved, what was added or removed, which errors are new.
 */
export function formatComparison(comparison: Comparison, { ref, commit, today }: ComparisonHeading): string {
  const out = [
    '## Keyplan: what this change does to the plans',
    '',
    `Compared with \`${ref}\`${commit.startsWith(ref) ? '' : ` (${commit.slice(0, 7)})`}, both judged on ${today}. **${headline(comparison)}**`,
    '',
  ];
  if (comparison.changed.length) {
    out.push('| Plan | Completeness | Newly failing | Newly passing |', '| --- | --- | --- | --- |');
    for (const change of comparison.changed) {
      const arrow = { up: ' ↑', down: ' ↓', same: '' }[direction(change)];
      const move = `${standing(change.before)} → ${standing(change.after)}${arrow}`;
      out.push(`| ${plan(change)} | ${move} | ${code(change.newlyFailing)} | ${code(change.newlyPassing)} |`);
    }
    out.push('');
  }
  if (comparison.added.length) {
    out.push('**Added**', '', '| Plan | Completeness | Failing checks |', '| --- | --- | --- |');
    for (const state of comparison.added) out.push(`| ${plan(state)} | ${standing(state)} | ${code(state.failing)} |`);
    out.push('');
  }
  if (comparison.removed.length) {
    out.push(`**Removed**: ${comparison.removed.map(plan).join(', ')}.`, '');
  }
  if (comparison.newErrors.length) {
    out.push(`### ${plural(comparison.newErrors.length, 'new error')}`, '', ...messageTable(comparison.newErrors), '');
  }
  if (comparison.newWarnings.length) {
    out.push(`<details><summary>${plural(comparison.newWarnings.length, 'new warning')}</summary>`, '', ...messageTable(comparison.newWarnings), '', '</details>', '');
  }
  if (comparison.overdueWarnings.length) {
    out.push(
      `### ${plural(comparison.overdueWarnings.length, 'plan')} overdue for review`,
      '',
      'Warnings here: this change does not touch them. A change to one of these accounts must bring its review up to date.',
      '',
      ...messageTable(comparison.overdueWarnings),
      '',
    );
  }
  const { errors, warnings } = comparison.counts;
  out.push(`The content as changed has ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in all.`, '');
  return `${out.join('\n')}\n`;
}
