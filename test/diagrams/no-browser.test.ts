import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, siteDir, type RunResult } from '../helpers/site.ts';

/**
 * The sample portfolio builds every diagram without starting a browser. `CHROMIUM_PATH` names a
 * stand-in executable that leaves a mark if anything ever starts it; the build must leave none,
 * must not say Chromium is missing, and must ship no Mermaid for the reader's browser.
 */
const work = mkdtempSync(join(tmpdir(), 'keyplan-no-browser-'));
const marker = join(work, 'browser-started');
const fake = join(work, 'chromium');
let result: RunResult;

beforeAll(async () => {
  writeFileSync(fake, `#!/bin/sh\necho "$@" > '${marker}'\nexit 1\n`);
  chmodSync(fake, 0o755);
  result = await buildSite('sample-no-browser', 'content', { CHROMIUM_PATH: fake, KEYPLAN_DIAGRAM_CACHE: join(work, 'cache') });
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the sample build', () => {
  it('draws all 31 diagrams and starts no browser process', () => {
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.code, output).toBe(0);
    expect(output).toMatch(/\[keyplan\] 31 diagrams \(31 drawn in \d+\.\d s, 0 from cache\)/);
    expect(existsSync(marker)).toBe(false);
    expect(output).not.toMatch(/Chromium/);
  });

  it('inlines every diagram as SVG and ships no Mermaid to the reader', () => {
    const site = siteDir('sample-no-browser');
    let svgs = 0;
    for (const account of readdirSync(join(site, 'accounts'), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const html = readFileSync(join(site, 'accounts', account.name, 'index.html'), 'utf8');
      expect(html).not.toContain('data-kp-mermaid');
      svgs += html.match(/<svg [^>]*class="kp-d kp-d--/g)?.length ?? 0;
    }
    expect(svgs).toBe(30);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toMatch(/<svg [^>]*class="kp-d kp-d--matrix"/);
    expect(existsSync(join(site, '_keyplan/mermaid'))).toBe(false);
  });
});
