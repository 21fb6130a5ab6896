import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  globSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';

/**
 * Pagefind's fragments kept from one build to the next, so that a warm build writes only the
 * fragments of pages that changed.
 *
 * Pagefind writes one gzip file per indexed page or record (`fragment/<name>.pf_fragment`, about
 * 9,000 at 500 accounts), compressed at the highest level: most of the indexing time. It skips a
 * fragment whose file already exists, since the name is a hash of the content. A fragment is a
 * function of its page's URL and HTML (or its record), given Pagefind's version and the index's
 * options (the key below), so the fragment of a page that has not changed since the last build is
 * the file that build wrote, under the same name. That holds for this site's index: one forced
 * language, every page with a `data-pagefind-body`, records and pages at different URLs
 * (`search-index.ts` uses the cache only with a forced language).
 *
 * Before Pagefind writes, the bundle folder is seeded with those files (hard links into this cache).
 * The name is only the first 7 hex digits of the hash, and Pagefind lengthens it when two pages of
 * one build share them, in page order. So a seeded name could be taken by a changed page that comes
 * first and shares its 7 digits: Pagefind would skip writing it and serve the old page's text. That
 * always leaves a lengthened name beside the seeded one, so such a group is removed and written
 * again; names that were lengthened in the last build are never seeded. The bundle ends with
 * exactly the fragments of this build, as Pagefind would have written them into an empty folder.
 *
 * A kept file is seeded only if its size is the one recorded when it was kept, so a file cut short
 * (a crash before the disk caught up) or changed in place is written again. The published files are
 * hard links to the kept ones, where the file system allows: edit neither in place.
 *
 * The cache lives in Astro's cache folder (`cacheDir`), one folder per audience: emptied with it,
 * and cold when Pagefind, its options or this format change. It only ever saves time: a cache that
 * cannot be read or written leaves the build to write every fragment, as without it.
 */

const FORMAT = 2;
const MANIFEST = 'fragments.json';
const FRAGMENTS = 'fragment';
const EXTENSION = '.pf_fragment';
/** What Pagefind writes before each fragment's JSON, inside the gzip. */
const SIGNATURE = 'pagefind_dcd';

interface Manifest {
  format: number;
  /** Pagefind's version and index options: a different key means the fragments may differ. */
  key: string;
  /** The digest of a page's input (its URL and HTML, or its record) → its fragment's name and size in bytes. */
  fragments: Record<string, [name: string, size: number]>;
}

