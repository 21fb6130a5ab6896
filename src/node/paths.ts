import { resolve } from 'node:path';

/**
 * The content tree the site and the checker read: `content/` unless `KEYPLAN_CONTENT` names another
 * folder (tests and benchmarks build fixture portfolios that way).
 */
export function contentDir(): string {
  return resolve(process.env['KEYPLAN_CONTENT'] ?? 'content');
}
