import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { astroCacheDir, buildSite, siteDir, type RunResult } from '../helpers/site.ts';

/**
 * The hostile fixture built for real: data diagrams and authors' flowcharts are drawn with no
 * browser, an author's pie chart is rendered in Chromium, all as inline SVG; a rebuild takes them
 * from the cache, and a build without Chromium still draws all but the pie chart, which it leaves to
 * the reader's browser, which draws it. The rebuild also takes the search index's fragments from
 * Astro's cache folder, and writes the same index.
 */
const CONTENT = 'test/diagrams/fixtures/hostile/content';
const cache = mkdtempSync(join(tmpdir(), 'keyplan-diagram-build-'));
const page = (site: string, path: string) => readFileSync(join(siteDir(site), path, 'index.html'), 'utf8');
const output = (result: RunResult) => `${result.stdout}\n${result.stderr}`;

let cold: RunResult;
let warm: RunResult;
let noChromium: RunResult;
let coldIndex: Map<string, Buffer>;
let coldInodes: Map<string, bigint>;

/** The files of a site's Pagefind bundle, by path, with their bytes. */
function searchBundle(site: string): Map<string, Buffer> {
  const bundle = join(siteDir(site), 'pagefind');
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(bundle, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile()) files.set(relative(bundle, path), readFileSync(path));
  }
  return files;
}

beforeAll(async () => {
  // Cold for search too: no fragments kept from an earlier test run.
  rmSync(join(astroCacheDir('diagrams-hostile'), 'keyplan-search'), { recursive: true, force: true });
  cold = await buildSite('diagrams-hostile', CONTENT, { KEYPLAN_DIAGRAM_CACHE: cache });
  coldIndex = searchBundle('diagrams-hostile');
  coldInodes = new Map(
    [...coldIndex.keys()].map((path) => [path, statSync(join(siteDir('diagrams-hostile'), 'pagefind', path), { bigint: true }).ino]),
  );
  warm = await buildSite('diagrams-hostile', CONTENT, { KEYPLAN_DIAGRAM_CACHE: cache });
  noChromium = await buildSite('diagrams-no-chromium', CONTENT, {
    KEYPLAN_DIAGRAM_CACHE: join(cache, 'none'),
    CHROMIUM_PATH: '/nonexistent/chromium',
  });
});

afterAll(() => {
  rmSync(cache, { recursive: true, force: true });
});

