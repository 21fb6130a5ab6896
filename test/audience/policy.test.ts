import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audiencePolicy, hiddenPathsFor, redactData, type AudiencePolicy } from '../../src/lib/audience.ts';
import { calendarFeed } from '../../src/lib/reviews/calendar.ts';
import { runEngine } from '../../src/lib/check/engine.ts';
import { reviewDue } from '../../src/lib/check/overdue.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { ROOT, SITES } from '../helpers/site.ts';
import { TEST_TODAY } from '../helpers/today.ts';
import { useBodies, type Needle } from './needles.ts';
import { prepareNeedles } from './prepare.ts';
import { searchOutput } from './scan.ts';

/**
 * The audience policy (`src/lib/audience.ts`) is the one rule every output asks. These tests pin what
 * it says, and run an output that the build-level leak test came after (the iCalendar feeds) through
 * it with the leak test's needles: every hidden value, in every form, must be absent from the feeds.
 */

const SETTINGS = `${SITES.sample}/settings.yaml`;
// The sample's audiences, and one that hides what calendars show: actions and the next review date.
const sources = readContentTree(join(ROOT, SITES.sample), ROOT).map((file) =>
  file.path === SETTINGS
    ? { ...file, text: file.text.replace('audiences:\n', 'audiences:\n  calendar-outsiders:\n    hide: [actions, nextReview]\n') }
    : file,
);
const { portfolio: full } = runEngine(sources, { root: SITES.sample, today: TEST_TODAY });
useBodies(new Map(sources.map((file) => [file.path, file.text])));
const audiences = Object.keys(full.settings.audiences);

/** Every feed the build writes (the portfolio's and one per team member) from what `policy` lets through. */
function feeds(policy: AudiencePolicy): { path: string; text: string }[] {
  const { accounts, team, settings } = policy.redact(full);
  const input = {
    accounts,
    memberName: (id: string) => team.get(id)?.data.name ?? id,
    company: settings.company,
    staleAfterDays: settings.completeness.staleAfterDays,
    today: TEST_TODAY,
    accountUrl: (id: string) => `/accounts/${id}/`,
    t: uiStrings(settings.locale).calendar,
    digest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
  };
  return [
    { path: 'calendar/portfolio.ics', text: calendarFeed(input).toString() },
    ...[...team.keys()].map((member) => ({ path: `calendar/team/${member}.ics`, text: calendarFeed(input, { member }).toString() })),
  ];
}

describe('the audience policy', () => {
  const account = full.accounts.find((candidate) => candidate.plan?.data.revenue)!;

  it('hides nothing in the full build and shows its completeness details', () => {
    const policy = audiencePolicy(full.settings);
    expect(policy.audience).toBeUndefined();
    expect(policy.completenessVisible).toBe(true);
    expect(policy.rewritesBodies).toBe(false);
    expect(full.accounts.map((each) => policy.hiddenPaths(each).length)).toEqual(full.accounts.map(() => 0));
    expect(policy.hides(account, 'revenue.wallet')).toBe(false);
    expect(policy.redact(full)).toBe(full);
  });

  it('hides a path and everything inside it, with the plan’s confidential paths', () => {
    const policy = audiencePolicy(full.settings, 'all-staff');
    expect(policy.completenessVisible).toBe(false);
    expect(policy.rewritesBodies).toBe(true);
    expect(policy.hiddenPaths(account)).toEqual(hiddenPathsFor(full, account, 'all-staff'));
    expect(policy.hides(account, 'revenue')).toBe(true);
    expect(policy.hides(account, 'revenue.wallet')).toBe(true);
    expect(policy.hides(account, 'people.stance')).toBe(true);
    expect(policy.hides(account, 'people.name')).toBe(false);
    expect(policy.hides(account, 'revenues')).toBe(false);
  });

  it('keeps the notes and the signer from readers who may not see the map', () => {
    const [allStaff, partners] = [audiencePolicy(full.settings, 'all-staff'), audiencePolicy(full.settings, 'partners')];
    expect(allStaff.notesVisible(account)).toBe(false);
    expect(allStaff.history(account)).toMatchObject({ notesHidden: true, mapHidden: false });
    expect(allStaff.history(account).hide).not.toContain('clientValidation');
    expect(partners.history(account)).toMatchObject({ notesHidden: true, mapHidden: true });
    expect(partners.history(account).hide).toContain('clientValidation');
    const signed = partners.redact(full).accounts.filter((each) => each.plan?.data.clientValidation);
    expect(signed.length).toBeGreaterThan(0);
    expect(signed.map((each) => each.plan!.data.clientValidation!.by)).toEqual(signed.map(() => ''));
  });

  it('gives the client view no more than the audience’s site, and never the confidential paths', () => {
    expect(full.accounts.some((each) => (each.plan?.data.confidential ?? []).length > 0)).toBe(true);
    for (const audience of [undefined, ...audiences]) {
      const policy = audiencePolicy(full.settings, audience);
      const client = policy.client(full);
      for (const each of full.accounts) {
        const paths = [...full.settings.clientView.hide, ...policy.hiddenPaths(each), ...(each.plan?.data.confidential ?? [])];
        const shown = client.accounts.find((candidate) => candidate.id === each.id)!;
        // What the client view holds is already redacted: hiding the same paths again removes nothing.
        if (shown.plan) expect(redactData(shown.plan.data, 'plan', paths)).toEqual(shown.plan.data);
        if (shown.stakeholders) expect(redactData(shown.stakeholders.data, 'stakeholders', paths)).toEqual(shown.stakeholders.data);
        for (const value of shown.values) expect(redactData(value.data, 'value', paths)).toEqual(value.data);
        if (each.plan?.data.revenue?.wallet !== undefined) expect(shown.plan?.data.revenue?.wallet).toBeUndefined();
      }
    }
  });
});

