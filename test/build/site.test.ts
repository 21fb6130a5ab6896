import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { matchesGlob, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/check/engine.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { SEARCHABLE_PAGES } from '../../src/node/search-index.ts';
import { buildSite, ROOT, siteDir } from '../helpers/site.ts';

const page = (site: string, path: string) => resolve(siteDir(site), path.replace(/^\//, ''), 'index.html');

describe('the sample portfolio site', () => {
  const { portfolio } = runEngine(readContentTree(resolve(ROOT, 'content'), ROOT));

  it('has at least eight accounts across statuses and languages', () => {
    const plans = portfolio.accounts.flatMap((account) => (account.plan ? [account.plan.data] : []));
    expect(plans.length).toBeGreaterThanOrEqual(8);
    expect(new Set(plans.map((plan) => plan.status))).toEqual(new Set(['active', 'draft', 'archived']));
    expect(new Set(plans.map((plan) => plan.lang))).toEqual(new Set(['en', 'es']));
  });

  it('has a page for every account, value proposition and team member', () => {
    expect(existsSync(resolve(siteDir('sample'), 'index.html'))).toBe(true);
    for (const account of portfolio.accounts) {
      const html = readFileSync(page('sample', `/accounts/${account.id}/`), 'utf8');
      expect(html).toContain(account.plan!.data.account.replace(/&/g, '&amp;'));
      for (const value of account.values) {
        expect(existsSync(page('sample', `/accounts/${account.id}/value/${value.name}/`)), value.path).toBe(true);
      }
    }
    for (const id of portfolio.team.keys()) {
      expect(existsSync(page('sample', `/team/${id}/`)), id).toBe(true);
    }
  });

  it("holds the editor's check files: one per account folder with its files as built, and the shared ones", () => {
    const folder = resolve(siteDir('sample'), 'admin/checks');
    const names = readdirSync(folder).sort();
    expect(names).toEqual(['_shared.json', ...portfolio.accounts.map((account) => `${account.id}.json`)].sort());
    const [account] = portfolio.accounts;
    const sources = JSON.parse(readFileSync(resolve(folder, `${account!.id}.json`), 'utf8')) as { files: { path: string; text: string }[] };
    const plan = sources.files.find((file) => file.path === account!.plan!.path);
    expect(plan?.text).toBe(readFileSync(resolve(ROOT, account!.plan!.path), 'utf8'));
    expect(sources.files.map((file) => file.path)).toContain('content/settings.yaml');
  });

  it('gives Pagefind every page that opts in to the search index, and it indexes them all', () => {
    const html = (readdirSync(siteDir('sample'), { recursive: true }) as string[]).filter((path) => path.endsWith('.html'));
    const optedIn = html.filter((path) => readFileSync(resolve(siteDir('sample'), path), 'utf8').includes('data-pagefind-body'));
    expect(optedIn.length).toBeGreaterThan(portfolio.accounts.length);
    for (const path of optedIn)
      expect(
        SEARCHABLE_PAGES.some((glob) => matchesGlob(path, glob)),
        path,
      ).toBe(true);
    const entry = JSON.parse(readFileSync(resolve(siteDir('sample'), 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const records = (JSON.parse(readFileSync(resolve(siteDir('sample'), 'search/records.json'), 'utf8')) as { records: unknown[] }).records
      .length;
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(optedIn.length + records);
  });
});

describe('a build with content mistakes', () => {
  it('fails naming each file, line and field, with no stack trace and no site', async () => {
    const { rmSync } = await import('node:fs');
    rmSync(siteDir('broken'), { recursive: true, force: true });
    const result = await buildSite('broken', 'test/fixtures/broken/content');
    const output = result.stdout + result.stderr;
    expect(result.code).toBe(1);
    expect(output).toContain(
      'test/fixtures/broken/content/accounts/acme/plan.mdx:3:9  error  `status` must be one of `draft`, `active`, `archived`, got "actve". Did you mean `active`?  [schema]',
    );
    expect(output).toContain('plan.mdx:8:11  error  `reviewed` must be a real calendar date');
    expect(output).toContain('stakeholders.mdx:5:16  error  `people[0].reportsTo` makes a reporting cycle');
    expect(output).toContain('stakeholders.mdx:9:12  error  `people[1].owner` `bob` is not in the team.');
    expect(output).toMatch(/Fix the errors above and build again/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(resolve(siteDir('broken'), 'index.html'))).toBe(false);
  });
});

describe('the completeness gate in the build', () => {
  it('fails on an incomplete active plan and passes once it is fixed', async () => {
    const { cpSync, mkdtempSync, readFileSync: read, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const content = resolve(mkdtempSync(resolve(tmpdir(), 'keyplan-gate-')), 'content');
    cpSync(resolve(ROOT, 'test/fixtures/minimal/content'), content, { recursive: true });
    const plan = resolve(content, 'accounts/acme/plan.mdx');
    const complete = read(plan, 'utf8');
    writeFileSync(plan, complete.replace(/\nclientValidation:\n.*\n.*\n/, '\n'));

    rmSync(siteDir('gate'), { recursive: true, force: true });
    const failed = await buildSite('gate', content);
    expect(failed.code).toBe(1);
    expect(failed.stdout + failed.stderr).toMatch(
      /accounts\/acme\/plan\.mdx:\d+:\d+ {2}error {2}.*clientValidation.*\[client-validation\]/,
    );
    expect(existsSync(resolve(siteDir('gate'), 'index.html'))).toBe(false);

    writeFileSync(plan, complete);
    const passed = await buildSite('gate', content);
    expect(passed.code, passed.stdout + passed.stderr).toBe(0);
    expect(existsSync(resolve(siteDir('gate'), 'accounts/acme/index.html'))).toBe(true);
  });
});
