import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { clientBody, cutText, markdownOnly, replaceFrontmatter } from '../lib/content/client-body.ts';
import { parseMdxSyntax } from '../lib/content/mdx-parts.ts';
import type { Doc } from '../lib/model.ts';
import { clientValues } from '../lib/view/client.ts';
import { buildState } from './build-state.ts';
import type { ClientBody } from './build-types.ts';

/**
 * Every client-view body of this build, cut before any compiler sees it (see `clientBody`). Computed
 * once per build and kept in the build state: the content config, the integrations and the pages ask
 * for it from different bundles.
 */
export function clientBodies(): ClientBody[] {
  const state = buildState();
  if (state.clientBodies) return state.clientBodies;
  const { client } = state;
  const sections = client.settings.clientView.sections;
  const bodies: ClientBody[] = [];
  const cut = ({ path, body: outline }: Doc<unknown>, data: unknown, underTitle: boolean) => {
    const source = resolve(path);
    // The text the engine checked and the outline it made of it: the file is not read or parsed again.
    const known = state.loaded.sources.get(path);
    const text = known ?? readFileSync(source, 'utf8');
    const blocks = known !== undefined ? outline?.blocks : parseMdxSyntax(text).tree;
    // The engine has already refused unparseable MDX; without a tree, show nothing rather than everything.
    const body = blocks ? clientBody(text, blocks, sections, data, { dropSectionHeadings: underTitle }) : replaceFrontmatter('', data);
    return { source, text: body, markdown: markdownOnly(body) };
  };
  for (const account of client.accounts) {
    if (!account.plan) continue;
    bodies.push({ id: `${account.id}/plan`, account: account.id, ...cut(account.plan, account.plan.data, false) });
    // A value proposition's body is shown under its title: its "Vision" heading would repeat the plan's.
    for (const value of clientValues(account)) {
      bodies.push({ id: `${account.id}/value/${value.name}`, account: account.id, value: value.name, ...cut(value, value.data, true) });
    }
  }
  state.clientBodies = bodies;
  return bodies;
}

/**
 * The `clientBodies` collection: the plain-Markdown client-view bodies, rendered by Astro's Markdown
 * processor (the one MDX uses, with the same plugins) and kept in the content data store, so that a
 * rebuild renders only the bodies whose text changed. Compiling them as MDX modules instead cost
 * about as much bundling time as all the site's own MDX files.
 */
export function clientBodiesLoader(): Loader {
  return {
    name: 'keyplan-client-bodies',
    load: async ({ store, renderMarkdown, generateDigest }) => {
      const wanted = new Set<string>();
      for (const body of clientBodies()) {
        if (!body.markdown) continue;
        wanted.add(body.id);
        // Without its frontmatter, the audience's data, which the store would otherwise keep a copy of
        // (`metadata.frontmatter`) for every body: nothing in plain Markdown reads it.
        const markdown = cutText(body.text);
        const digest = generateDigest(markdown);
        if (store.get(body.id)?.digest === digest) continue;
        const rendered = await renderMarkdown(markdown, { fileURL: pathToFileURL(body.source) });
        store.set({ id: body.id, data: {}, rendered, digest });
      }
      for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);
    },
  };
}
