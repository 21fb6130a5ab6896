import type { APIRoute, GetStaticPaths } from 'astro';
import { accountSources, type AccountSources } from '../lib/editor/feedback.ts';
import { buildState } from '../node/build-state.ts';
import { contentRoot } from '../node/portfolio-fs.ts';

/**
 * `/admin/checks/<account>.json`: the files the editor's live feedback judges an account with (see
 * `src/lib/editor/feedback.ts`), one small file per account folder, as the site was built, and
 * `_shared.json` (the settings and the team) for a new account. Injected with `/admin/` on the
 * internal site only.
 */
export const getStaticPaths = (() =>
  [...bySource().entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([account, sources]) => ({ params: { account }, props: { sources } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ sources: AccountSources }> = ({ props }) =>
  new Response(JSON.stringify(props.sources), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** Grouped once per build: each account's sources share the settings and team. */
function bySource(): Map<string, AccountSources> {
  return accountSources(buildState().loaded.files, contentRoot());
}