/** What decides a fragment: each indexed URL with a digest of its HTML or record. */
export type SearchInputs = Map<string, string>;

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** A page's digest, read through one buffer: thousands of pages leave no garbage behind. */
const chunk = Buffer.allocUnsafe(1 << 20);
function pageDigest(url: string, path: string): string {
  const hash = createHash('sha256').update(url).update('\0');
  const descriptor = openSync(path, 'r');
  try {
    for (let read = readSync(descriptor, chunk); read > 0; read = readSync(descriptor, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(descriptor);
  }
  return hash.update('\0').digest('base64url');
}

/** The key of the cache: fragments written under another Pagefind version or other options may differ. */
export function cacheKey(options: object): string {
  // Pagefind's `exports` leave out its package.json: look where `import 'pagefind'` looks.
  const folders = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  const manifest = folders.map((folder) => join(folder, 'pagefind', 'package.json')).find((path) => existsSync(path));
  const version = manifest ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : undefined;
  // A binary named in the environment may be another version than the package's.
  const binary = [process.env['PAGEFIND_BINARY_PATH'], process.env['PAGEFIND_EXTENDED_BINARY_PATH']];
  return digest(JSON.stringify({ FORMAT, version, binary, options }));
}

/**
 * The URL and digest of each page Pagefind reads from `site` (`patterns`, as its `glob`) and of each
 * custom record. A page's URL is the one Pagefind gives it: `/` and its path, without `index.html`.
 */
export function searchInputs(site: string, patterns: readonly string[], records: readonly { url: string }[]): SearchInputs {
  const inputs: SearchInputs = new Map();
  for (const path of globSync([...patterns], { cwd: site })) {
    const url = `/${path
      .split('\\')
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')}`;
    inputs.set(url, pageDigest(url, join(site, path)));
  }
  for (const record of records) inputs.set(record.url, digest(JSON.stringify(record)));
  return inputs;
}

function readManifest(cache: string, key: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(cache, MANIFEST), 'utf8')) as Manifest;
    const valid =
      manifest.format === FORMAT && manifest.key === key && typeof manifest.fragments === 'object' && manifest.fragments !== null;
    return valid ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** A hard link, or a copy where the two folders cannot share files. */
function place(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The part of a fragment name Pagefind starts from: `<language>_` and 7 hex digits. */
const shortName = (name: string) => name.slice(0, name.indexOf('_') + 8);

/**
 * Puts the cached fragments of the pages whose input is unchanged into `<bundle>/fragment/`, before
 * Pagefind writes there. Returns the names it placed, each with its input's digest.
 */
export function seedFragments(cache: string, key: string, inputs: SearchInputs, bundle: string): Map<string, string> {
  const seeded = new Map<string, string>();
  const manifest = readManifest(cache, key);
  if (!manifest) return seeded;
  const names = Object.values(manifest.fragments).map(([name]) => name);
  // A short name shared by two fragments of the last build: the order may give it to either page now.
  const shared = new Set(names.filter((name) => name !== shortName(name)).map(shortName));
  const current = new Set(inputs.values());
  mkdirSync(join(bundle, FRAGMENTS), { recursive: true });
  for (const [input, [name, size]] of Object.entries(manifest.fragments)) {
    if (!current.has(input) || shared.has(shortName(name))) continue;
    const file = `${name}${EXTENSION}`;
    const kept = join(cache, FRAGMENTS, file);
    if (statSync(kept, { throwIfNoEntry: false })?.size !== size) continue;
    try {
      place(kept, join(bundle, FRAGMENTS, file));
      seeded.set(name, input);
    } catch {
      // Gone since it was looked at: Pagefind writes it.
    }
  }
  return seeded;
}

function fragmentNames(bundle: string): string[] {
  const folder = join(bundle, FRAGMENTS);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith(EXTENSION))
    .map((file) => file.slice(0, -EXTENSION.length));
}

/**
 * The seeded fragments whose name this build gave to another page (see above), removed from the
 * bundle so that Pagefind writes them again. Returns whether there were any.
 */
export function removeTakenSeeds(bundle: string, seeded: Map<string, string>): boolean {
  const names = fragmentNames(bundle);
  const lengthened = new Set(names.filter((name) => name !== shortName(name)).map(shortName));
  const taken = new Set([...seeded.keys()].filter((name) => lengthened.has(name)));
  for (const name of names) {
    if (!taken.has(shortName(name))) continue;
    rmSync(join(bundle, FRAGMENTS, `${name}${EXTENSION}`), { force: true });
    seeded.delete(name);
  }
  return taken.size > 0;
}

/** How a fragment's JSON starts: its URL comes first (Pagefind serialises the fields in order). */
const URL_FIELD = new RegExp(`^${SIGNATURE}\\{"url":("(?:[^"\\\\]|\\\\.)*")`);

/** The URL a fragment file was written for, from its first kilobyte (the whole file when that is not enough). */
function fragmentUrl(file: string): string | undefined {
  const head = Buffer.alloc(1024);
  const descriptor = openSync(file, 'r');
  let length: number;
  try {
    length = readSync(descriptor, head, 0, head.length, 0);
  } finally {
    closeSync(descriptor);
  }
  for (const bytes of [head.subarray(0, length), undefined]) {
    try {
      const text = (bytes ? gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }) : gunzipSync(readFileSync(file))).toString('utf8');
      const match = URL_FIELD.exec(text);
      if (match) return JSON.parse(match[1]!) as string;
    } catch {
      // A damaged file: read whole below, or not cached.
    }
  }
  return undefined;
}

/**
 * Makes the cache hold this build's fragments, once Pagefind has written them all: the seeded ones
 * stay, the new ones are added (each read once to learn its URL), the rest are deleted. The manifest
 * goes first and comes back last, so an interrupted update leaves a cold cache, never a wrong one.
 */
export function updateCache(cache: string, key: string, inputs: SearchInputs, bundle: string, seeded: Map<string, string>): void {
  const folder = join(cache, FRAGMENTS);
  rmSync(join(cache, MANIFEST), { force: true });
  mkdirSync(folder, { recursive: true });
  const fragments: Record<string, [string, number]> = {};
  for (const name of fragmentNames(bundle)) {
    const file = `${name}${EXTENSION}`;
    const written = join(bundle, FRAGMENTS, file);
    let input = seeded.get(name);
    if (input === undefined) {
      const url = fragmentUrl(written);
      input = url === undefined ? undefined : inputs.get(url);
      if (input === undefined) continue;
      rmSync(join(folder, file), { force: true });
      place(written, join(folder, file));
    }
    fragments[input] = [name, statSync(written).size];
  }
  const kept = new Set(Object.values(fragments).map(([name]) => `${name}${EXTENSION}`));
  for (const file of readdirSync(folder)) if (!kept.has(file)) rmSync(join(folder, file), { force: true });
  const manifest: Manifest = { format: FORMAT, key, fragments };
  // A name of this process's own: two builds sharing the folder do not write into one file.
  const temporary = join(cache, `${MANIFEST}.${process.pid}.tmp`);
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, join(cache, MANIFEST));
}

/** Forgets the cache's contents after a failure to read or update it: the next build starts cold. */
export function forgetCache(cache: string): void {
  try {
    rmSync(join(cache, MANIFEST), { force: true });
  } catch {
    // Nothing more to do: a manifest that cannot be removed is checked against the files next time.
  }
}
