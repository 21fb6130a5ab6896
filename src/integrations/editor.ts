import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFiles } from '../editor/account-sources.ts';
import { audienceName } from '../node/audience-env.ts';
import { copyEditorAssets, readEditorAsset } from '../node/editor-assets.ts';

/**
 * The browser editor at `/admin/` (Decap CMS; see `src/editor/`), on the internal site only: a build
 * for a named audience (`KEYPLAN_AUDIENCE`) has neither the page nor the CMS's files, since the
 * editor would show every field of every plan.
 */
export function editor(): AstroIntegration {
  const enabled = audienceName() === undefined;
  return {
    name: 'keyplan:editor',
    hooks: {
      'astro:config:setup': ({ injectRoute, command }) => {
        if (!enabled) return;
        injectRoute({ pattern: '/admin', entrypoint: new URL('../editor/AdminPage.astro', import.meta.url) });
        // A build writes these files itself (below): one route render per account cost more than the files.
        if (command === 'dev') {
          injectRoute({ pattern: '/admin/checks/[account].json', entrypoint: new URL('../editor/account-sources.ts', import.meta.url) });
        }
      },
      'astro:server:setup': ({ server }) => {
        if (!enabled) return;
        server.middlewares.use((request, response, next) => {
          const body = request.url ? readEditorAsset(request.url) : undefined;
          if (!body) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(body);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!enabled) return;
        const out = fileURLToPath(dir);
        const checks = join(out, 'admin', 'checks');
        mkdirSync(checks, { recursive: true });
        for (const [account, json] of checkFiles()) writeFileSync(join(checks, `${account}.json`), json);
        const files = copyEditorAssets(out);
        logger.info(`editor: /admin/ with Decap CMS (${files} files)`);
      },
    },
  };
}
