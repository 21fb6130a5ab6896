import { rmSync } from 'node:fs';
import { buildSite, SITES, siteDir } from './site.ts';

/** Builds each fixture site once per test run; a failed build stops the run with Astro's output. */
export default async function setup(): Promise<void> {
  for (const [name, content] of Object.entries(SITES)) {
    rmSync(siteDir(name), { recursive: true, force: true });
    const result = await buildSite(name, content);
    if (result.code !== 0) {
      throw new Error(`Building the ${name} test site failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
    }
  }
}
