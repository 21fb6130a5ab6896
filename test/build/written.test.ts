import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, siteDir, TEST_CACHE } from '../helpers/site.ts';

/**
 * Redaction and building do not depend on how a file is written. The `written` fixture's plan prints
 * its hidden revenue and KPI unit through `{frontmatter.…}` and the whole frontmatter through
 * `{JSON.stringify(frontmatter)}` (trusted mode). Its account is copied twice, saved as editors save
 * files: with a UTF-8 byte order mark (Windows editors) and with CRLF line endings. The all-staff build
 * must print none of the hidden values from any variant; the full build must print them from every
 * variant (or the test would prove nothing). CR-only files are refused by the check
 * (`test/check/written.test.ts`), since Astro's content loader cannot read them.
 */
const FIXTURE = join(ROOT, 'test/fixtures/written/content');
const copy = join(TEST_CACHE, 'written-content/content');
const VARIANTS: Record<string, (text: string) => string> = {
  bom: (text) => `\uFEFF${text}`,
  crlf: (text) => text.replace(/\n/g, '\r\n'),
};
const HIDDEN = ['987654321', '987,654,321', '123456789', '123,456,789', 'zqunitzq'];

function outputText(dir: string, id: string): string {
  const folder = join(dir, 'accounts', id);
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

describe('a plan saved with a BOM or CRLF line endings', () => {
  let full = '';
  let audience = '';

  beforeAll(async () => {
    rmSync(copy, { recursive: true, force: true });
    cpSync(FIXTURE, copy, { recursive: true });
    for (const [id, encode] of Object.entries(VARIANTS)) {
      mkdirSync(join(copy, 'accounts', id));
      for (const name of ['plan.mdx', 'stakeholders.mdx']) {
        writeFileSync(join(copy, 'accounts', id, name), encode(readFileSync(join(FIXTURE, 'accounts/acme', name), 'utf8')));
      }
    }
    const content = relative(ROOT, copy);
    const [fullBuild, audienceBuild] = [
      await buildSite('written', content),
      await buildSite('written-all-staff', content, { KEYPLAN_AUDIENCE: 'all-staff' }),
    ];
    for (const result of [fullBuild, audienceBuild])
      if (result.code !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`);
    full = siteDir('written');
    audience = siteDir('written-all-staff');
  }, 360_000);

  it.each(Object.keys(VARIANTS))('builds, and shows the hidden values in the full build (%s)', (id) => {
    const text = outputText(full, id);
    expect(text).toContain('987654321');
    expect(text).toContain('zqunitzq');
  });

  it.each(['acme', ...Object.keys(VARIANTS)])('prints no hidden value in the audience build (%s)', (id) => {
    const text = outputText(audience, id);
    expect(text).toContain('Target: .');
    expect(HIDDEN.filter((value) => text.includes(value))).toEqual([]);
  });
});