describe('a build with Chromium', () => {
  it('renders each diagram once, then takes all of them from the cache', () => {
    expect(cold.code, output(cold)).toBe(0);
    expect(output(cold)).toMatch(
      /\[keyplan\] 7 diagrams \(5 drawn in \d+\.\d s, 1 rendered in Chromium in \d+\.\d s, 0 from cache, 1 failed\)/,
    );
    expect(warm.code).toBe(0);
    expect(output(warm)).toMatch(/\[keyplan\] 7 diagrams \(0 drawn in 0\.0 s, 6 from cache, 1 failed\)/);
    expect(JSON.parse(readFileSync(join(cache, 'last-build.json'), 'utf8'))).toMatchObject({ diagrams: 7, rendered: 0, cached: 6 });
  });

  it("writes the same search index warm as cold, its fragments taken from the last build's", () => {
    const warmIndex = searchBundle('diagrams-hostile');
    expect([...warmIndex.keys()].sort()).toEqual([...coldIndex.keys()].sort());
    for (const [path, bytes] of coldIndex) expect(warmIndex.get(path)?.equals(bytes), path).toBe(true);
    const fragments = [...warmIndex.keys()].filter((path) => path.startsWith('fragment'));
    expect(fragments.length).toBeGreaterThan(3);
    // Each is the very file the cold build wrote (kept in the cache, linked in), not written again.
    for (const path of fragments)
      expect(statSync(join(siteDir('diagrams-hostile'), 'pagefind', path), { bigint: true }).ino, path).toBe(coldInodes.get(path));
  });

  it('reports a broken ```mermaid block with its file and line, and shows its text', () => {
    expect(output(cold)).toContain(
      `${CONTENT}/accounts/hostile/stakeholders.mdx:45:1  This mermaid diagram cannot be drawn: Parse error on line 3:`,
    );
    expect(page('diagrams-hostile', 'accounts/hostile')).toContain(
      '<pre class="kp-diagram__source">flowchart LR&#10;  a --&gt; &#10;  this is not [mermaid</pre>',
    );
  });

  it('inlines named SVGs in figures kept out of the search index, with ids unique on the page', () => {
    const html = page('diagrams-hostile', 'accounts/hostile');
    const figures = html.match(/<figure class="kp-diagram[^"]*" data-pagefind-ignore[^>]*>/g) ?? [];
    expect(figures).toHaveLength(7);
    for (const kind of ['timeline', 'org-chart', 'coverage']) expect(html).toContain(`data-diagram="${kind}:hostile"`);
    const ids = [...html.matchAll(/<svg\b[^>]*?\sid="([^"]+)"[^>]*>/g)].map((match) => match[1]);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    // The authors' flowcharts (twice) are drawn without a browser, in the page's colours.
    expect(html.match(/<svg id="kpd\w+(?:-2)?" class="kp-bm"/g)).toHaveLength(2);
    expect(html).toContain('>Authored &quot;block&quot;</text>');
    expect(ids.filter((id) => id!.endsWith('-2'))).toHaveLength(1);
    for (const match of html.matchAll(/<svg\b[^>]*?\sid="([^"]+)"([^>]*)>/g)) expect(match[2]).toContain(' role="img"');
    expect(html).toMatch(/aria-labelledby="(kpd\w+)-title"[^>]*><title id="\1-title">Organisation chart of Ñandú &quot;Quotes&quot;/);
    for (const figure of html.match(/<figure class="kp-diagram[\s\S]*?<\/figure>/g) ?? [])
      expect(figure).not.toMatch(/<script|<img|onerror=/);
    expect(page('diagrams-hostile', '')).toContain('data-diagram="matrix"');
  });

  it('states the interaction model and who nobody covers', () => {
    const html = page('diagrams-hostile', 'accounts/hostile');
    expect(html).toContain('<p>Diamond: several of our functions talk to their counterparts at the client.</p>');
    expect(html).toContain('<p>High-influence people nobody covers: Nadie &lt;Cubre&gt; &quot;alto&quot;.</p>');
  });

  it('keeps authors’ SVG free of smart punctuation', () => {
    const html = page('diagrams-hostile', 'accounts/hostile');
    expect(html).toContain('>Authored &quot;block&quot;</text>');
    expect(html).not.toMatch(/Authored “block”|font-family:[^;]*“/);
  });

  it('allows the inline styles of the pie chart Mermaid drew in Chromium, and no more', () => {
    const policy =
      /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page('diagrams-hostile', 'accounts/hostile'))?.[1] ?? '';
    expect(policy).toContain("style-src-elem 'self' 'unsafe-inline'");
    expect(policy).toContain("style-src-attr 'unsafe-inline'");
    expect(/style-src ([^;]*)/.exec(policy)?.[1]).not.toContain("'unsafe-inline'");
    // Only on the pages that show that body: the home page and the team pages keep styles strict.
    for (const path of ['', 'team']) {
      const strict = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page('diagrams-hostile', path))?.[1] ?? '';
      expect(strict).toContain('style-src');
      expect(strict).not.toContain("'unsafe-inline'");
    }
  });

  it('loads no Mermaid in the reader’s browser', () => {
    expect(page('diagrams-hostile', 'accounts/hostile')).not.toContain('mermaid.esm.min.mjs');
    expect(existsSync(join(siteDir('diagrams-hostile'), '_keyplan'))).toBe(false);
  });
});

describe('a build without Chromium', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const root = siteDir('diagrams-no-chromium');
    const types: Record<string, string> = {
      '.html': 'text/html; charset=utf-8',
      '.js': 'text/javascript',
      '.mjs': 'text/javascript',
      '.css': 'text/css',
    };
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(() => {
    server?.close();
  });

  it('succeeds, draws the data diagrams and the flowcharts, warns once and leaves the pie chart’s text in the page', () => {
    expect(noChromium.code, output(noChromium)).toBe(0);
    expect(output(noChromium).match(/no Chromium or Chrome was found/g)).toHaveLength(1);
    expect(output(noChromium)).toMatch(/7 diagrams \(5 drawn in \d+\.\d s, 0 from cache, 1 failed, 1 left to the reader's browser\)/);
    expect(output(noChromium)).toContain('stakeholders.mdx:45:1  This mermaid diagram cannot be drawn: Parse error on line 3:');
    const html = page('diagrams-no-chromium', 'accounts/hostile');
    expect(html.match(/<svg [^>]*class="kp-d kp-d--(?:org-chart|coverage|timeline)"/g)).toHaveLength(3);
    expect(html.match(/<svg id="kpd\w+(?:-2)?" class="kp-bm"/g)).toHaveLength(2);
    expect(html.match(/<pre class="mermaid" data-kp-mermaid/g)).toHaveLength(1);
    // One loader per page: its settings in attributes, its code a script the Content Security Policy allows.
    expect(html.match(/<div hidden data-kp-mermaid-client/g)).toHaveLength(1);
    expect(existsSync(join(siteDir('diagrams-no-chromium'), '_keyplan/mermaid/mermaid.esm.min.mjs'))).toBe(true);
  });

  it('has the reader’s browser draw them', async () => {
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      // The page's policy lets Mermaid style what it draws.
      tab.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/.test(message.text())) errors.push(message.text());
      });
      await tab.goto(`${url}/accounts/hostile/`);
      // Mermaid puts an empty SVG in place first, then draws into it.
      await tab.waitForFunction(() => document.querySelectorAll('pre.mermaid svg text').length >= 1, undefined, { timeout: 30_000 });
      const labels = await tab.locator('pre.mermaid[data-kp-mermaid] svg text').allTextContents();
      expect(labels).toContain('Theirs <b>');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
