import type { VFile } from 'vfile';
import { failingChecks, percent } from './format-plans.ts';
import type { PlanReport } from '../../src/lib/model.ts';
import { checksEn } from '../../src/i18n/check-en.ts';
import type { CheckStrings } from '../../src/i18n/check-types.ts';

// Workflow-command escaping, as in @actions/core's `command.ts`: the message ("data") escapes
// %, CR and LF; property values also escape `:` and `,`, which separate properties.
export const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
export const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** One `::error file=…,line=…,col=…,title=…::message` workflow command per message. */
export function githubAnnotations(files: readonly VFile[]): string[] {
  const lines: string[] = [];
  for (const file of files) {
    for (const message of file.messages) {
      const properties = {
        file: file.path,
        line: String(message.line ?? 1),
        col: String(message.column ?? 1),
        title: `Keyplan [${message.ruleId ?? 'keyplan'}]`,
      };
      const list = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
      lines.push(`::${message.fatal ? 'error' : 'warning'} ${list}::${escapeData(message.reason)}`);
    }
  }
  return lines;
}

/** Text safe inside a Markdown table cell (GFM honours `\|` even inside code spans). */
export const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\r?\n/g, ' ');

export interface StepSummary {
  summary: string;
  today: string;
  /** Every account id, sorted. */
  accountIds: readonly string[];
  names: ReadonlyMap<string, string>;
  reports: ReadonlyMap<string, PlanReport>;
  files: readonly VFile[];
  /** The words of the summary, in the run's language. @default English */
  t?: CheckStrings;
}

/** The Markdown appended to `$GITHUB_STEP_SUMMARY`: plans with score and failing checks, then every message. */
export function githubStepSummary({ summary, today, accountIds, names, reports, files, t = checksEn }: StepSummary): string {
  const say = t.report;
  const column = say.columns;
  const out = [`## ${say.title}`, '', `**${summary}** (${say.today(today)})`, ''];
  if (accountIds.length) {
    out.push(`| ${column.plan} | ${column.status} | ${column.score} | ${column.failing} |`, '| --- | --- | ---: | --- |');
    for (const id of accountIds) {
      const report = reports.get(id);
      const name = names.get(id);
      const plan = `\`${id}\`${name ? ` ${cell(name)}` : ''}`;
      if (!report) {
        out.push(`| ${plan} | - | - | ${say.notScoredRow} |`);
        continue;
      }
      const failing = failingChecks(report)
        .map((check) => `\`${check}\``)
        .join(', ');
      const score = report.checks.length ? percent(report.score) : '-';
      out.push(`| ${plan} | ${report.status} | ${score} | ${failing || (report.checks.length ? '' : say.noChecks)} |`);
    }
    out.push('');
  }
  const messages = files.flatMap((file) => file.messages.map((message) => ({ file, message })));
  if (messages.length) {
    out.push(`| ${column.level} | ${column.where} | ${column.message} | ${column.rule} |`, '| --- | --- | --- | --- |');
    for (const { file, message } of messages) {
      const where = `\`${file.path}:${message.line ?? 1}:${message.column ?? 1}\``;
      out.push(
        `| ${message.fatal ? say.level.error : say.level.warning} | ${where} | ${cell(message.reason)} | \`${message.ruleId ?? 'keyplan'}\` |`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
