import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../scripts/bench/generate.ts';
import { accountDiagrams } from '../../src/lib/diagrams/index.ts';
import { formatMessages } from '../../src/lib/check/format.ts';
import type { SourceFile } from '../../src/lib/model.ts';
import { reportingCycles } from '../../src/lib/check/references.ts';
import { drawDiagram } from '../../src/lib/diagrams/draw/index.ts';
import { esc } from '../../src/lib/diagrams/draw/svg.ts';
import { fontMeasure } from '../../src/node/diagrams/fonts.ts';
import { check, TODAY } from './helpers.ts';

/**
 * A 400-person stakeholder map, more than twenty times the usual: the check stays correct and its messages
 * stay short, and both of the account's people diagrams still draw every person, as does a map of 1,000.
 */
const PEOPLE = 400;
const MAP = 'content/accounts/account-0000/stakeholders.mdx';

const bigPortfolio = () => generatePortfolio(1, { people: PEOPLE, today: TODAY });

/** The generated portfolio with its stakeholder map's `people` rewritten by `edit`. */
function withPeople(edit: (people: Record<string, unknown>[]) => void): SourceFile[] {
  return bigPortfolio().map((file) => {
    if (file.path !== MAP) return file;
    const [, yaml, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(file.text)!;
    const data = parse(yaml!) as { people: Record<string, unknown>[] };
    edit(data.people);
    return { ...file, text: `---\n${stringify(data)}---\n${body}` };
  });
}

const referenceErrors = (files: readonly SourceFile[]) =>
  formatMessages(check(files).reporter.sorted()).filter((line) => line.endsWith('[reference]'));

describe(`a ${PEOPLE}-person stakeholder map`, () => {
  it('checks clean and complete when it is', () => {
    const result = check(bigPortfolio());
    expect(formatMessages(result.reporter.sorted()).filter((line) => line.includes('  error  '))).toEqual([]);
    expect(result.completeness.get('account-0000')?.checks.every((entry) => entry.passed)).toBe(true);
  });

  it('accepts a reporting chain as deep as the map', () => {
    const files = withPeople((people) =>
      people.forEach((person, index) => (index === 0 ? delete person['reportsTo'] : (person['reportsTo'] = people[index - 1]!['id']))),
    );
    expect(referenceErrors(files)).toEqual([]);
  });

  it('reports a reporting cycle through the whole map once per member, each message naming a few people and the count', () => {
    const files = withPeople((people) =>
      people.forEach((person, index) => (person['reportsTo'] = people[(index + 1) % people.length]!['id'])),
    );
    const errors = referenceErrors(files);
    expect(errors).toHaveLength(PEOPLE);
    for (const line of errors) {
      expect(line).toMatch(
        new RegExp(
          String.raw`\`people\[\d+\]\.reportsTo\` makes a reporting cycle: (\`p\d+-[a-z-]+\` → ){7}… \(${PEOPLE} people\) → \`p\d+-[a-z-]+\`\. `,
        ),
      );
      expect(line.length).toBeLessThan(400);
    }
  });

  it('draws every person in the org chart and the coverage map, with no browser', () => {
    const result = check(bigPortfolio());
    const account = result.portfolio.accounts[0]!;
    const diagrams = accountDiagrams(result.portfolio, account);
    // The Mermaid text offered to copy: past Mermaid's default limits (50,000 characters, 500
    // edges) Mermaid would draw an error box; Keyplan raises them (`config.ts`).
    expect(diagrams.orgChart!.code.length).toBeGreaterThan(40_000);
    const names = new Set(account.stakeholders!.data.people.map((person) => person.name));
    for (const spec of [diagrams.orgChart!, diagrams.coverage!.diagram!]) {
      const svg = drawDiagram(spec, 'kpdscale', fontMeasure());
      for (const name of names) expect(svg).toContain(`>${esc(name)}<`);
      expect(svg.match(/<g class="kp-d-node /g)?.length ?? 0).toBeGreaterThanOrEqual(PEOPLE);
    }
  });
});

describe('a 1,000-person stakeholder map', () => {
  it('draws in both people diagrams without error, every box inside the picture', () => {
    const files = generatePortfolio(1, { people: 1000, today: TODAY });
    const result = check(files);
    const account = result.portfolio.accounts[0]!;
    const { orgChart, coverage } = accountDiagrams(result.portfolio, account);
    for (const spec of [orgChart!, coverage!.diagram!]) {
      const svg = drawDiagram(spec, 'kpdscale', fontMeasure());
      const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number) as [number, number, number];
      const rects = [...svg.matchAll(/<g class="kp-d-node [^"]*"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)];
      expect(rects.filter((rect) => !rect[0].includes('kp-d-ours')).length).toBe(1000);
      for (const [, x, y, w, h] of rects) {
        expect(Number(x) + Number(w)).toBeLessThanOrEqual(width);
        expect(Number(y) + Number(h)).toBeLessThanOrEqual(height);
      }
    }
  });
});

describe('reportingCycles', () => {
  const people = (pairs: [string, string?][]) => pairs.map(([id, reportsTo]) => ({ id, ...(reportsTo ? { reportsTo } : {}) }));

  it('finds each cycle once, in chain order, and not the people who merely lead into one', () => {
    expect(reportingCycles(people([['a', 'b'], ['b', 'c'], ['c', 'b'], ['d', 'd'], ['e'], ['f', 'e'], ['g', 'a']]))).toEqual([[1, 2], [3]]);
  });

  it('ignores bosses outside the map', () => {
    expect(
      reportingCycles(
        people([
          ['a', 'zz'],
          ['b', 'a'],
        ]),
      ),
    ).toEqual([]);
  });

  it('walks a long chain without recursion', () => {
    const chain = Array.from({ length: 100_000 }, (_, index) => ({
      id: `p${index}`,
      ...(index > 0 ? { reportsTo: `p${index - 1}` } : {}),
    }));
    expect(reportingCycles(chain)).toEqual([]);
    chain[0] = { id: 'p0', reportsTo: 'p99999' };
    expect(reportingCycles(chain)[0]).toHaveLength(100_000);
  });
});
