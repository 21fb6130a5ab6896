import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Decap CMS ships as a prebuilt browser bundle (React included) with lazily loaded chunks beside it.
 * The site serves those files from the project's own `node_modules` at `/admin/decap/`, rather than
 * from a CDN, and copies them into the build: bundling the CMS's thousand source modules through Vite
 * on every build would cost more than the whole site.
 */
export const EDITOR_ASSETS_URL = '/admin/decap/';

function distDir(): string {
  return dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
}

/** The bundle's files (no source maps). */
function assetNames(): string[] {
  return readdirSync(distDir()).filter((name) => /^(?:\d+\.)?decap-cms\.js$/.test(name));
}

/** Copies the bundle into `<site>/admin/decap/`. */
export function copyEditorAssets(siteDir: string): number {
  const target = join(siteDir, EDITOR_ASSETS_URL);
  mkdirSync(target, { recursive: true });
  const names = assetNames();
  for (const name of names) copyFileSync(join(distDir(), name), join(target, name));
  return names.length;
}

/** The bundle file a dev-server request asks for, or undefined when it names none. */
export function readEditorAsset(url: string): Buffer | undefined {
  const name = url.startsWith(EDITOR_ASSETS_URL) ? url.slice(EDITOR_ASSETS_URL.length).split('?')[0] : undefined;
  if (!name || !/^(?:\d+\.)?decap-cms\.js$/.test(name)) return undefined;
  return readFileSync(join(distDir(), name));
}
