import type { VFile } from 'vfile';

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

/** "2 errors, 1 warning" */
export function formatCounts({ errors, warnings }: { errors: number; warnings: number }): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
