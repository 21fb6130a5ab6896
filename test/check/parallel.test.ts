import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../scripts/bench/generate.ts';
import { runEngine, type EngineResult } from '../../src/lib/check/engine.ts';
import { formatMessages } from '../../src/lib/check/format.ts';
import type { SourceFile } from '../../src/lib/model.ts';
import { parseMdxInParallel } from '../../src/node/parse-pool.ts';
import { minimalFiles, TODAY } from './helpers.ts';

/** A generated portfolio with one of each kind of problem the MDX half of the parse reports. */
function brokenPortfolio(): SourceFile[] {
  const files = generatePortfolio(60, { today: TODAY }).map((file) => ({
    ...file,
    path: `content/${file.path.replace(/^content\//, '')}`,
  }));
  const edit = (index: number, change: (text: string) => string) => {
    const file = files.filter((candidate) => candidate.path.endsWith('.mdx'))[index]!;
    file.text = change(file.text);
  };
  edit(0, (text) => `${text}\nA bare < and {broken\n`); // MDX syntax
  edit(5, (text) => text.replace(/^---\n/, '---\nkey: [unclosed\n')); // YAML syntax
  edit(9, (text) => text.replace(/^---\n[\s\S]*?\n---\n/, '')); // no frontmatter
  edit(13, (text) => `${text}\n[Click](javascript:alert(1))\n\nimport x from 'left-pad'\n\n<script>alert(1)</script>\n`); // safety
  const map = files.find((file) => file.path.endsWith('/stakeholders.mdx') && /stance: /.test(file.text))!;
  map.text = map.text.replace(/stance: \w+/, 'stance: maybe'); // schema
  return files;
}

const summary = (result: EngineResult) => ({
  messages: formatMessages(result.reporter.sorted()),
  completeness: JSON.stringify([...result.completeness]),
});

describe('parsing MDX in a worker thread', () => {
  for (const [name, files] of [
    ['the minimal fixture', minimalFiles()],
    ['a generated portfolio with errors', brokenPortfolio()],
  ] as const) {
    it(`gives the same messages and completeness as the sequential parse on ${name}`, async () => {
      const sequential = summary(runEngine(files, { today: TODAY }));
      const both = await parseMdxInParallel(files, { threshold: 0 });
      const workerOnly = await parseMdxInParallel(files, { threshold: 0, mainThread: false });
      const mdxCount = files.filter((file) => file.path.endsWith('.mdx')).length;
      expect(both.size).toBe(mdxCount);
      expect(workerOnly.size).toBe(mdxCount);
      expect(summary(runEngine(files, { today: TODAY, parts: both }))).toEqual(sequential);
      expect(summary(runEngine(files, { today: TODAY, parts: workerOnly }))).toEqual(sequential);
    });
  }

  it('reports every injected problem', () => {
    const rules = summary(runEngine(brokenPortfolio(), { today: TODAY })).messages.map((line) => /\[([\w-]+)\]$/.exec(line)?.[1]);
    for (const rule of ['mdx-syntax', 'yaml-syntax', 'frontmatter', 'unsafe-link', 'mdx-import', 'unsafe-html', 'schema'])
      expect(rules).toContain(rule);
  });

  it('leaves small trees to the main thread', async () => {
    expect((await parseMdxInParallel(minimalFiles())).size).toBe(0);
  });
});
