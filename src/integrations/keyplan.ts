import type { AstroIntegration } from 'astro';
import { formatCounts, formatMessages } from '../lib/format.ts';
import { buildAudience } from '../node/audience-env.ts';
import { startBuild } from '../node/build-state.ts';
import { loadPortfolio, type LoadedPortfolio } from '../node/portfolio-fs.ts';

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
          console.error(`\nKeyplan could not check the content: ${(error as Error).message}\n`);
          process.exit(1);
        }
        const { reporter } = loaded;
        const audience = buildAudience(loaded.portfolio.settings);
        if (audience.error) {
          console.error(`\nKeyplan: ${audience.error}\n`);
          process.exit(1);
        }
        if (audience.name) logger.info(`building for the audience \`${audience.name}\`: its hidden fields appear nowhere in the site`);
        const lines = formatMessages(reporter.sorted());
        const counts = reporter.counts();
        if (counts.errors > 0) {
          // Printed plainly rather than thrown: a content mistake deserves no stack trace.
          console.error(`\n${lines.join('\n')}\n\nKeyplan: ${formatCounts(counts)}. Fix the errors above and build again; nothing was built.\n`);
          process.exit(1);
        }
        // `astro preview` serves a site already built (and checked): no need to repeat its warnings.
        if (lines.length > 0 && command !== 'preview') logger.warn(`the content has ${formatCounts(counts)}:\n${lines.join('\n')}`);
        // The content loaders, integrations and pages of this build read this run (`build-state.ts`).
        // Not in `astro dev`, whose pages must read the content as it is edited.
        if (command === 'build') startBuild(loaded);
      },
    },
  };
}
