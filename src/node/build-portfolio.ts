import type { AudiencePolicy } from '../lib/audience.ts';
import type { EngineResult } from '../lib/engine.ts';
import type { Portfolio } from '../lib/model.ts';
import { buildAudience } from './audience-env.ts';
import { loadPortfolio } from './portfolio-fs.ts';

/** What one build may show: the only door from the checked content to pages, exports, indexes and diagrams. */
export interface BuildPortfolio {
  /** The engine's run on the full content: for the build gate and the completeness details, never for output. */
  loaded: EngineResult;
  /** The audience this build is for (`KEYPLAN_AUDIENCE`); absent for the full internal site. */
  audience?: string;
  /** The audience rule of this build: what every output may show (`src/lib/audience.ts`). */
  policy: AudiencePolicy;
  /** The portfolio with the audience's hidden paths (and plans' `confidential` ones) removed from the data. */
  portfolio: Portfolio;
  /** The portfolio as the client-shareable plan view may show it (`settings.clientView.hide` on top). */
  client: Portfolio;
}

let cached: BuildPortfolio | undefined;

/**
 * The portfolio this build shows. Everything that writes output (pages, JSON and CSV exports, the
 * diagrams integration) reads it from here, not from `loadPortfolio()`, so that an audience build
 * cannot print a hidden value by reading the wrong object. An unknown audience name is left to the
 * build gate (`src/integrations/keyplan.ts`), which stops the build before this runs.
 */
export function buildPortfolio(): BuildPortfolio {
  if (cached) return cached;
  const loaded = loadPortfolio();
  const { policy } = buildAudience(loaded.portfolio.settings);
  if (!policy) throw new Error('Keyplan: the audience of this build is not defined in `settings.yaml`; the build gate should have stopped it.');
  const { audience } = policy;
  cached = { loaded, ...(audience ? { audience } : {}), policy, portfolio: policy.redact(loaded.portfolio), client: policy.client(loaded.portfolio) };
  return cached;
}
