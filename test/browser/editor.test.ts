import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelFor } from '../../src/lib/editor/fields.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { launchChromium } from '../helpers/browser.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { ROOT, serveSite } from '../helpers/site.ts';

/**
 * The editor as a KAM uses it with `npm run edit`: the built `/admin/` page, Decap CMS's local server
 * (`decap-server`) on a copy of the sample portfolio in a git repository of its own, and Chromium
 * filling in the forms. What it saved is then judged by git and by `npm run check`.
 */

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForProxy(port: number): Promise<void> {
  // Up to 30 s: a loaded machine starts it slowly.
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"action":"info"}',
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((ready) => setTimeout(ready, 100));
  }
  throw new Error(`decap-server did not start on port ${port}`);
}

function check(repo: TempRepo, args: string[] = []) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { ...process.env, KEYPLAN_CONTENT: 'content', KEYPLAN_TODAY: '2026-11-23' },
  });
}

/** The lines a change removed and added, as `git diff` shows them, file by file. */
const changedLines = (repo: TempRepo) =>
  repo
    .git('diff', '--unified=0')
    .split('\n')
    .filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line));

describe('the browser editor on a working copy (`npm run edit`)', () => {
  let repo: TempRepo;
  let proxy: ChildProcess;
  let browser: Browser;
  let page: Page;
  let stop: () => void;
  let admin: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    repo = tempRepo(join(ROOT, 'content'));
    repo.commit('Sample portfolio', '2026-11-20');
    const port = await freePort();
    proxy = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
      env: { ...process.env, MODE: 'fs', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo.dir, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    const [launched, server] = await Promise.all([launchChromium(), serveSite('sample'), waitForProxy(port)]);
    browser = launched;
    stop = server.stop;
    admin = `${server.url}/admin/?proxy=${port}`;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The page's Content Security Policy must let the CMS work: a blocked request or script is a failure.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/.test(message.text())) pageErrors.push(message.text());
    });
    // Leaving an entry with unsaved changes asks for confirmation; a test that gets there has failed already.
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.goto(admin);
    // The local server needs no account: Decap's sign-in page has a single button.
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByText('Plans', { exact: true }).first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    stop?.();
    proxy?.kill();
    repo?.remove();
  });

  /** Opens an entry in a fresh page load (the session stays signed in), as a link from the site would. */
  const open = async (collection: string, slug: string) => {
    await page.goto('about:blank');
    await page.goto(`${admin}#/collections/${collection}/entries/${slug}`);
    await page.getByText('Changes saved', { exact: false }).first().waitFor();
  };

  /** Expands the list item whose summary line is `summary` and returns it. */
  const listItem = async (summary: string) => {
    const item = page.getByText(summary, { exact: true }).locator('xpath=..');
    await item.locator('button').first().click();
    return item;
  };

  const publish = async () => {
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Publish now').click();
    await page.getByText('Entry saved').waitFor();
  };

  it('loads /admin/ without page errors, with a form field for every plan field', async () => {
    await open('plans', 'mercaverde/plan');
    await page.getByLabel('Account', { exact: true }).waitFor();
    const labels = new Set((await page.locator('label').allTextContents()).map((text) => text.replace(/ \(optional\)$/, '')));
    const missing = Object.keys(planSchema.shape).filter((name) => !labels.has(labelFor(name)));
    expect(missing).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('saves a stance and a KPI target as exactly those lines, which the check accepts and summarises', async () => {
    await open('stakeholders', 'mercaverde/stakeholders');
    const person = await listItem('Ignacio Ferrer · economic-buyer · neutral');
    await person.getByLabel('Stance').click();
    await page.keyboard.type('supporter');
    await page.keyboard.press('Enter');
    await publish();

    await open('plans', 'mercaverde/plan');
    const kpi = await listItem('Roturas de temperatura en frescos: 14 → 5 incidencias/mes');
    await kpi.getByLabel('Target').fill('4');
    await publish();

    expect(repo.git('diff', '--name-only').trim().split('\n')).toEqual([
      'content/accounts/mercaverde/plan.mdx',
      'content/accounts/mercaverde/stakeholders.mdx',
    ]);
    expect(changedLines(repo)).toEqual(['-    target: 5', '+    target: 4', '-    stance: neutral', '+    stance: supporter']);

    const plain = check(repo);
    expect(plain.status, plain.stdout + plain.stderr).toBe(0);
    const since = check(repo, ['--since', 'HEAD']);
    expect(since.status, since.stderr).toBe(0);
    expect(since.stdout).toContain('Ignacio Ferrer: stance neutral → supporter');
    expect(since.stdout).toContain('KPI “Roturas de temperatura en frescos” target 5 → 4');
    expect(pageErrors).toEqual([]);
  });

  it('shows, before saving, what the pull request’s check will say of the account, as the form changes', async () => {
    await open('plans', 'mercaverde/plan');
    const feedback = page.frameLocator('iframe').first().getByTestId('feedback');
    await expect.poll(() => feedback.innerText()).toContain('No errors: the pull request’s check will pass');
    expect(await feedback.innerText()).toContain('Plan completeness: 100%');
    // An active plan without an executive sponsor fails the `sponsor` check: the gate would be red.
    await page.getByLabel(/^Sponsor/).click();
    await page.keyboard.press('Backspace');
    await expect.poll(() => feedback.innerText()).toContain('1 error: fix the errors before saving');
    expect(await feedback.getAttribute('data-state')).toBe('blocked');
    const text = await feedback.innerText();
    expect(text).toContain('accounts/mercaverde/plan.mdx, line 4: The plan has no sponsor.');
    expect(text).not.toContain('Plan completeness: 100%');
    // Choosing a sponsor again clears it, without saving.
    await page.getByLabel(/^Sponsor/).click();
    await page.getByRole('option', { name: 'Carmen Ortega' }).click();
    await expect.poll(() => feedback.innerText()).toContain('No errors');
    expect(pageErrors).toEqual([]);
  });

  /** Picks `option` in the select-like field labelled `label` (Decap's selects and relations). */
  const choose = async (label: RegExp, option: string) => {
    await page.getByLabel(label).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  it('creates a new account’s plan in a new folder named after the client, which the check accepts', async () => {
    await page.goto('about:blank');
    await page.goto(`${admin}#/collections/plans/new`);
    const feedback = page.frameLocator('iframe').first().getByTestId('feedback');
    await expect.poll(() => feedback.innerText()).toContain('Fill in the account folder above');
    // The folder follows the client's name; an id that is taken is refused before anything is saved.
    await page.getByLabel('Account', { exact: true }).fill('Mercaverde');
    await expect.poll(() => page.getByLabel(/^Account folder/).inputValue()).toBe('mercaverde');
    // Required on a new entry (its widget refuses an empty one), so not labelled optional.
    expect((await page.getByText(/^Account folder/).innerText()).toLowerCase()).toBe('account folder');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Publish now').click();
    await page.getByText('There is an account mercaverde already').waitFor();
    // Decap refuses the save by rejecting a promise with no reason, which the page reports as an error.
    const refused = pageErrors.length;
    await expect.poll(() => feedback.innerText()).toContain('There is an account mercaverde already');
    await page.getByLabel('Account', { exact: true }).clear();
    await page.getByLabel('Account', { exact: true }).fill('Conservas Rías');
    await expect.poll(() => page.getByLabel(/^Account folder/).inputValue()).toBe('conservas-rias');
    // A folder the person types stays when the name changes.
    await page.getByLabel(/^Account folder/).fill('conservas-rias-baixas');
    // (Decap's text boxes keep their text under `fill`: clear them first.)
    await page.getByLabel('Account', { exact: true }).clear();
    await page.getByLabel('Account', { exact: true }).fill('Conservas Rías Baixas');
    await page.waitForTimeout(600);
    await expect(page.getByLabel(/^Account folder/).inputValue()).resolves.toBe('conservas-rias-baixas');
    await choose(/^Status/, 'draft');
    await choose(/^Owner/, 'Laura Gómez');
    await page.getByLabel(/^Start/).fill('2027-01-01');
    await page.getByLabel(/^End/).fill('2027-12-31');
    await page.getByLabel(/^Reviewed/).fill('2026-11-20');
    // The new account is judged with the settings and team before it is saved.
    await expect.poll(() => feedback.innerText()).toContain('No errors');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Publish now').click();
    await page.getByText('Entry saved').waitFor();

    const plan = join(repo.dir, 'content/accounts/conservas-rias-baixas/plan.mdx');
    expect(existsSync(plan), repo.git('status', '--short', '-uall')).toBe(true);
    // The fields in the form's order, the empty ones left out, and nothing of the editor's own.
    expect(readFileSync(plan, 'utf8')).toBe(
      '---\naccount: Conservas Rías Baixas\nstatus: draft\nowner: laura-gomez\nperiod:\n  start: 2027-01-01\n  end: 2027-12-31\nreviewed: 2026-11-20\n---\n',
    );
    const result = check(repo);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(pageErrors.slice(refused)).toEqual([]);
    pageErrors.length = 0;
  });

  it('adds a value proposition to an account chosen in the form, saved under a file name the check accepts', async () => {
    await page.goto('about:blank');
    await page.goto(`${admin}#/collections/values/new`);
    await page.getByLabel(/^Account folder/).selectOption('mercaverde');
    const feedback = page.frameLocator('iframe').first().getByTestId('feedback');
    // The file name follows the title; one the account has already is refused, here and on saving.
    await page.getByLabel('Title', { exact: true }).fill('Frescos sin roturas');
    await expect.poll(() => page.getByLabel(/^File name/).inputValue()).toBe('frescos-sin-roturas');
    expect((await page.getByText(/^File name/).innerText()).toLowerCase()).toBe('file name');
    await expect.poll(() => feedback.innerText()).toContain('Mercaverde Supermercados has a value proposition frescos-sin-roturas already');
    await page.getByLabel('Title', { exact: true }).clear();
    await page.getByLabel('Title', { exact: true }).fill('Devoluciones en el mismo camión');
    await expect.poll(() => page.getByLabel(/^File name/).inputValue()).toBe('devoluciones-en-el-mismo-camion');
    await expect.poll(() => feedback.innerText()).toContain('accounts/mercaverde/value/devoluciones-en-el-mismo-camion.mdx');
    await choose(/^Status/, 'draft');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Publish now').click();
    await page.getByText('Entry saved').waitFor();

    // Every sample account has its stakeholder map: a new one can only be started for an account without.
    await page.goto('about:blank');
    await page.goto(`${admin}#/collections/stakeholders/new`);
    await expect
      .poll(() =>
        page
          .getByLabel(/^Account folder/)
          .locator('option')
          .allTextContents(),
      )
      .toEqual(['Choose the account']);

    const value = join(repo.dir, 'content/accounts/mercaverde/value/devoluciones-en-el-mismo-camion.mdx');
    expect(existsSync(value), repo.git('status', '--short')).toBe(true);
    expect(readFileSync(value, 'utf8')).toMatch(/^---\ntitle: Devoluciones en el mismo camión\nstatus: draft\n/);
    const result = check(repo);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
