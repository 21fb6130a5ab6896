import fc from 'fast-check';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/check/engine.ts';
import { formatMessages } from '../../src/lib/check/format.ts';
import type { SourceFile } from '../../src/lib/model.ts';
import { mutateText, textual } from '../check/fuzz-corpus.ts';
import { minimalFiles } from '../helpers/content.ts';
import { buildSite, ROOT, TEST_CACHE } from '../helpers/site.ts';

/**
 * The check and the build agree: every content tree the check accepts, the build builds. Edits of
 * the fuzz corpus (`test/check/fuzz-corpus.ts`, fixed seeds), and whole-file `SHAPES` (CR-only, CRLF,
 * BOM, `<SCRIPT>`, nesting at the limit), are applied to the minimal fixture's account files; those
 * the engine accepts without an error become accounts of one tree, which must then build. A failure names the account, so its edit can be read in the tree the test leaves in
 * the test cache.
 */
const MINIMAL = minimalFiles();
const ACCOUNT = MINIMAL.filter((file) => file.path.startsWith('content/accounts/acme/'));
const SHARED = MINIMAL.filter((file) => !file.path.startsWith('content/accounts/'));
const BATCH = 24;
const BATCHES = [13, 2026];

/** Whole-file edits the random ones rarely make: how editors save files, and bodies at the limits. */
const SHAPES: ((text: string) => string)[] = [
  (text) => text.replace(/\n/g, '\r'),
  (text) => text.replace(/\n/g, '\r\n'),
  (text) => `\uFEFF${text}`,
  (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`,
  (text) => `${text}\n<SCRIPT>alert(1)</SCRIPT>\n`,
  (text) => `${text}\n${'> '.repeat(64)}deep\n`,
  (text) => `${text}\n${'> '.repeat(65)}too deep\n`,
  (text) =>
    `${text}\n<details><summary>More</summary>Text with <kbd>Ctrl</kbd>, {frontmatter.kpis?.[0]?.name} and <abbr title="x">KA</abbr>.</details>\n`,
];

const errorsOf = (files: SourceFile[]) =>
  formatMessages(runEngine(files, { today: '2026-11-23' }).reporter.sorted()).filter((line) => /\d+:\d+ {2}error /.test(line));

/** Up to `BATCH` accepted edits from one seed (the first seed's batch starts with `SHAPES`): each a full set of the account's files. */
function accepted(seed: number): SourceFile[][] {
  const found: SourceFile[][] = [];
  const seen = new Set<string>();
  const shaped = seed === BATCHES[0] ? ACCOUNT.flatMap((file) => SHAPES.map((shape) => ({ path: file.path, text: shape(file.text) }))) : [];
  const random = fc.sample(textual(ACCOUNT.length), { numRuns: 600, seed }).map((mutation) => mutateText(ACCOUNT, mutation));
  for (const edited of [...shaped, ...random]) {
    const target = ACCOUNT.find((file) => file.path === edited.path)!;
    if (edited.text === target.text || seen.has(edited.text)) continue;
    seen.add(edited.text);
    const files = ACCOUNT.map((file) => (file.path === edited.path ? edited : file));
    if (errorsOf([...SHARED, ...files]).length === 0) found.push(files);
    if (found.length === BATCH) break;
  }
  return found;
}

describe.each(BATCHES)('the accepted edits of fuzz seed %i', (seed) => {
  it('build', async () => {
    const edits = accepted(seed);
    expect(edits.length).toBeGreaterThan(BATCH / 2);
    const tree = join(TEST_CACHE, `agree-content/${seed}/content`);
    rmSync(tree, { recursive: true, force: true });
    const files = [
      ...SHARED,
      ...edits.flatMap((account, n) => account.map((file) => ({ ...file, path: file.path.replace('/acme/', `/edit-${n}/`) }))),
    ];
    expect(errorsOf(files)).toEqual([]);
    for (const file of files) {
      const path = join(tree, file.path.slice('content/'.length));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
    const result = await buildSite(`agree-${seed}`, relative(ROOT, tree));
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  }, 300_000);
});
