import type { VFile } from 'vfile';
import { checksEn } from '../../i18n/check-en.ts';
import type { CheckStrings } from '../../i18n/check-types.ts';

/** One line per message: `path:line:col  message  [rule-id]`, the form editors and CI logs link. */
export function formatMessages(files: readonly VFile[]): string[] {
  const lines: string[] = [];
  for (const file of files) {
    for (const message of file.messages) {
      const level = message.fatal ? 'error' : 'warning';
      lines.push(`${file.path}:${message.line ?? 1}:${message.column ?? 1}  ${level}  ${message.reason}  [${message.ruleId ?? 'keyplan'}]`);
    }
  }
  return lines;
}

/** "2 errors, 1 warning", in the run's language. */
export function formatCounts({ errors, warnings }: { errors: number; warnings: number }, t: CheckStrings = checksEn): string {
  return t.run.counts(errors, warnings);
}
