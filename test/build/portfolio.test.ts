import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/check/engine.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { ROOT, siteDir } from '../helpers/site.ts';

/** The built sample site (test/helpers/global-setup.ts builds it with KEYPLAN_TODAY=2026-11-23). */
const built = (path: string) => readFileSync(resolve(siteDir('sample'), path.replace(/^\//, '')), 'utf8');
const { portfolio } = runEngine(readContentTree(resolve(ROOT, 'content'), ROOT), { today: '2026-11-23' });
const plans = portfolio.accounts.flatMap((account) => (account.plan ? [{ id: account.id, plan: account.plan.data }] : []));

/** The text of the cell carrying `attribute="value"`, tags stripped. */
function cell(html: string, attribute: string, value: string, scope = html): string {
  const match = new RegExp(`<td[^>]*${attribute}="${value}"[^>]*>(.*?)</td>`, 's').exec(scope);
  if (!match) throw new Error(`no cell ${attribute}="${value}"`);
  return match[1]!.replace(/<[^>]+>/g, '').trim();
}

describe('the portfolio export of the sample', () => {
  let json: { date: string; currency: string; accounts: Record<string, unknown>[] };
  beforeAll(() => {
    json = JSON.parse(built('/api/portfolio.json')) as typeof json;
  });

  it('lists every account with a plan, with its key figures', () => {
    expect(json.date).toBe('2026-11-23');
    expect(json.accounts.map((account) => account.id).sort()).toEqual(plans.map((entry) => entry.id).sort());
    const mercaverde = json.accounts.find((account) => account.id === 'mercaverde')!;
    expect(mercaverde).toMatchObject({
      name: 'Mercaverde Supermercados',
      status: 'active',
      owner: 'laura-gomez',
      currency: 'EUR',
      revenueLastYear: 8_900_000,
      revenueTarget: 9_600_000,
      revenueWallet: 24_000_000,
      shareOfWallet: 0.3708,
      quadrant: 'invest',
      url: '/accounts/mercaverde/',
    });
    // Novatek keeps its figures in pesos: the export says so rather than converting.
    expect(json.accounts.find((account) => account.id === 'novatek')).toMatchObject({ currency: 'MXN', revenueLastYear: 41_500_000 });
  });

  it('has the same accounts and columns in CSV, quoted where needed', () => {
    const csv = built('/api/portfolio.csv');
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      `\uFEFF${Object.keys(json.accounts[0]!)
        .map((key) => `"${key}"`)
        .join(',')}`,
    );
    expect(lines.length - 2).toBe(json.accounts.length);
    expect(csv).toContain('"Spain North (Basque Country, Navarre)"');
  });
});

describe('the whitespace grid of the sample', () => {
  let html: string;
  beforeAll(() => {
    html = built('/portfolio/whitespace/index.html');
  });
  const live = plans.filter((entry) => entry.plan.status !== 'archived');

  it('has a row for every plan in play, and totals that add up from the plans', () => {
    const rows = [...html.matchAll(/<tr data-account="([^"]+)"/g)].map((match) => match[1]);
    expect(rows.sort()).toEqual(live.map((entry) => entry.id).sort());
    // Every offering a plan says the client buys is a `current` cell.
    const buying = live.reduce((sum, entry) => sum + (entry.plan.offerings?.current.length ?? 0), 0);
    expect(cell(html, 'data-total', 'current')).toBe(String(buying));
    expect(cell(html, 'data-total', 'proposed')).toBe('8');
    expect(cell(html, 'data-total', 'potential')).toBe('18');
    expect(cell(html, 'data-total', 'whitespace')).toBe('26');
  });

  it('counts Novatek: buys two, one proposed in a value proposition, three more potential', () => {
    const row = /<tr data-account="novatek".*?<\/tr>/s.exec(html)![0];
    expect([
      cell(html, 'data-count', 'current', row),
      cell(html, 'data-count', 'proposed', row),
      cell(html, 'data-count', 'potential', row),
    ]).toEqual(['2', '1', '3']);
    expect(cell(html, 'data-count', 'whitespace', row)).toBe('4');
  });
});

describe('the portfolio pages of the sample', () => {
  it('state the portfolio size against the configured range on the home page', () => {
    const home = built('/index.html');
    expect(home).toMatch(/data-health="within"/);
    expect(home).toContain('7 active key accounts, within the recommended 5–12.');
  });

  it('have an index page per dimension listing every account', () => {
    for (const dimension of ['tier', 'owner', 'industry', 'region', 'stage', 'status']) {
      const page = built(`/portfolio/by/${dimension}/index.html`);
      for (const { id } of plans) expect(page, `${dimension}: ${id}`).toContain(`href="/accounts/${id}/"`);
    }
  });
});
