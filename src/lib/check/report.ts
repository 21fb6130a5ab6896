import type { Point } from 'unist';
import { VFile } from 'vfile';

export type Severity = 'error' | 'warning';

/** Collects messages per file, in the vfile form every reporter (terminal, GitHub, JSON) reads. */
export class Reporter {
  readonly files = new Map<string, VFile>();

  file(path: string): VFile {
    let file = this.files.get(path);
    if (!file) {
      file = new VFile({ path });
      this.files.set(path, file);
    }
    return file;
  }

  add(path: string, severity: Severity, reason: string, place: Point | undefined, ruleId: string): void {
    const message = this.file(path).message(reason, { place: place ?? { line: 1, column: 1 }, ruleId, source: 'keyplan' });
    message.fatal = severity === 'error';
  }

  error(path: string, reason: string, place: Point | undefined, ruleId: string): void {
    this.add(path, 'error', reason, place, ruleId);
  }

  warn(path: string, reason: string, place: Point | undefined, ruleId: string): void {
    this.add(path, 'warning', reason, place, ruleId);
  }

  /** Every file with messages, sorted by path, each file's messages sorted by position. */
  sorted(): VFile[] {
    const files = [...this.files.values()].filter((file) => file.messages.length > 0);
    for (const file of files) {
      file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    }
    return files.sort((a, b) => a.path.localeCompare(b.path));
  }

  counts(): { errors: number; warnings: number } {
    let errors = 0;
    let warnings = 0;
    for (const file of this.files.values()) {
      for (const message of file.messages) message.fatal ? errors++ : warnings++;
    }
    return { errors, warnings };
  }
}
