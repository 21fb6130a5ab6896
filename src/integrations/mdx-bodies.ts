import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { replaceFrontmatter } from '../lib/content/client-body.ts';
import { buildPortfolio } from '../node/build-portfolio.ts';
import { clientBodies } from '../node/client-bodies.ts';
import { contentDir } from '../node/paths.ts';

/** `import bodies from 'virtual:keyplan/client-bodies'`: the client view's MDX bodies, by account. */
const CLIENT_BODIES = 'virtual:keyplan/client-bodies';
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
 *   (`src/lib/content/client-body.ts`), with the client view's data as frontmatter; those that are plain
 *   Markdown are not here but in the `clientBodies` collection (`src/node/client-bodies.ts`).
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
  /** Absolute path of each client-view body module (`…client-view.mdx`) → its cut source. */
  client: Map<string, string>;
  /** Account id → its client-view body modules. */
  byAccount: Map<string, { plan?: string; values: Map<string, string> }>;
  /** Whether this build's audience policy has content MDX compiled with its redacted data. */
  rewrite: boolean;
}

function collect(): Docs {
  const { portfolio, policy } = buildPortfolio();
  const site = new Map<string, unknown>();
  for (const account of portfolio.accounts) {
    for (const doc of [account.plan, account.stakeholders, ...account.values]) if (doc) site.set(resolve(doc.path), doc.data);
  }
  const client: Docs['client'] = new Map();
  const byAccount: Docs['byAccount'] = new Map();
  // Plain-Markdown bodies come from the `clientBodies` collection (src/node/client-bodies.ts) instead.
  for (const body of clientBodies().filter((entry) => !entry.markdown)) {
    const module = body.source.replace(/\.mdx$/, BODY_SUFFIX);
    client.set(module, body.text);
    let entry = byAccount.get(body.account);
    if (!entry) byAccount.set(body.account, (entry = { values: new Map() }));
    if (body.value === undefined) entry.plan = module;
    else entry.values.set(body.value, module);
  }
  return { site, client, byAccount, rewrite: policy.rewritesBodies };
}

function bodiesPlugin() {
  let docs: Docs | undefined;
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
      return get().client.get(path);
    },
    transform(code: string, id: string) {
      const path = id.split('?')[0]!;
      const { rewrite, site } = get();
      if (!rewrite || !path.endsWith('.mdx') || path.endsWith(BODY_SUFFIX)) return undefined;
      // Content files get the audience's data; an MDX page in `src/` is not content and is left alone.
      if (!site.has(path) && !path.startsWith(`${contentDir()}${sep}`)) return undefined;
      // The same file is also requested with queries (`?astroPropagatedAssets`) once compiled: only
      // MDX source is rewritten, recognised whatever way it was saved. Astro's frontmatter reader skips
      // a byte order mark and reads CRLF, so a test for `---` at offset 0 would let a BOM or a CRLF
      // file keep its own frontmatter, hidden values included: the source is normalised first.
      const source = normaliseSource(code);
      if (source === undefined) return undefined;
      return { code: replaceFrontmatter(source, site.get(path) ?? {}), map: null };
    },
  };
}

/**
 * MDX source as the audience transform reads it: without a byte order mark, with LF line endings (each
 * CRLF or lone CR is one line break, so line numbers do not change). `undefined` when the text is not
 * MDX source that opens with frontmatter, such as the compiled module of the same file.
 */
function normaliseSource(code: string): string | undefined {
  const source = code.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return /^---[ \t]*\n/.test(source) ? source : undefined;
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
