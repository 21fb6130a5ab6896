import { checksEn } from '../../src/i18n/check-en.ts';
import type { CheckStrings } from '../../src/i18n/check-types.ts';
import type { Comparison, MessageEntry, PlanChange, PlanState } from '../../src/lib/check/compare.ts';
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

const code = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');
const plan = (state: { accountId: string; name: string }) =>
  `\`${state.accountId}\`${state.name !== state.accountId ? ` ${cell(state.name)}` : ''}`;

/** `draft 85%`; `not scored` when the plan was missing or invalid. */
function standing(state: PlanState, say: Words): string {
  if (state.score === undefined || state.status === undefined) return say.notScored;
  if (state.checked === 0) return say.notChecked(state.status);
  return `${state.status} ${percent(state.score)}`;
}

function direction(change: PlanChange): 'up' | 'down' | 'same' {
  const { before, after } = change;
  if (before.score === undefined || after.score === undefined || before.score === after.score) return 'same';
  return after.score > before.score ? 'up' : 'down';
}

type Words = CheckStrings['compare'];

function headline(comparison: Comparison, say: Words): string {
  const { added, removed, changed, newErrors, fixedErrors } = comparison;
  const up = changed.filter((change) => direction(change) === 'up').length;
  const down = changed.filter((change) => direction(change) === 'down').length;
  const parts: string[] = [];
  if (changed.length) {
    const moves = [up ? say.up(up) : '', down ? say.down(down) : ''].filter(Boolean).join(', ');
    parts.push(say.changed(changed.length, moves));
  }
  if (added.length) parts.push(say.added(added.length));
  if (removed.length) parts.push(say.removed(removed.length));
  parts.push(say.newErrors(newErrors.length));
  if (fixedErrors) parts.push(say.fixed(fixedErrors));
  if (!changed.length && !added.length && !removed.length) parts.unshift(say.noChange);
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function messageTable(messages: readonly MessageEntry[], say: Words): string[] {
  return [
    `| ${say.columns.where} | ${say.columns.message} | ${say.columns.rule} |`,
    '| --- | --- | --- |',
    ...messages.map(
      (message) => `| \`${message.path}:${message.line}:${message.column}\` | ${cell(message.reason)} | \`${message.rule}\` |`,
    ),
  ];
}

/**
 * The Markdown that `npm run check -- --since <ref>` prints and appends to the pull request's step
 * summary: how each plan's completeness moved, what was added or removed, which errors are new.
 */
export function formatComparison(comparison: Comparison, { ref, commit, today }: ComparisonHeading, t: CheckStrings = checksEn): string {
  const say = t.compare;
  const column = say.columns;
  const out = [
    `## ${say.title}`,
    '',
    say.compared(ref, commit.startsWith(ref) ? '' : ` (${commit.slice(0, 7)})`, today, headline(comparison, say)),
    '',
  ];
  if (comparison.changed.length) {
    out.push(`| ${column.plan} | ${column.completeness} | ${column.newlyFailing} | ${column.newlyPassing} |`, '| --- | --- | --- | --- |');
    for (const change of comparison.changed) {
      const arrow = { up: ' ↑', down: ' ↓', same: '' }[direction(change)];
      const move = `${standing(change.before, say)} → ${standing(change.after, say)}${arrow}`;
      out.push(`| ${plan(change)} | ${move} | ${code(change.newlyFailing)} | ${code(change.newlyPassing)} |`);
    }
    out.push('');
  }
  if (comparison.added.length) {
    out.push(`**${say.addedTitle}**`, '', `| ${column.plan} | ${column.completeness} | ${column.failing} |`, '| --- | --- | --- |');
    for (const state of comparison.added) out.push(`| ${plan(state)} | ${standing(state, say)} | ${code(state.failing)} |`);
    out.push('');
  }
  if (comparison.removed.length) {
    out.push(say.removedList(comparison.removed.map(plan).join(', ')), '');
  }
  if (comparison.newErrors.length) {
    out.push(`### ${say.newErrors(comparison.newErrors.length)}`, '', ...messageTable(comparison.newErrors, say), '');
  }
  if (comparison.newWarnings.length) {
    out.push(
      `<details><summary>${say.newWarnings(comparison.newWarnings.length)}</summary>`,
      '',
      ...messageTable(comparison.newWarnings, say),
      '',
      '</details>',
      '',
    );
  }
  if (comparison.overdueWarnings.length) {
    out.push(
      `### ${say.overdue(comparison.overdueWarnings.length)}`,
      '',
      say.overdueNote,
      '',
      ...messageTable(comparison.overdueWarnings, say),
      '',
    );
  }
  const { errors, warnings } = comparison.counts;
  out.push(say.total(errors, warnings), '');
  return `${out.join('\n')}\n`;
}
