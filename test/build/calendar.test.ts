import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/check/engine.ts';
import { reviewDue } from '../../src/lib/check/overdue.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { buildSite, ROOT, siteDir, SITES, TEST_CACHE } from '../helpers/site.ts';
import { TEST_TODAY } from '../helpers/today.ts';

/**
 * The iCalendar feeds, read with an independent parser (ical.js), and the sample built on a day long
 * after its reviews: it still builds, warns once per overdue plan and says so on the pages.
 */

interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
  url: string | undefined;
}

function feed(site: string, path: string): { name: string; events: FeedEvent[] } {
  const component = new ICAL.Component(ICAL.parse(readFileSync(join(siteDir(site), path), 'utf8')) as unknown[]);
  return {
    name: String(component.getFirstPropertyValue('name') ?? component.getFirstPropertyValue('x-wr-calname')),
    events: component.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toString(),
        allDay: event.startDate.isDate,
        url: vevent.getFirstPropertyValue('url')?.toString(),
      };
    }),
  };
}

const sources = readContentTree(join(ROOT, SITES.sample), ROOT);
const { portfolio } = runEngine(sources, { root: SITES.sample, today: TEST_TODAY });
const staleAfterDays = portfolio.settings.completeness.staleAfterDays;
const plans = portfolio.accounts.flatMap((account) => (account.plan ? [{ id: account.id, ...account.plan.data }] : []));
const LATER = '2031-06-01';

let later: { code: number | null; stdout: string; stderr: string };
beforeAll(async () => {
  later = await buildSite('sample-2031', SITES.sample, { KEYPLAN_TODAY: LATER, KEYPLAN_SITE_URL: 'https://plans.example.com/' });
}, 300_000);

describe('calendar feeds of the sample', () => {
  it('give each team member who owns a plan a feed that an independent parser reads', () => {
    const owners = new Set(plans.map((plan) => plan.owner));
    expect(owners.size).toBeGreaterThan(3);
    for (const owner of owners) {
      const { name, events } = feed('sample', `calendar/team/${owner}.ics`);
      expect(name).toContain(portfolio.team.get(owner)!.data.name);
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((event) => event.allDay)).toBe(true);
    }
  });

  it('put every active plan’s next review in its owner’s feed, linked to the account page', () => {
    const active = plans.filter((plan) => plan.status === 'active');
    expect(active.length).toBeGreaterThan(3);
    for (const plan of active) {
      const reviews = feed('sample', `calendar/team/${plan.owner}.ics`).events.filter((event) =>
        event.uid.startsWith(`review.${plan.id}@`),
      );
      expect(reviews, plan.id).toHaveLength(1);
      expect(reviews[0]!.start).toBe(plan.nextReview ?? reviewDue(plan, staleAfterDays));
      expect(reviews[0]!.start).toBe(reviewDue(plan, staleAfterDays));
      // Without the site's address (`KEYPLAN_SITE_URL`) there is no absolute link to give.
      expect(reviews[0]!.url).toBeUndefined();
      expect(reviews[0]!.summary).toBe(`Plan review: ${plan.account}`);
    }
  });

  it('put a sponsor’s plans and a member’s own open actions in their feed, and everything in the portfolio feed', () => {
    const all = feed('sample', 'calendar/portfolio.ics').events;
    for (const plan of plans.filter((entry) => entry.status !== 'archived')) {
      expect(all.some((event) => event.uid.startsWith(`review.${plan.id}@`))).toBe(true);
      if (plan.sponsor)
        expect(feed('sample', `calendar/team/${plan.sponsor}.ics`).events.some((event) => event.uid.startsWith(`review.${plan.id}@`))).toBe(
          true,
        );
      for (const action of plan.actions.filter((entry) => entry.status !== 'done' && entry.due && entry.owner)) {
        const mine = feed('sample', `calendar/team/${action.owner}.ics`).events.filter(
          (event) => event.summary === `${action.title} (${plan.account})`,
        );
        expect(mine.map((event) => event.start)).toContain(action.due);
      }
    }
    const done = plans.flatMap((plan) =>
      plan.actions.filter((action) => action.status === 'done').map((action) => `${action.title} (${plan.account})`),
    );
    expect(done.length).toBeGreaterThan(0);
    expect(all.filter((event) => done.includes(event.summary))).toEqual([]);
    expect(new Set(all.map((event) => event.uid)).size).toBe(all.length);
  });

  it('keep every event’s UID from one build to the next, on another day too', () => {
    expect(later.code).toBe(0);
    const files = (site: string) => readdirSync(join(siteDir(site), 'calendar/team')).sort();
    expect(files('sample-2031')).toEqual(files('sample'));
    for (const path of ['calendar/portfolio.ics', ...files('sample').map((name) => `calendar/team/${name}`)]) {
      const uids = (site: string) =>
        feed(site, path)
          .events.map((event) => event.uid)
          .sort();
      expect(uids('sample-2031'), path).toEqual(uids('sample'));
    }
  });

  it('link each event to its account page where the site’s address is known', () => {
    const events = feed('sample-2031', 'calendar/portfolio.ics').events;
    expect(events.length).toBeGreaterThan(10);
    for (const event of events) expect(event.url).toMatch(/^https:\/\/plans\.example\.com\/accounts\/[a-z0-9-]+\/$/);
  });

  it('are linked from home and from each team member’s page', () => {
    const home = readFileSync(join(siteDir('sample'), 'index.html'), 'utf8');
    expect(home).toContain('href="/calendar/portfolio.ics"');
    const owner = plans[0]!.owner;
    expect(readFileSync(join(siteDir('sample'), `team/${owner}/index.html`), 'utf8')).toContain(`href="/calendar/team/${owner}.ics"`);
  });
});

