/** An internal link of the built site that points to no file. */
export interface BrokenLink {
  /** The page it is on, relative to the output folder (`accounts/acme/index.html`). */
  page: string;
  /** The `href` as written in the HTML. */
  href: string;
}

/** A tag with an `href`, and its first one's value (text holds no tags: its examples are skipped). */
const HREF_TAG = /<[a-zA-Z][^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))[^>]*>/gi;
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
const decodeEntities = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);

/** The `href` of every tag of a page (text and code blocks hold no tags, so their examples are skipped). */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(HREF_TAG)].map((match) => decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''));
}

/**
 * The site path an `href` on `page` points to (`accounts/acme/` for `/accounts/acme/#kpis`), or
 * `undefined` when it leaves the site (another scheme or host) or stays on the page (`#kpis`).
 */
export function targetOf(href: string, page: string, base = '/'): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//') || SCHEME.test(trimmed)) return undefined;
  const path = trimmed.replace(/[?#].*$/, '');
  if (path === '') return undefined;
  const root = base.endsWith('/') ? base : `${base}/`;
  let absolute: string;
  if (path.startsWith('/')) {
    // A root-relative link outside the base path is outside this site.
    if (!`${path}/`.startsWith(root)) return undefined;
    absolute = path.slice(root.length - 1);
  } else {
    absolute = `/${page.replace(/[^/]*$/, '')}${path}`;
  }
  const segments: string[] = [];
  for (const segment of absolute.split('/').slice(1, -1)) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  const last = absolute.split('/').at(-1)!;
  let decoded: string;
  try {
    decoded = decodeURIComponent([...segments, last === '.' || last === '..' ? '' : last].join('/'));
  } catch {
    decoded = [...segments, last].join('/');
  }
  return decoded;
}

/**
 * Internal links that point to no file of the built site. `exists` answers for a path relative to
 * the output folder; a link to `x/` needs `x/index.html`, a link to `x` needs `x`, `x/index.html` or `x.html`.
 */
export function findBrokenLinks(
  pages: Iterable<{ path: string; html: string }>,
  exists: (path: string) => boolean,
  base = '/',
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const found = (target: string) =>
    target === '' || target.endsWith('/')
      ? exists(`${target}index.html`)
      : exists(target) || exists(`${target}/index.html`) || exists(`${target}.html`);
  for (const page of pages) {
    const seen = new Set<string>();
    for (const href of hrefsOf(page.html)) {
      if (seen.has(href)) continue;
      seen.add(href);
      const target = targetOf(href, page.path, base);
      if (target !== undefined && !found(target)) broken.push({ page: page.path, href });
    }
  }
  return broken;
}
