import type { APIRoute, GetStaticPaths } from 'astro';
import { accountOf, accountSources } from '../lib/editor/feedback.ts';
import { buildState } from '../node/build-state.ts';
import { contentRoot } from '../node/portfolio-fs.ts';

/**
 * `/admin/checks/<account>.json`: the files the editor's live feedback judges an account with (see
 * `src/lib/editor/feedback.ts`), one small file per account folder, as the site was built. Injected
 * with `/admin/` on the internal site only.
 */
export const getStaticPaths = (() => {
  const { files } = buildState().loaded;
  const folders = new Set(files.map((file) => accountOf(file.path)).filter((folder) => folder !== undefined));
  return [...folders].sort().map((account) => ({ params: { account } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { files } = buildState().loaded;
  return new Response(JSON.stringify(accountSources(files, contentRoot(), params['account']!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
