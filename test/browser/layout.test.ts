import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser-site.ts';

/** One page of each type of the sample site. */
export const PAGE_TYPES = [
  '/',
  '/accounts/',
  '/accounts/norforja/',
  '/accounts/fruticola-los-andes/',
  '/accounts/norforja/client/',
  '/accounts/norforja/value/premium-freight/',
  '/people/',
  '/team/',
  '/team/laura-gomez/',
  '/portfolio/',
  '/portfolio/by/owner/',
  '/portfolio/matrix/',
  '/portfolio/revenue/',
  '/portfolio/whitespace/',
  '/portfolio/kpis/',
  '/portfolio/actions/',
  '/search/?q=logistics',
  '/404',
] as const;

/** The widest element that sticks out of the window, if any (its tag, class and right edge). */
const OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  const out = [...document.body.querySelectorAll('*')]
    .filter((el) => !el.closest('.table-wrap') || el.matches('.table-wrap'))
    .map((el) => ({ el, right: el.getBoundingClientRect().right }))
    .filter(({ right }) => right > width + 0.5)
    .sort((a, b) => b.right - a.right)[0];
  return {
    scrollWidth: document.documentElement.scrollWidth,
    width,
    culprit: out ? out.el.tagName.toLowerCase() + '.' + out.el.className + ' ' + Math.round(out.right) : '',
  };
})()`;

/**
 * Targets smaller than 24 × 24 px that fail WCAG 2.2's target size (2.5.8): not inline in a sentence,
 * and a 24 px circle on their centre meets another target or another small target's circle.
 */
const SMALL_TARGETS = `(() => {
  const visible = (el) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
  };
  const targets = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, summary, [role=combobox]')]
    .filter((el) => visible(el) && !el.matches('.skip-link'))
    .map((el) => ({ el, box: el.getBoundingClientRect() }));
  // Inline in a sentence: a link whose line holds other text.
  const inline = (el) => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    const block = el.parentElement.closest('p, li, td, dd, figcaption');
    return block !== null && block.textContent.trim().length > el.textContent.trim().length;
  };
  const centre = (box) => [box.left + box.width / 2, box.top + box.height / 2];
  const small = targets.filter(({ el, box }) => (box.width < 24 || box.height < 24) && !inline(el));
  const distanceToBox = ([x, y], box) => Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
  return small
    .filter((target) => {
      const c = centre(target.box);
      return targets.some((other) => {
        if (other === target || other.el.contains(target.el) || target.el.contains(other.el)) return false;
        if (small.includes(other)) return Math.hypot(c[0] - centre(other.box)[0], c[1] - centre(other.box)[1]) < 24;
        return distanceToBox(c, other.box) < 12;
      });
    })
    .map(({ el, box }) => (el.textContent.trim() || el.getAttribute('aria-label') || el.tagName) + ' ' + Math.round(box.width) + '×' + Math.round(box.height));
})()`;

describe('every page type at phone and laptop widths', () => {
  const site = useSite('sample');

  for (const width of [320, 390, 1280]) {
    it(`is no wider than a ${width} px window`, async () => {
      await site.page.setViewportSize({ width, height: 800 });
      for (const path of PAGE_TYPES) {
        await site.page.goto(`${site.url}${path}`);
        const {
          scrollWidth,
          width: clientWidth,
          culprit,
        } = await site.page.evaluate<{ scrollWidth: number; width: number; culprit: string }>(OVERFLOW);
        expect(scrollWidth, `${path} at ${width} px: ${culprit}`).toBeLessThanOrEqual(clientWidth);
      }
    });
  }

  it('fits every table in its column at 1280 px, without sideways scrolling', async () => {
    await site.page.setViewportSize({ width: 1280, height: 800 });
    let tables = 0;
    for (const path of PAGE_TYPES) {
      await site.page.goto(`${site.url}${path}`);
      const wide = await site.page.evaluate(() =>
        [...document.querySelectorAll('.table-wrap')].map((wrap) => ({
          caption: wrap.querySelector('caption')?.textContent ?? '',
          table: wrap.querySelector('table')!.getBoundingClientRect().width,
          column: wrap.getBoundingClientRect().width,
          scrolls: wrap.scrollWidth > wrap.clientWidth,
        })),
      );
      tables += wide.length;
      for (const table of wide) {
        expect(table.table, `${path}: ${table.caption}`).toBeLessThanOrEqual(table.column);
        expect(table.scrolls, `${path}: ${table.caption}`).toBe(false);
      }
    }
    expect(tables).toBeGreaterThan(20);
  });

  it('keeps the column headings of a long table in view at 1280 px', async () => {
    await site.page.setViewportSize({ width: 1280, height: 800 });
    await site.page.goto(`${site.url}/people/`);
    const table = site.page.locator('table').first();
    const box = (await table.boundingBox())!;
    await site.page.evaluate((y) => window.scrollTo(0, y), box.y + box.height / 2);
    const top = await table
      .locator('thead th')
      .first()
      .evaluate((th) => th.getBoundingClientRect().top);
    expect(top).toBe(0);
  });

  for (const width of [320, 390]) {
    it(`has a one-line header of at most 64 px at ${width} px, with the menu and search in reach`, async () => {
      await site.page.setViewportSize({ width, height: 800 });
      for (const path of ['/', '/accounts/norforja/', '/team/', '/search/']) {
        await site.page.goto(`${site.url}${path}`);
        const height = await site.page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
        expect(height, path).toBeLessThanOrEqual(64);
      }
      await site.page.goto(`${site.url}/accounts/norforja/`);
      await site.page.getByText('Menu', { exact: true }).click();
      await site.page.getByRole('link', { name: 'Team', exact: true }).click();
      await site.page.waitForURL(/\/team\/$/);
      await site.page.getByRole('button', { name: 'Search' }).click();
      await site.page.waitForURL(/\/search\/\?q=$/);
    });
  }

  it('gives every control and link a target of 24 × 24 px or the spacing WCAG 2.2 asks for, on a phone', async () => {
    await site.page.setViewportSize({ width: 390, height: 800 });
    for (const path of PAGE_TYPES) {
      await site.page.goto(`${site.url}${path}`);
      if (path.startsWith('/search/')) await site.page.locator('.kp-result__title').first().waitFor();
      await expect(site.page.evaluate<string[]>(SMALL_TARGETS), path).resolves.toEqual([]);
    }
  });

  it('scrolls a wide table on a phone with the first column in view and a shadow where more columns wait', async () => {
    await site.page.setViewportSize({ width: 390, height: 800 });
    await site.page.goto(`${site.url}/accounts/`);
    const wrap = site.page.locator('.table-wrap').first();
    const shadow = () => wrap.evaluate((el) => Number(getComputedStyle(el.parentElement!, '::after').opacity));
    const firstCell = site.page.locator('tbody tr:first-child > :first-child').first();
    const left = async () => (await firstCell.boundingBox())!.x;
    const start = await left();
    expect(await shadow()).toBeGreaterThan(0.5);
    await wrap.evaluate((el) => el.scrollTo({ left: 200 }));
    await expect.poll(left).toBeCloseTo(start, 0);
    await expect.poll(() => firstCell.evaluate((cell) => getComputedStyle(cell).boxShadow)).not.toBe('none');
    await wrap.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(shadow).toBeLessThan(0.1);
  });

  it('marks a stakeholder reached from search and keeps the column headings above it', async () => {
    await site.page.setViewportSize({ width: 1280, height: 800 });
    await site.page.goto(`${site.url}/accounts/mercaverde/#person-rocio-nunez`);
    const row = site.page.locator('#person-rocio-nunez');
    const other = site.page.locator('.stakeholders tbody tr:not(:target)').first();
    const background = (cell: typeof row) =>
      cell
        .locator('td')
        .first()
        .evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(await background(row)).not.toBe(await background(other));
    const [rowTop, headingBottom] = await Promise.all([
      row.evaluate((tr) => tr.getBoundingClientRect().top),
      site.page.locator('.stakeholders thead').evaluate((thead) => thead.getBoundingClientRect().bottom),
    ]);
    expect(headingBottom).toBeGreaterThan(0);
    expect(rowTop).toBeGreaterThanOrEqual(headingBottom - 1);
  });
});
