import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { clientBody, replaceFrontmatter } from '../lib/client-body.ts';
import type { Portfolio } from '../lib/model.ts';
import { parseMdx } from '../lib/parse.ts';
import { clientValues } from '../lib/view/client.ts';
import { buildPortfolio } from '../node/build-portfolio.ts';
import { contentDir } from '../node/paths.ts';

/** `import bodies from 'virtual:keyplan/client-bodies'`: the client view's MDX bodies, by account. */
export const CLIENT_BODIES = 'virtual:keyplan/client-bodies';
const RESOLVED_CLIENT_BODIES = `\0${CLIENT_BODIES}`;
/** Specifier prefix of one client-view body; what follows is the module's file path. */
const BODY_PREFIX = 'keyplan-client-body:';
/**
 * A client-view body is served as a module beside its source (`plan.mdx` → `plan.client-view.mdx`),
 * so relative imports in the MDX resolve as in the original. No content file can have that name: a
 * value proposition's name must be a slug, and the engine reads nothing else in an account folder.
 */
const BODY_SUFFIX = '.client-view.mdx';

/**
 * MDX bodies as each build may show them, before the MDX compiler sees them:
 *
 * - In an audience build, the frontmatter of every content MDX file is replaced by the audience's
 *   redacted data, so `{frontmatter.revenue.lastYear}` in a body cannot print a hidden value.
 * - The client view (`/accounts/<id>/client/`) imports `virtual:keyplan/client-bodies`: for each
 *   account, the plan's and the shown value propositions' bodies cut to `settings.clientView.sections`
 *   (`src/lib/client-body.ts`), with the client view's data as frontmatter.
 */
export function mdxBodies(): AstroIntegration {
  return {
    name: 'keyplan:mdx-bodies',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [bodiesPlugin()] } });
      },
    },
  };
}

interface Docs {
  /** Absolute path of each content MDX file → the data this build may expose for it. */
  site: Map<string, unknown>;
  /** Absolute path of each client-view body (`…client-view.mdx`) → its source file and client data. */
  client: Map<string, { source: string; data: unknown; underTitle: boolean }>;
  /** Account id → its client-view bodies. */
  byAccount: Map<string, { plan?: string; values: Map<string, string> }>;
}

function collect(): Docs & { audience?: string; sections: Portfolio['settings']['clientView']['sections'] } {
  const { portfolio, client, audience } = buildPortfolio();
  const site = new Map<string, unknown>();
  for (const account of portfolio.accounts) {
    for (const doc of [account.plan, account.stakeholders, ...account.values]) if (doc) site.set(resolve(doc.path), doc.data);
  }
  const clientDocs: Docs['client'] = new Map();
  const byAccount: Docs['byAccount'] = new Map();
  for (const account of client.accounts) {
    if (!account.plan) continue;
    const entry: { plan?: string; values: Map<string, string> } = { values: new Map() };
    const add = (path: string, data: unknown, underTitle: boolean) => {
      const source = resolve(path);
      const module = source.replace(/\.mdx$/, BODY_SUFFIX);
      clientDocs.set(module, { source, data, underTitle });
      return module;
    };
    entry.plan = add(account.plan.path, account.plan.data, false);
    // A value proposition's body is shown under its title: its "Vision" heading would repeat the plan's.
    for (const value of clientValues(account)) entry.values.set(value.name, add(value.path, value.data, true));
    byAccount.set(account.id, entry);
  }
  return { site, client: clientDocs, byAccount, ...(audience ? { audience } : {}), sections: client.settings.clientView.sections };
}

function bodiesPlugin() {
  let docs: ReturnType<typeof collect> | undefined;
  const get = () => (docs ??= collect());
  return {
    name: 'keyplan:mdx-bodies',
    enforce: 'pre' as const,
    resolveId(id: string) {
      if (id === CLIENT_BODIES) return RESOLVED_CLIENT_BODIES;
      if (id.startsWith(BODY_PREFIX)) return id.slice(BODY_PREFIX.length);
      return undefined;
    },
    load(id: string) {
      if (id === RESOLVED_CLIENT_BODIES) return loaders(get().byAccount);
      const path = id.split('?')[0]!;
      if (!path.endsWith(BODY_SUFFIX)) return undefined;
      const body = get().client.get(path);
      if (!body) return undefined;
      const text = readFileSync(body.source, 'utf8');
      const { tree } = parseMdx(text);
      // The engine has already refused unparseable MDX; without a tree, show nothing rather than everything.
      return tree ? clientBody(text, tree, get().sections, body.data, { dropSectionHeadings: body.underTitle }) : replaceFrontmatter('', body.data);
    },
    transform(code: string, id: string) {
      const path = id.split('?')[0]!;
      const { audience, site } = get();
      if (!audience || !path.endsWith('.mdx') || path.endsWith(BODY_SUFFIX)) return undefined;
      // The same file is also requested with queries (`?astroPropagatedAssets`) once compiled: only
      // MDX source, which opens with its frontmatter, is rewritten.
      if (!/^---[ \t]*\r?\n/.test(code)) return undefined;
      // Content files get the audience's data; an MDX page in `src/` is not content and is left alone.
      if (!site.has(path) && !path.startsWith(`${contentDir()}${sep}`)) return undefined;
      return { code: replaceFrontmatter(code, site.get(path) ?? {}), map: null };
    },
  };
}

/** The source of `virtual:keyplan/client-bodies`: lazy imports, so only pages that render a body compile it. */
function loaders(byAccount: Docs['byAccount']): string {
  const load = (module: string) => `() => import(${JSON.stringify(BODY_PREFIX + module)})`;
  const entries = [...byAccount].map(([id, { plan, values }]) => {
    const valueEntries = [...values].map(([name, module]) => `${JSON.stringify(name)}: ${load(module)}`);
    return `${JSON.stringify(id)}: { ${plan ? `plan: ${load(plan)}, ` : ''}values: { ${valueEntries.join(', ')} } }`;
  });
  return `export default {\n  ${entries.join(',\n  ')}\n};\n`;
}
