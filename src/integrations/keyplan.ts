import type { AstroIntegration } from 'astro';
import { uiStrings } from '../i18n/index.ts';
import { formatCounts, formatMessages } from '../lib/check/format.ts';
import { buildAudience } from '../node/audience-env.ts';
import { startBuild } from '../node/build-state.ts';
import { loadPortfolio, type LoadedPortfolio } from '../node/portfolio-fs.ts';
import { keyplanError, stopBuild } from './errors.ts';

/**
 * Runs the Keyplan engine before Astro reads any content, so a content mistake is reported the way
 * `npm run check` reports it (every problem, with file, line and field) instead of Astro's
 * first-file-only schema error.
 */
export function keyplan(): AstroIntegration {
  return {
    name: 'keyplan',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        let loaded: LoadedPortfolio;
        try {
          // MDX files parsed on two threads when there are enough of them, as `npm run check` does.
          loaded = await loadPortfolio();
        } catch (error) {
          // A bad setting such as `KEYPLAN_TODAY=2026-13-01`: one line, as for content mistakes.
          // The settings were not read: English, as for any run without them.
          const t = uiStrings('en').checks;
          stopBuild(logger, keyplanError(t.run.cannotCheck((error as Error).message), t.run.fixSetting, 'en'));
        }
        const { reporter } = loaded;
        const t = uiStrings(loaded.locale).checks;
        const audience = buildAudience(loaded.portfolio.settings);
        if (audience.error) stopBuild(logger, keyplanError(audience.error, t.run.audienceHint, loaded.locale));
        if (audience.name) logger.info(`building for the audience \`${audience.name}\`: its hidden fields appear nowhere in the site`);
        const lines = formatMessages(reporter.sorted());
        const counts = reporter.counts();
        if (counts.errors > 0) {
          stopBuild(
            logger,
            keyplanError(`${t.run.contentHas(formatCounts(counts, t))}:\n${lines.join('\n')}`, t.run.fixAndBuild, loaded.locale),
          );
        }
        // `astro preview` serves a site already built (and checked): no need to repeat its warnings.
        if (lines.length > 0 && command !== 'preview') logger.warn(`${t.run.contentHas(formatCounts(counts, t))}:\n${lines.join('\n')}`);
        // The content loaders, integrations and pages of this build read this run (`build-state.ts`).
        // Not in `astro dev`, whose pages must read the content as it is edited.
        if (command === 'build') startBuild(loaded);
      },
    },
  };
}
