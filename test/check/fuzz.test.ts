import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document } from 'yaml';
import { runEngine } from '../../src/lib/check/engine.ts';
import { formatMessages } from '../../src/lib/check/format.ts';
import type { SourceFile } from '../../src/lib/model.ts';
import { minimalFiles } from '../helpers/content.ts';
import { mutateText, textual } from './fuzz-corpus.ts';

/**
 * Property-based tests of the engine on broken content: whatever a KAM's editor, a bad merge or a
 * truncated write leaves in the tree, `runEngine` returns, and every message it gives names a file
 * and a line and column from 1. Inputs start from the minimal fixture and mutate one file each; only
 * the files that file relates to are checked with it, so that 10,000 inputs run in seconds.
 */

const MINIMAL = minimalFiles();
const byName = (suffix: string) => MINIMAL.find((file) => file.path.endsWith(suffix))!;
const SETTINGS = byName('settings.yaml');
const TEAM = MINIMAL.filter((file) => file.path.startsWith('content/team/'));
const PLAN = byName('plan.mdx');
/** The plan with a short body: parsing the full body is most of a run's time, and frontmatter mutations do not need it. */
const LIGHT_PLAN: SourceFile = {
  path: PLAN.path,
  text: PLAN.text.replace(
    /\n---\n[\s\S]*$/,
    '\n---\n\n## Knowledge\n\n### Industry\n\nShort.\n\n### Client\n\nShort.\n\n## Vision\n\nShort.\n',
  ),
};
const TARGETS = [PLAN, byName('stakeholders.mdx'), byName('daily-replenishment.mdx'), SETTINGS, ...TEAM];
const LIGHT_TARGETS = TARGETS.map((file) => (file === PLAN ? LIGHT_PLAN : file));

let inputs = 0;
// Every message is an Error; broken inputs give many, and capturing their stacks is most of a run's time.
const stackTraceLimit = Error.stackTraceLimit;
beforeAll(() => {
  Error.stackTraceLimit = 0;
});
afterAll(() => {
  Error.stackTraceLimit = stackTraceLimit;
  console.log(
    `fuzz: runEngine ran on ${inputs.toLocaleString('en')} generated inputs without throwing; every message had a file, a line and a column.`,
  );
});

/** The tree checked with a mutated file: the file itself, settings and team, and the plan for the account's other files. */
function treeWith(target: SourceFile, mutated: SourceFile[]): SourceFile[] {
  const others = [SETTINGS, ...TEAM, ...(target.path.includes('/accounts/') && target.path !== PLAN.path ? [LIGHT_PLAN] : [])].filter(
    (file) => file !== target,
  );
  return [...others, ...mutated];
}

/** Runs the engine and checks every message; throws (failing the property) on a crash or a bad position. */
function engineHolds(files: SourceFile[]): void {
  inputs++;
  const { reporter } = runEngine(files, { today: '2026-11-23' });
  // Plain checks rather than `expect` in this loop: it runs for every message of 10,000 inputs.
  for (const file of reporter.sorted()) {
    if (typeof file.path !== 'string' || file.path.length === 0) throw new Error('A message has no file.');
    for (const message of file.messages) {
      if (!((message.line ?? 0) >= 1 && (message.column ?? 0) >= 1))
        throw new Error(`${file.path}:${message.line}:${message.column} is not a position: ${message.reason}`);
      if (!message.ruleId) throw new Error(`${file.path}: a message has no rule id: ${message.reason}`);
    }
  }
  formatMessages(reporter.sorted());
}

