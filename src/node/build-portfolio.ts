import { buildState, type BuildState } from './build-state.ts';

/** What one build may show: the only door from the checked content to pages, exports, indexes and diagrams. */
export type BuildPortfolio = Pick<BuildState, 'loaded' | 'audience' | 'policy' | 'portfolio' | 'client'>;

/**
 * The portfolio this build shows. Everything that writes output (pages, JSON and CSV exports, the
 * diagrams integration) reads it from here, not from `loadPortfolio()`, so that an audience build
 * cannot print a hidden value by reading the wrong object. An unknown audience name is left to the
 * build gate (`src/integrations/keyplan.ts`), which stops the build before this runs.
 */
export function buildPortfolio(): BuildPortfolio {
  return buildState();
}
