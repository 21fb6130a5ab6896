import type { AudiencePolicy } from '../lib/audience.ts';
import type { Portfolio } from '../lib/model.ts';
import { buildAudience } from './audience-env.ts';
import type { SearchRecordsFile } from '../lib/search/records.ts';
import type { ClientBody, SiteData } from './build-types.ts';
import { loadPortfolio, type LoadedPortfolio } from './portfolio-fs.ts';

/**
 * Everything one build knows about the content, created once per build from the gate's engine run:
 * the build gate, the content loaders (`content.config.ts`), the integrations and the pages all read
 * this object, so the content is read, parsed and checked once.
 */
export interface BuildState {
  /** The engine's run on the full content: for the build gate and the completeness details, never for output. */
  loaded: LoadedPortfolio;
  /** The audience this build is for (`KEYPLAN_AUDIENCE`); absent for the full internal site. */
  audience?: string;
  /** The audience rule of this build: what every output may show (`src/lib/audience.ts`). */
  policy: AudiencePolicy;
  /** The portfolio with the audience's hidden paths (and plans' `confidential` ones) removed from the data. */
  portfolio: Portfolio;
  /** The portfolio as the client-shareable plan view may show it (`settings.clientView.hide` on top). */
  client: Portfolio;
  /** The client view's bodies, cut once when first asked for (`client-bodies.ts`). */
  clientBodies?: ClientBody[];
  /** What every page needs, computed once when the first page asks (`site-data.ts`). */
  site?: SiteData;
  /** Called once, when the first page has made `site`: the search index starts then (`integrations/search.ts`). */
  siteReady?: (site: SiteData) => void;
  /** The stakeholders' search records, made once (`search-context.ts`). */
  searchRecords?: SearchRecordsFile;
}

/**
 * Astro bundles the pages into chunks of their own, so this module exists more than once in one build
 * (the integrations', the content config's and the pages'). They share the state through one global
 * slot, set by the build gate; nothing else is kept on `globalThis`.
 */
const SLOT = Symbol.for('keyplan.build-state');
type Slot = { [SLOT]?: BuildState };

let local: BuildState | undefined;

/**
 * Makes `loaded` this build's content: called by the build gate (`integrations/keyplan.ts`) for `astro
 * build`. In `astro dev` each bundle creates its own state from the content as it is then.
 */
export function startBuild(loaded: LoadedPortfolio): BuildState {
  const state = createState(loaded);
  (globalThis as Slot)[SLOT] = state;
  return state;
}

/** This build's state: the gate's, or, outside `astro build`, one read now and kept for this bundle. */
export function buildState(): BuildState {
  return (globalThis as Slot)[SLOT] ?? (local ??= createState(loadPortfolio({ parallel: false })));
}

let refreshed: BuildState | undefined;

/**
 * `astro dev`, after a content file changed: this bundle's state read again. The content loaders all
 * ask at the same change; they share one engine run.
 */
export function refreshBuildState(): BuildState {
  if (!refreshed) {
    refreshed = local = createState(loadPortfolio({ parallel: false }));
    queueMicrotask(() => (refreshed = undefined));
  }
  return refreshed;
}

/**
 * The state of one engine run under this build's audience policy. An unknown audience name is the
 * build gate's to report (`src/integrations/keyplan.ts`), which stops the build before any output is
 * written; should anything ask before it, nothing is shown unredacted.
 */
function createState(loaded: LoadedPortfolio): BuildState {
  const { policy, error } = buildAudience(loaded.portfolio.settings);
  if (!policy) throw new Error(`Keyplan: ${error}`);
  const { audience } = policy;
  return {
    loaded,
    ...(audience ? { audience } : {}),
    policy,
    portfolio: policy.redact(loaded.portfolio),
    client: policy.client(loaded.portfolio),
  };
}
