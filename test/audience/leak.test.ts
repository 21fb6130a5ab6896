import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/check/engine.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { buildSite, ROOT, siteDir, SITES, TEST_CACHE } from '../helpers/site.ts';
import { useBodies } from './needles.ts';
import { prepareNeedles } from './prepare.ts';
import { perturbHidden } from './perturb.ts';
import { readOutput, searchOutput, type Hit, type OutputFile } from './scan.ts';

/**
 * Audience builds leak nothing. For each audience of `content/settings.yaml`, the sample portfolio is
 * built for that audience and checked two ways:
 *
 * 1. Needles: every hidden value of the full data, in every form the site could print it (see
 *    `needles.ts`), is searched in every file of the output: HTML, JSON, CSV, CSS, JS, SVG and the
 *    Pagefind index, decompressed. Zero hits passes. The same needles searched in the full build
 *    (the global setup's `sample` site) must hit, or the needles would prove nothing.
 * 2. Noninterference: the content is copied, every hidden value in the copy is changed, and the
 *    copy is built for the same audience. The two outputs must be identical, byte for byte: any
 *    difference was computed from a hidden value, however it was formatted.
 */

const CONTENT = SITES.sample;
const sources = readContentTree(join(ROOT, CONTENT), ROOT);
const { portfolio: full } = runEngine(sources, { root: CONTENT, today: '2026-11-23' });
useBodies(new Map(sources.map((file) => [file.path, file.text])));
const audiences = Object.keys(full.settings.audiences);

const prepare = (audience: string) => prepareNeedles(full, sources, audience);

const describeHit = (hit: Hit) =>
  `${hit.file}: ${hit.needle.source} ${JSON.stringify(hit.needle.text)} … ${hit.around.replace(/\s+/g, ' ')}`;

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe.each(audiences)('the %s build', (audience) => {
  const site = `leak-${audience}`;
  const copy = join(TEST_CACHE, `leak-content/${audience}`);
  const prepared = prepare(audience);
  let output: OutputFile[];

  beforeAll(async () => {
    rmSync(copy, { recursive: true, force: true });
    cpSync(join(ROOT, CONTENT), join(copy, 'content'), { recursive: true });
    const contentPath = relative(ROOT, join(copy, 'content'));
    const result = await buildSite(site, contentPath, { KEYPLAN_AUDIENCE: audience });
    if (result.code !== 0) throw new Error(`The ${audience} build failed:\n${result.stdout}\n${result.stderr}`);
    output = readOutput(siteDir(site));
  }, 180_000);

  it('contains none of the hidden values, in any format, in any file', () => {
    const { needles, ambiguous } = prepared;
    const { hits, pairs } = searchOutput(output, needles);
    const kinds = countBy(needles, (needle) => needle.kind);
    console.log(
      `leak test, ${audience}: ${needles.length.toLocaleString('en')} needles (${Object.entries(kinds)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(
          ', ',
        )}; ${ambiguous} ambiguous set aside) × ${output.length} files = ${pairs.toLocaleString('en')} searches; ${hits.length} hits.`,
    );
    expect(hits.map(describeHit)).toEqual([]);
  });

  it('ships no editor: no `/admin/` page, no CMS files, no link to it', () => {
    expect(output.filter((file) => /(^|\/)admin\//.test(file.path)).map((file) => file.path)).toEqual([]);
    expect(output.filter((file) => file.path.endsWith('.html') && file.text.includes('/admin/')).map((file) => file.path)).toEqual([]);
    // The full build has both, so their absence here is the audience's doing.
    expect(readFileSync(join(siteDir('sample'), 'admin/index.html'), 'utf8')).toContain('decap-cms.js');
  });

  it('has needles that find the values in the full build (so zero hits means something)', () => {
    const fullOutput = readOutput(siteDir('sample'));
    const { hits } = searchOutput(fullOutput, prepared.needles);
    const found = new Set(hits.map((hit) => hit.needle));
    const byGroup = countBy(prepared.needles, (needle) => needle.group);
    const foundByGroup = countBy([...found], (needle) => needle.group);
    console.log(
      `leak test control, ${audience}: the full build holds ${found.size} of the ${prepared.needles.length} needles (${Object.entries(
        byGroup,
      )
        .map(([group, count]) => `${group} ${foundByGroup[group] ?? 0}/${count}`)
        .join(', ')}).`,
    );
    // Every family of hidden values is printed by the full site somewhere: money, names, stances...
    for (const group of Object.keys(byGroup)) {
      if (group === 'date' || group === 'number') continue; // Only some of these are printed (lastContact is, cadences are labels).
      expect(foundByGroup[group] ?? 0, `no ${group} needle of ${audience} is found in the full build`).toBeGreaterThan(0);
    }
  });

  it('does not change when every hidden value changes (noninterference)', async () => {
    const contentPath = relative(ROOT, join(copy, 'content'));
    const changed = perturbHidden(full, audience, join(copy, 'content'), CONTENT);
    expect(changed).toBeGreaterThan(5);
    const result = await buildSite(`${site}-perturbed`, contentPath, { KEYPLAN_AUDIENCE: audience });
    if (result.code !== 0) throw new Error(`The perturbed ${audience} build failed:\n${result.stdout}\n${result.stderr}`);
    const perturbed = new Map(readOutput(siteDir(`${site}-perturbed`)).map((file) => [file.path, file.text]));
    const differences: string[] = [];
    for (const file of output) {
      const other = perturbed.get(file.path);
      if (other === undefined) differences.push(`${file.path}: only in the original build`);
      else if (other !== file.text) {
        let at = 0;
        while (at < file.text.length && file.text[at] === other[at]) at++;
        differences.push(
          `${file.path}: differs at ${at}: …${file.text.slice(Math.max(0, at - 80), at + 60)}… vs …${other.slice(Math.max(0, at - 80), at + 60)}…`,
        );
      }
      perturbed.delete(file.path);
    }
    for (const path of perturbed.keys()) differences.push(`${path}: only in the perturbed build`);
    console.log(
      `leak test noninterference, ${audience}: ${changed} content files changed, ${output.length} output files compared, ${differences.length} differ.`,
    );
    expect(differences).toEqual([]);
  }, 180_000);
});

it('knows the audiences of the sample', () => {
  expect(audiences).toEqual(['all-staff', 'partners']);
  expect(readFileSync(join(ROOT, CONTENT, 'settings.yaml'), 'utf8')).toContain('audiences:');
});
