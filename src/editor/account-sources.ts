import type { APIRoute, GetStaticPaths } from 'astro';
import { accountSources, type AccountSources } from '../lib/editor/feedback.ts';
import { buildState } from '../node/build-state.ts';
import { contentRoot } from '../node/portfolio-fs.ts';

/**
 * `/admin/checks/<account>.json`: the files the editor's live feedback judges an account with (see
 * `src/lib/editor/feedback.ts`), one small file per account folder, as the site was built, and
 * `_shared.json` (the settings and the team) for a new account. On the internal site only.
 *
 * `astro dev` serves them from this route; a build writes them once its pages are written
 * (`integrations/editor.ts`, `checkFiles`), as plain files need no page render each.
 */
export const getStaticPaths = (() =>
  [...checkFiles()].map(([account, json]) => ({ params: { account }, props: { json } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) =>
  new Response(props.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** Each account folder's file, by name (`_shared` included), in name order: grouped once, sharing the settings and team. */
export function checkFiles(): Map<string, string> {
  const sources: [string, AccountSources][] = [...accountSources(buildState().loaded.files, contentRoot())];
  return new Map(sources.sort(([a], [b]) => a.localeCompare(b)).map(([account, files]) => [account, JSON.stringify(files)]));
}