/**
 * The leak test's needles of an audience, and each hidden date also as iCalendar writes it
 * (`DTSTART;VALUE=DATE:20261209`), which no page does.
 */
function feedNeedles(audience: string): Needle[] {
  const { needles } = prepareNeedles(full, sources, audience);
  // A review without its `nextReview` falls due when the plan goes stale (`reviewed` + `staleAfterDays`):
  // such a date is visible, and a hidden date equal to one cannot be told apart (the leak test's
  // noninterference part covers these).
  const { staleAfterDays } = full.settings.completeness;
  const visibleDue = new Set(
    audiencePolicy(full.settings, audience)
      .redact(full)
      .accounts.flatMap((account) => (account.plan ? [reviewDue(account.plan.data, staleAfterDays)] : [])),
  );
  const icalDates = needles.flatMap((needle) =>
    needle.group === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(needle.text) && !visibleDue.has(needle.text)
      ? [
          {
            ...needle,
            text: needle.text.replaceAll('-', ''),
            kind: 'strong' as const,
            numeric: true,
            source: needle.source.replace('(ISO)', '(iCalendar date)'),
          },
        ]
      : [],
  );
  return [...needles, ...icalDates];
}

describe.each(audiences)('the calendar feeds of the %s build', (audience) => {
  const policy = audiencePolicy(full.settings, audience);
  const needles = feedNeedles(audience);

  it('contain none of the hidden values, in any format', () => {
    const { hits } = searchOutput(feeds(policy), needles);
    expect(hits.map((hit) => `${hit.file}: ${hit.needle.source} ${JSON.stringify(hit.needle.text)}`)).toEqual([]);
  });
});

it('the calendar feeds of the full build hold the values the calendar audience may not see (so zero hits means something)', () => {
  const { hits } = searchOutput(feeds(audiencePolicy(full.settings)), feedNeedles('calendar-outsiders'));
  // Action titles, and dates of reviews and actions.
  expect(
    new Set(
      hits.map(
        (hit) =>
          hit.needle.source
            .replace(/^[^:]*: /, '')
            .replace(/\[\d+\]/g, '')
            .split(' ')[0],
      ),
    ),
  ).toEqual(new Set(['actions.title', 'nextReview', 'actions.due']));
  const outsiders = feeds(audiencePolicy(full.settings, 'calendar-outsiders'));
  expect(outsiders.find((file) => file.path === 'calendar/portfolio.ics')!.text).toContain('BEGIN:VCALENDAR');
});