// Values a YAML field can be replaced with: wrong types, nesting, dates that do not exist, markup.
const oddString = fc.constantFrom(
  '',
  ' ',
  '2026-13-45',
  '2026-02-30',
  '---',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '{frontmatter.revenue}',
  '__proto__',
  'constructor',
  '\u0000',
  '\u202e',
  'ñandú',
  'TODO',
  'a'.repeat(3000),
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  fc.jsonValue({ maxDepth: 3 }),
  oddString,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(Number.MAX_SAFE_INTEGER * 10),
  fc.array(fc.oneof(oddString, fc.integer(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 }),
);
const anyKey = fc.oneof(
  fc.constantFrom('account', 'status', 'people', 'id', 'name', 'kpis', 'revenue', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
  fc.string({ maxLength: 12 }),
);

/** Frontmatter (or the whole YAML file) and the rest of a file. */
function split(file: SourceFile): { yaml: string; wrap: (yaml: string) => string } {
  if (!file.path.endsWith('.mdx')) return { yaml: file.text, wrap: (yaml) => yaml };
  const end = file.text.indexOf('\n---', 4);
  return { yaml: file.text.slice(4, end + 1), wrap: (yaml) => `---\n${yaml}${yaml.endsWith('\n') ? '' : '\n'}${file.text.slice(end + 1)}` };
}

/** Every node path of a YAML document (keys and indexes), for choosing what to mutate. */
function nodePaths(doc: Document): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
    else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
  };
  walk(doc.contents, []);
  return paths;
}

type Op = 'delete' | 'replace' | 'add' | 'duplicate-line' | 'retype';
const structural = fc.record({
  target: fc.nat({ max: TARGETS.length - 1 }),
  op: fc.constantFrom<Op>('delete', 'replace', 'add', 'duplicate-line', 'retype'),
  at: fc.nat(),
  key: anyKey,
  value: anyValue,
});

function mutateStructure({ target, op, at, key, value }: { target: number; op: Op; at: number; key: string; value: unknown }): SourceFile {
  const file = LIGHT_TARGETS[target]!;
  const { yaml, wrap } = split(file);
  if (op === 'duplicate-line') {
    const lines = yaml.split('\n');
    const index = at % lines.length;
    lines.splice(index, 0, lines[index]!);
    return { path: file.path, text: wrap(lines.join('\n')) };
  }
  const doc = parseDocument(yaml);
  const paths = nodePaths(doc);
  const path = paths[at % paths.length]!;
  if (op === 'delete' && path.length > 0) doc.deleteIn(path);
  else if (op === 'replace') path.length > 0 ? doc.setIn(path, value) : (doc.contents = doc.createNode(value) as typeof doc.contents);
  else if (op === 'add') doc.hasIn(path) && isMap(doc.getIn(path, true)) ? doc.setIn([...path, key], value) : doc.set(key, value);
  else if (op === 'retype' && path.length > 0) doc.setIn(path, stringify(doc.getIn(path)));
  return { path: file.path, text: wrap(doc.toString()) };
}

const wholeFile = fc.record({
  path: fc.oneof(
    fc.constantFrom(
      'content/settings.yaml',
      'content/team/new.yaml',
      'content/accounts/acme/plan.mdx',
      'content/accounts/acme/stakeholders.mdx',
      'content/accounts/acme/value/x.mdx',
      'content/accounts/new/plan.mdx',
      'content/accounts/Acme/plan.mdx',
      'content/accounts/acme/notes.md',
      'content/readme.json',
      'content/accounts/acme/value/deep/x.mdx',
    ),
    fc.string({ maxLength: 20 }).map((name) => `content/accounts/${name}/plan.mdx`),
  ),
  text: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .tuple(fc.dictionary(anyKey, anyValue, { maxKeys: 6 }), fc.string({ maxLength: 200 }))
      .map(([data, body]) => `---\n${stringify(data)}---\n${body}`),
  ),
});

describe('the engine on generated broken content', () => {
  it('never throws on frontmatter with deleted, duplicated, added or replaced keys and values', () => {
    fc.assert(
      fc.property(structural, (mutation) => {
        engineHolds(treeWith(LIGHT_TARGETS[mutation.target]!, [mutateStructure(mutation)]));
      }),
      { numRuns: 4000 },
    );
  });

  it('never throws on text with inserted characters, deletions, truncation and swapped lines', () => {
    fc.assert(
      fc.property(textual(TARGETS.length), (mutation) => {
        engineHolds(treeWith(TARGETS[mutation.target]!, [mutateText(TARGETS, mutation)]));
      }),
      { numRuns: 4000 },
    );
  });

  it('never throws on arbitrary files at arbitrary paths', () => {
    fc.assert(
      fc.property(fc.array(wholeFile, { minLength: 1, maxLength: 3 }), (extra) => {
        engineHolds([SETTINGS, ...TEAM, ...extra]);
      }),
      { numRuns: 2000 },
    );
  });
});