describe('the sample built on 2031-06-01, long after every review', () => {
  const active = plans.filter((plan) => plan.status === 'active');

  it('builds, with one warning per overdue plan and no error', () => {
    expect(later.code, later.stdout + later.stderr).toBe(0);
    const output = later.stdout + later.stderr;
    const overdue = [...output.matchAll(/^(\S+plan\.mdx):\d+:\d+ {2}warning {2}.*\[freshness\]$/gm)].map((match) => match[1]);
    expect(overdue.sort()).toEqual(
      plans
        .filter((plan) => plan.status !== 'archived')
        .map((plan) => `content/accounts/${plan.id}/plan.mdx`)
        .sort(),
    );
    expect(output).not.toMatch(/ {2}error {2}/);
  });

  it('puts the overdue banner on each live plan’s page, and the badge in the accounts table', () => {
    for (const plan of active) {
      const html = readFileSync(join(siteDir('sample-2031'), `accounts/${plan.id}/index.html`), 'utf8');
      expect(html, plan.id).toMatch(/class="notice tone-bad overdue-banner"[^>]*data-overdue="\d{4}-\d\d-\d\d"/);
      expect(html).toContain('Review overdue: it was due on');
    }
    const table = readFileSync(join(siteDir('sample-2031'), 'accounts/index.html'), 'utf8');
    expect(table.match(/>Review overdue</g)?.length).toBe(plans.filter((plan) => plan.status !== 'archived').length);
    // On the tests' own day the sample is up to date: no banner anywhere.
    for (const plan of active)
      expect(readFileSync(join(siteDir('sample'), `accounts/${plan.id}/index.html`), 'utf8')).not.toContain('overdue-banner');
  });
});

describe('an audience build’s feeds', () => {
  const site = 'calendar-audience';
  const copy = join(TEST_CACHE, 'calendar-audience/content');

  beforeAll(async () => {
    rmSync(copy, { recursive: true, force: true });
    cpSync(join(ROOT, 'test/fixtures/minimal/content'), copy, { recursive: true });
    writeFileSync(
      join(copy, 'settings.yaml'),
      `${readFileSync(join(copy, 'settings.yaml'), 'utf8')}audiences:\n  outside:\n    hide: [nextReview, actions]\n`,
    );
    const result = await buildSite(site, relative(ROOT, copy), { KEYPLAN_AUDIENCE: 'outside' });
    if (result.code !== 0) throw new Error(`The audience build failed:\n${result.stdout}\n${result.stderr}`);
  }, 300_000);

  it('leave out what the audience may not see', () => {
    const { events } = feed(site, 'calendar/team/ana-lopez.ics');
    const text = readFileSync(join(siteDir(site), 'calendar/portfolio.ics'), 'utf8');
    // The minimal plan's next review (2027-01-15) and its action ("Joint S&OP workshop", due 2026-11-30) are hidden.
    expect(text).not.toContain('20270115');
    expect(text).not.toContain('S&OP');
    expect(text).not.toContain('20261130');
    // What is left is the day its last review (2026-10-01) goes stale, from what the audience may see.
    expect(events.map((event) => [event.uid.split('@')[0], event.start])).toEqual([['review.acme', '2027-01-29']]);
    expect(existsSync(join(siteDir('minimal'), 'calendar/portfolio.ics'))).toBe(true);
    expect(readFileSync(join(siteDir('minimal'), 'calendar/portfolio.ics'), 'utf8')).toContain('20270115');
  });
});
