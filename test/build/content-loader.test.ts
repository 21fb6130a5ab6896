import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuild } from '../../src/node/build-state.ts';
import { clientBodiesLoader } from '../../src/node/client-bodies.ts';
import { portfolioLoader } from '../../src/node/content-loader.ts';
import { loadPortfolio } from '../../src/node/portfolio-fs.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/minimal/content');

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
  deferredRender?: boolean;
}

/** An in-memory stand-in for Astro's data store, counting what a load writes. */
function fakeContext(entries = new Map<string, Stored>(), root = `${process.cwd()}/`) {
  const calls = { set: 0, moduleImports: [] as string[] };
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Stored) => {
      calls.set++;
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
    addModuleImport: (file: string) => void calls.moduleImports.push(file),
  };
  const context = {
    store,
    generateDigest: (value: unknown) => JSON.stringify(value).length.toString(36) + JSON.stringify(value).slice(0, 2000),
    config: { root: pathToFileURL(root) },
  } as unknown as LoaderContext;
  return { context, entries, calls };
}

describe('the content collections', () => {
  const saved = { content: process.env['KEYPLAN_CONTENT'], today: process.env['KEYPLAN_TODAY'] };
  beforeAll(() => {
    process.env['KEYPLAN_CONTENT'] = FIXTURE;
    process.env['KEYPLAN_TODAY'] = '2026-11-23';
    startBuild(loadPortfolio({ parallel: false }));
  });
  afterAll(() => {
    for (const [key, value] of [
      ['KEYPLAN_CONTENT', saved.content],
      ['KEYPLAN_TODAY', saved.today],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("hold the engine's validated data, and MDX bodies render from the file itself", async () => {
    const { context, entries } = fakeContext();
    await portfolioLoader('plans').load(context);
    const plan = entries.get('acme')!;
    expect(plan.data['status']).toBeTypeOf('string');
    expect(plan.deferredRender).toBe(true);
    expect(plan.filePath).toMatch(/test\/fixtures\/minimal\/content\/accounts\/acme\/plan\.mdx$/);
    // A plan's text would only double the data store: its body renders from its module.
    expect(plan).not.toHaveProperty('body');
  });

  it("keep a stakeholder map's notes as its body, without the frontmatter", async () => {
    const { context, entries } = fakeContext();
    await portfolioLoader('stakeholders').load(context);
    const map = entries.get('acme')!;
    expect(map.deferredRender).toBe(true);
    expect(map.body).toBe('María decides; Seán negotiates the price.');
  });

  it('leave unchanged entries alone on a second build, and still list their MDX modules', async () => {
    const first = fakeContext();
    await portfolioLoader('values').load(first.context);
    expect(first.calls.set).toBeGreaterThan(0);
    const second = fakeContext(first.entries);
    await portfolioLoader('values').load(second.context);
    expect(second.calls.set).toBe(0);
    expect(second.calls.moduleImports).toEqual([...first.entries.values()].map((entry) => entry.filePath));
  });

  it('store an entry again when its file moved, though its text and data did not change', async () => {
    // Seen from another project folder, every content file has another relative path.
    const first = fakeContext(new Map(), `${process.cwd()}/test/`);
    await portfolioLoader('plans').load(first.context);
    const second = fakeContext(new Map(first.entries));
    await portfolioLoader('plans').load(second.context);
    expect(second.calls.set).toBe(first.calls.set);
    expect(first.entries.get('acme')!.filePath).toMatch(/^fixtures\//);
    expect(second.entries.get('acme')!.filePath).toMatch(/^test\/fixtures\//);
  });

  it('drop entries whose file is gone', async () => {
    const { context, entries } = fakeContext(new Map([['gone', { id: 'gone', data: {} }]]));
    await portfolioLoader('stakeholders').load(context);
    expect(entries.has('gone')).toBe(false);
    expect(entries.has('acme')).toBe(true);
  });

  it("render the client view's Markdown bodies without their frontmatter, which the store would otherwise copy", async () => {
    const { context, entries } = fakeContext();
    const rendered: string[] = [];
    const renderMarkdown = async (text: string) => {
      rendered.push(text);
      return { html: text, metadata: { frontmatter: {} } };
    };
    await clientBodiesLoader().load({ ...context, renderMarkdown } as unknown as LoaderContext);
    expect(rendered.length).toBeGreaterThan(0);
    expect(entries.size).toBe(rendered.length);
    for (const text of rendered) {
      expect(text).not.toMatch(/^---/);
      expect(text).not.toContain('"status"');
    }
    // The plan's kept sections, with their headings, are what is rendered.
    expect(rendered.some((text) => /^## /m.test(text))).toBe(true);
  });
});
