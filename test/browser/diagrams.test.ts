import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser-site.ts';

/**
 * The drawings in Chromium, in light and dark: Inter is the font drawn, every line of text lies
 * inside its box, the stance colours differ from each other and between themes, and on a 390 px
 * phone the smallest text is at least 11 px on screen.
 */

const BOXES_HOLD_TEXT = `(() => {
  const problems = [];
  let checked = 0;
  for (const node of document.querySelectorAll('svg.kp-d .kp-d-node')) {
    const box = node.querySelector('rect').getBoundingClientRect();
    for (const line of node.querySelectorAll('tspan')) {
      const text = line.getBoundingClientRect();
      checked++;
      if (text.left < box.left - 0.5 || text.right > box.right + 0.5 || text.top < box.top - 0.5 || text.bottom > box.bottom + 0.5) {
        problems.push(line.textContent + ' ' + JSON.stringify([text.left, text.right, box.left, box.right]));
      }
    }
  }
  return { checked, problems };
})()`;

const STANCE_FILLS = `(() => Object.fromEntries(['champion', 'supporter', 'neutral', 'skeptic', 'blocker'].map((stance) => {
  const rect = document.querySelector('svg.kp-d .kp-d-stance-' + stance + ' rect');
  return [stance, rect ? getComputedStyle(rect).fill : null];
})))()`;

describe('generated diagrams in Chromium', () => {
  const site = useSite('sample');

  it('draw in Inter with every line of text inside its box, light and dark', async () => {
    const fills: Record<string, Record<string, string | null>> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await site.page.emulateMedia({ colorScheme: scheme });
      await site.page.setViewportSize({ width: 1280, height: 900 });
      for (const account of ['bebidas-atlantida', 'norforja', 'mercaverde']) {
        await site.page.goto(`${site.url}/accounts/${account}/`);
        await site.page.evaluate(() => document.fonts.ready);
        expect(await site.page.evaluate(() => document.fonts.check('600 14px Inter') && document.fonts.check('13px Inter'))).toBe(true);
        const { checked, problems } = (await site.page.evaluate(BOXES_HOLD_TEXT)) as { checked: number; problems: string[] };
        expect(checked).toBeGreaterThan(20);
        expect(problems).toEqual([]);
      }
      await site.page.goto(`${site.url}/accounts/bebidas-atlantida/`);
      fills[scheme] = (await site.page.evaluate(STANCE_FILLS)) as Record<string, string | null>;
    }
    const light = Object.values(fills['light']!).filter(Boolean);
    const dark = Object.values(fills['dark']!).filter(Boolean);
    expect(light.length).toBeGreaterThanOrEqual(3);
    expect(new Set(light).size).toBe(light.length);
    expect(new Set(dark).size).toBe(dark.length);
    for (const [stance, fill] of Object.entries(fills['light']!)) if (fill) expect(fills['dark']![stance]).not.toBe(fill);
  });

  it('keep text at 11 px or more on a 390 px phone, scrolling sideways instead of shrinking', async () => {
    await site.page.emulateMedia({ colorScheme: 'light' });
    await site.page.setViewportSize({ width: 390, height: 844 });
    await site.page.goto(`${site.url}/accounts/bebidas-atlantida/`);
    const sizes = await site.page.evaluate(() =>
      [...document.querySelectorAll('svg.kp-d')].map((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        const smallest = Math.min(...[...svg.querySelectorAll('tspan')].map((span) => Number(span.getAttribute('font-size'))));
        const scroller = svg.closest('.kp-diagram__svg')!;
        return { onScreen: smallest * scale, scrolls: scroller.scrollWidth > scroller.clientWidth };
      }),
    );
    expect(sizes.length).toBe(3);
    for (const size of sizes) expect(size.onScreen).toBeGreaterThanOrEqual(10.99);
    expect(sizes.some((size) => size.scrolls)).toBe(true);
    // The page itself does not scroll sideways: only the diagram does.
    expect(await site.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });
});
