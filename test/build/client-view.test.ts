import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { sectionKey } from '../../src/lib/content/body.ts';
import { runEngine } from '../../src/lib/check/engine.ts';
import type { Portfolio } from '../../src/lib/model.ts';
import { parseMdx } from '../../src/lib/content/parse.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { useBodies, type Needle } from '../audience/needles.ts';
import { prepareNeedles } from '../audience/prepare.ts';
import { readOutput, searchOutput } from '../audience/scan.ts';
import { ROOT, siteDir, SITES } from '../helpers/site.ts';

/** The client-shareable view of the sample, in the full build of the global setup. */
const CONTENT = SITES.sample;
const sources = readContentTree(join(ROOT, CONTENT), ROOT);
const { portfolio: full } = runEngine(sources, { root: CONTENT, today: '2026-11-23' });
useBodies(new Map(sources.map((file) => [file.path, file.text])));
const page = (id: string) => readFileSync(join(siteDir('sample'), `accounts/${id}/client/index.html`), 'utf8');
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the client view', () => {
  it('shows the agreed plan: chosen sections, client-agreed actions, KPIs, value arguments', () => {
    const shown = text(page('novatek'));
    expect(shown).toContain('Novatek Electrónica de México');
    expect(shown).toContain('Novatek’s strategy is to be the value brand'); // Vision
    expect(shown).toContain('Mariana Garza validated the plan on 11 February 2026'); // Commitment
    expect(shown).toContain('Dedicated customs desk in Manzanillo'); // clientAgreed: true
    expect(shown).not.toContain('Present the 2027 proposal'); // clientAgreed: false
    expect(shown).toContain('Import clearance time at Manzanillo'); // a KPI
    expect(shown).toContain('Cut demurrage and port storage'); // a value argument
    expect(shown).toContain('MX$9,800,000'); // its worth
  });

  it('leaves out our internal assessment and the sections not chosen', () => {
    const html = page('novatek');
    const shown = text(html);
    expect(shown).not.toContain("Mexico's consumer electronics market"); // Knowledge
    expect(shown).not.toContain('sees logistics as a cost to be tendered'); // Risks
    expect(shown).not.toContain('Héctor Villarreal still approves every contract'); // stakeholder notes
    for (const word of ['Skeptic', 'Champion', 'Share of wallet', 'Completeness', 'Attractiveness', 'Stance', 'Influence'])
      expect(shown).not.toContain(word);
    expect(html).not.toContain('data-pagefind-body');
  });

  it('is linked from the account page', () => {
    const account = readFileSync(join(siteDir('sample'), 'accounts/novatek/index.html'), 'utf8');
    expect(account).toContain('href="/accounts/novatek/client/"');
  });

  it('prints none of the values settings.clientView hides, on any account', () => {
    // The client view as one more audience: its hidden paths are `clientView.hide` and `confidential`.
    const asAudience: Portfolio = {
      ...full,
      settings: { ...full.settings, audiences: { 'client-view': { hide: full.settings.clientView.hide } } },
    };
    const { needles } = prepareNeedles(asAudience, sources, 'client-view');
    const sections = new Set<string>(full.settings.clientView.sections);
    // And every run of six words of a body section the view does not show.
    for (const account of full.accounts) {
      const file = sources.find((source) => source.path === account.plan?.path);
      const tree = file && parseMdx(file.text).tree;
      if (!tree) continue;
      let shown = false;
      for (const node of tree.children) {
        if (node.type === 'heading' && node.depth <= 2) shown = sections.has(sectionKey(toString(node)) ?? '');
        else if (!shown && node.type === 'paragraph') {
          const run = toString(node).match(/(?:[\p{L}\p{N}]+ ){5}[\p{L}\p{N}]+/u)?.[0];
          if (run)
            needles.push({
              text: run,
              kind: 'strong',
              source: `${account.id}: a section the client view does not show`,
              group: 'sections',
            } satisfies Needle);
        }
      }
    }
    const clientPages = readOutput(siteDir('sample')).filter((file) => /^accounts\/[^/]+\/client\/index\.html$/.test(file.path));
    expect(clientPages).toHaveLength(full.accounts.length);
    const { hits } = searchOutput(clientPages, needles);
    console.log(`client view: ${needles.length} needles × ${clientPages.length} client pages, ${hits.length} hits.`);
    expect(hits.map((hit) => `${hit.file}: ${hit.needle.source} ${JSON.stringify(hit.needle.text)} … ${hit.around}`)).toEqual([]);
    // The same needles find the values on the internal account pages, so the search can fail.
    const accountPages = readOutput(siteDir('sample')).filter((file) => /^accounts\/[^/]+\/index\.html$/.test(file.path));
    expect(searchOutput(accountPages, needles).hits.length).toBeGreaterThan(100);
  });
});
