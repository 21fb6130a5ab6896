import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mermaidConfig } from '../../src/lib/diagrams/config.ts';
import { coverageMap } from '../../src/lib/diagrams/coverage.ts';
import { selectionMatrix } from '../../src/lib/diagrams/matrix.ts';
import { orgChart } from '../../src/lib/diagrams/org-chart.ts';
import { actionTimeline } from '../../src/lib/diagrams/timeline.ts';
import { mermaidPaths } from '../../src/node/diagrams/mermaid-files.ts';
import { launchChromium } from '../helpers/browser.ts';
import { HOSTILE, hostilePeople, hostilePlan, hostileTeam, strings } from './hostile.ts';

/**
 * Mermaid's own parser and renderer, in Chromium: Mermaid cannot parse flowcharts or quadrant
 * charts in Node (its sanitiser needs a DOM). Every generator is fed the hostile texts; the
 * diagram must parse, and each text must come out of the SVG as typed, injecting nothing.
 */

interface Rendered {
  type?: string;
  error?: string;
  /** Text of the SVG without its stylesheet. */
  text: string;
  injected: string[];
  securityLevel: string;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: readFileSync(mermaidPaths().bundle, 'utf8') });
  await page.evaluate(
    (config) => (globalThis as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid.initialize(config),
    mermaidConfig,
  );
  await page.evaluate(PROBE);
});

afterAll(async () => {
  await browser?.close();
});

/** Installed in the page as source text: Vitest's transform must not touch what runs there. */
const PROBE = `globalThis.keyplanProbe = async (code, id) => {
  const mermaid = globalThis.mermaid;
  try {
    const { diagramType } = await mermaid.parse(code);
    const { svg } = await mermaid.render(id, code);
    const host = document.createElement('div');
    host.innerHTML = svg;
    const injected = [...host.querySelectorAll('script, img, iframe, [onerror], [onclick], a[href^="javascript"]')].map((el) => el.outerHTML);
    for (const style of host.querySelectorAll('style')) style.remove();
    return { type: diagramType, text: host.textContent, injected, securityLevel: mermaid.mermaidAPI.getConfig().securityLevel };
  } catch (error) {
    return { error: String((error && error.message) || error), text: '', injected: [], securityLevel: '' };
  }
};`;

let counter = 0;
function render(code: string): Promise<Rendered> {
  type Probe = (code: string, id: string) => Promise<Rendered>;
  return page.evaluate(([text, id]) => (globalThis as unknown as { keyplanProbe: Probe }).keyplanProbe(text, id), [
    code,
    `t${counter++}`,
  ] as const);
}

/** Whitespace removed: labels wrap into lines. */
const squash = (text: string) => text.replace(/\s+/g, '');

function expectTexts(result: Rendered, texts: readonly string[]) {
  expect(result.error).toBeUndefined();
  expect(result.injected).toEqual([]);
  expect(result.securityLevel).toBe('strict');
  const shown = squash(result.text);
  for (const text of texts) expect(shown, `"${text}" should show as typed`).toContain(squash(text));
}

const base = { accountId: 'x', accountName: HOSTILE.join(' '), strings };

describe('hostile names through Mermaid', () => {
  it('org chart: names, titles and functions show as typed', async () => {
    const chart = orgChart({ ...base, people: hostilePeople() })!;
    const result = await render(chart.code);
    expect(result.type).toBe('flowchart-v2');
    expectTexts(result, HOSTILE);
  });

  it('coverage map: both teams, functions and the account name show as typed', async () => {
    const { diagram } = coverageMap({ ...base, plan: hostilePlan(), people: hostilePeople(), team: hostileTeam() });
    const result = await render(diagram!.code);
    expect(result.type).toBe('flowchart-v2');
    expectTexts(result, [...HOSTILE, base.accountName]);
  });

  it('timeline: action titles and owners show as typed', async () => {
    const plan = hostilePlan();
    const { diagram } = actionTimeline({ ...base, plan, team: hostileTeam() });
    const result = await render(diagram!.code);
    expect(result.type).toBe('gantt');
    expectTexts(
      result,
      plan.actions.filter((action) => action.due).map((action) => action.title),
    );
    expectTexts(
      result,
      [...hostileTeam().values()].map((member) => member.name),
    );
  });

  it('selection matrix: account names show as typed', async () => {
    const accounts = HOSTILE.map((account, index) => ({ id: `a${index}`, plan: { ...hostilePlan(), account } }));
    const weights = { profitability: 1, growth: 1, strategicValue: 1, customerKnowledge: 1, brandImage: 1, costToServe: 1 };
    const { diagram } = selectionMatrix({ accounts, weights, strings });
    const result = await render(diagram!.code);
    expect(result.type).toBe('quadrantChart');
    expectTexts(result, HOSTILE);
    expectTexts(result, ['Invest', 'Develop selectively', 'Maintain', 'Serve efficiently']);
  });

  it('Spanish labels with accents show as typed', async () => {
    const { diagramStrings } = await import('../../src/lib/diagrams/strings.ts');
    const es = diagramStrings('es');
    const chart = orgChart({ accountId: 'x', accountName: 'Cuenta', people: hostilePeople(), strings: es })!;
    expectTexts(await render(chart.code), ['Leyenda', 'Defensor', 'Escéptico', 'Influencia alta']);
  });
});
