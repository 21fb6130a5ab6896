import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { runEngine } from '../../src/lib/check/engine.ts';
import { reviewReminders } from '../../src/lib/reviews/reminders.ts';
import { createFormatter } from '../../src/lib/view/format.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { readOutput } from '../audience/scan.ts';
import { replace } from '../check/helpers.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { astroCacheDir, buildSite, ROOT, siteDir, SITES } from '../helpers/site.ts';

/**
 * The account page's "Changes" section and the review reminders, in built sites: the minimal fixture
 * committed to a temporary repository in steps (built for everyone and for an audience), and the
 * sample built by the global setup.
 */

const MINIMAL = join(ROOT, 'test/fixtures/minimal/content');
const TODAY = '2026-11-23';
/** Eighteen commits that each move one KPI: with the three of the first commit and four of the last, 25 changes, five past the page's 20. */
const KPI_COMMITS = 18;

const read = (site: string, path: string) => readFileSync(join(siteDir(site), path, 'index.html'), 'utf8');
/** The text of an element, as a reader sees it. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
const section = (html: string, id: string) => html.match(new RegExp(`<section aria-labelledby="${id}"[^>]*>[\\s\\S]*?</section>`))?.[0];

let repo: TempRepo;

beforeAll(async () => {
  repo = tempRepo(MINIMAL);
  const edit = (path: string, change: (text: string) => string) => {
    const file = join(repo.dir, 'content', path);
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  };
  appendFileSync(
    join(repo.dir, 'content/settings.yaml'),
    'repoUrl: https://github.com/example/key-accounts\naudiences:\n  partners:\n    hide: [revenue, people]\n',
  );
  repo.commit('Acme plan', '2026-09-01', 'Ana López');
  for (let step = 1; step <= KPI_COMMITS; step++) {
    edit('accounts/acme/plan.mdx', (plan) => plan.replace(/actual: \d+/, `actual: ${80 + step}`));
    repo.commit(`On-time delivery, week ${step}`, `2026-09-${String(step + 1).padStart(2, '0')}`);
  }
  edit('accounts/acme/stakeholders.mdx', replace('stance: neutral', 'stance: supporter'));
  // Back to draft, so that the review past due warns instead of stopping the build.
  const plan = [
    replace('status: active', 'status: draft'),
    replace('nextReview: 2027-01-15', 'nextReview: 2026-11-20'),
    replace('target: 1500000', 'target: 1800000'),
  ];
  edit('accounts/acme/plan.mdx', (text) => plan.reduce((changed, change) => change(changed), text));
  repo.commit('Seán comes round; a higher target; back to draft', '2026-10-01', 'Ben Okafor');

  const content = join(repo.dir, 'content');
  for (const [site, env] of [
    ['history', {}],
    ['history-partners', { KEYPLAN_AUDIENCE: 'partners' }],
  ] as const) {
    // Astro's content cache keeps each entry's file path while its text is unchanged: this run's
    // repository has a new path, so a cache from an earlier run would point into a deleted folder.
    rmSync(astroCacheDir(site), { recursive: true, force: true });
    const result = await buildSite(site, content, env);
    if (result.code !== 0) throw new Error(`Building ${site} failed:\n${result.stdout}\n${result.stderr}`);
  }
}, 180_000);
afterAll(() => repo?.remove());

describe('the Changes section of an account page', () => {
  it('tells what changed in words, by commit, newest first, with who and when', () => {
    const changes = section(read('history', 'accounts/acme'), 'changes');
    expect(changes).toContain('data-pagefind-ignore');
    const shown = text(changes!);
    expect(shown).toMatch(/^Changes Last updated Oct 1, 2026 by Ben Okafor Oct 1, 2026 · Ben Okafor /);
    expect(shown).toContain(
      "Oct 1, 2026 · Ben Okafor status active → draft next review Jan 15, 2027 → Nov 20, 2026 revenue target 1,500,000 → 1,800,000 Seán O'Brien: stance neutral → supporter",
    );
    expect(shown).toContain('Sep 19, 2026 · Laura Gómez KPI “On-time delivery” actual 97 → 98 %');
    // The first commit's three changes and the oldest KPI change are past the twenty shown.
    expect(shown).not.toContain('plan created');
    expect(shown).toMatch(/and 5 earlier changes$/);
    expect(changes).toContain('href="https://github.com/example/key-accounts/commits/main/content/accounts/acme"');
  });

  it('is left out of the search index', () => {
    const index = readOutput(join(siteDir('history'), 'pagefind')).filter((file) => file.text.includes('On-time delivery'));
    expect(index.length).toBeGreaterThan(0);
    for (const file of index) expect(file.text).not.toContain('neutral → supporter');
  });

  it('leaves out, in an audience build, every change to what the audience may not see', () => {
    const shown = text(section(read('history-partners', 'accounts/acme'), 'changes')!);
    expect(shown).toContain('next review Jan 15, 2027 → Nov 20, 2026');
    expect(shown).toContain('KPI “On-time delivery” actual 97 → 98 %');
    for (const hidden of ['revenue', '1,800,000', 'stance', 'Seán', 'stakeholder']) expect(shown).not.toContain(hidden);
    // Three hidden changes fewer (the target, the stance, the map's creation): 22, two past the twenty shown.
    expect(shown).toMatch(/and 2 earlier changes$/);
  });
});

describe('review reminders', () => {
  it('list a plan whose review is past on the home page and on its owner’s page only', () => {
    for (const page of ['', 'team/ana-lopez']) {
      const reviews = section(read('history', page), 'reviews-due');
      expect(text(reviews ?? '')).toContain('Acme Foods');
      expect(text(reviews ?? '')).toContain('Draft Nov 20, 2026 3 days overdue');
    }
    expect(read('history', 'team/ben-okafor')).not.toContain('reviews-due');
  });

  it('list the sample’s plans due within 14 days on the home page, most urgent first', () => {
    const { portfolio } = runEngine(readContentTree(join(ROOT, SITES.sample), ROOT), { root: SITES.sample, today: TODAY });
    const due = reviewReminders(portfolio.accounts, { today: TODAY, staleAfterDays: portfolio.settings.completeness.staleAfterDays });
    expect(due.map((reminder) => reminder.account)).toContain('Químicas del Ebro');
    const fmt = createFormatter('en');
    const rows = [...(section(read('sample', ''), 'reviews-due') ?? '').matchAll(/<tr>[\s\S]*?<\/tr>/g)].slice(1).map(([row]) => text(row));
    expect(rows).toEqual(
      due.map(({ account, owner, status, due: day, kind, days }) => {
        const when = days < 0 ? en.reviews.overdue(-days) : days === 0 ? en.reviews.today : en.reviews.inDays(days);
        const stale = kind === 'stale' ? ` (${en.reviews.staleNote})` : '';
        return `${account} ${portfolio.team.get(owner)?.data.name} ${en.labels.planStatus[status]} ${fmt.date(day)}${stale} ${when}`;
      }),
    );
  });
});
