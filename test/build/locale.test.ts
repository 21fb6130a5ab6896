import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, siteDir, TEST_CACHE } from '../helpers/site.ts';

/**
 * A site with `locale: es` shows completeness reasons and hints in Spanish on the account page: the
 * minimal fixture, in Spanish, with its plan a draft (warnings do not stop the build) and no sponsor.
 */
const content = join(TEST_CACHE, 'locale-es/content');
const html = () => readFileSync(join(siteDir('locale-es'), 'accounts/acme/index.html'), 'utf8');
let build: Awaited<ReturnType<typeof buildSite>>;

beforeAll(async () => {
  rmSync(join(TEST_CACHE, 'locale-es'), { recursive: true, force: true });
  cpSync(join(ROOT, 'test/fixtures/minimal/content'), content, { recursive: true });
  writeFileSync(join(content, 'settings.yaml'), `${readFileSync(join(content, 'settings.yaml'), 'utf8')}locale: es\n`);
  const plan = join(content, 'accounts/acme/plan.mdx');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('status: active', 'status: draft').replace('sponsor: ben-okafor\n', ''));
  build = await buildSite('locale-es', content);
}, 600_000);
afterAll(() => rmSync(join(TEST_CACHE, 'locale-es'), { recursive: true, force: true }));

describe('an account page on a Spanish site', () => {
  it('gives the reasons and hints of failing checks in Spanish', () => {
    expect(build.code, build.stderr).toBe(0);
    expect(html()).toContain('El plan no tiene <code>sponsor</code>.');
    expect(html()).toContain('Añade <code>sponsor:</code> con el id de equipo del directivo de nuestra empresa que respalda la cuenta');
    expect(html()).not.toContain('The plan has no');
  });

  it('warns in Spanish in the build output', () => {
    expect(build.stdout + build.stderr).toMatch(/el contenido tiene 0 errores, \d+ avisos?:/);
  });
});

describe('a Spanish site whose content has an error', () => {
  it('stops the build saying what to do in Spanish, with no English label from Astro', async () => {
    const broken = join(TEST_CACHE, 'locale-es-broken/content');
    rmSync(join(TEST_CACHE, 'locale-es-broken'), { recursive: true, force: true });
    cpSync(content, broken, { recursive: true });
    const plan = join(broken, 'accounts/acme/plan.mdx');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^owner: .*$/m, 'owner: nadie'));
    const failed = await buildSite('locale-es-broken', broken).finally(() =>
      rmSync(join(TEST_CACHE, 'locale-es-broken'), { recursive: true, force: true }),
    );
    const output = failed.stdout + failed.stderr;
    expect(failed.code).toBe(1);
    expect(output).toMatch(/plan\.mdx:\d+:\d+ {2}error {2}.*`owner`/);
    expect(output).toContain('Corrige los errores de arriba y vuelve a compilar; no se ha compilado nada.');
    expect(output).not.toContain('Hint:');
    // Astro's own line before a hook's error is English whatever the site's language.
    expect(output).not.toMatch(/unhandled error|astro:config:setup/);
  });
});
