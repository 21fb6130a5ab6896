import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTakenSeeds } from '../../src/node/search-cache.ts';
import { indexSite, SEARCH_FOLDER } from '../../src/node/search-index.ts';
import { siteDir } from '../helpers/site.ts';

/** Every file of a folder, by its path inside it, with its bytes. */
function files(folder: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(relative(folder, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return found;
}

function expectSameBundle(actual: string, expected: string): void {
  const got = files(actual);
  const want = files(expected);
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [path, bytes] of want) expect(got.get(path)?.equals(bytes), path).toBe(true);
}

const fragments = (bundle: string) => readdirSync(join(bundle, 'fragment')).sort();

let work: string;
let site: string;
let cache: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'keyplan-search-cache-'));
  site = join(work, 'site');
  cache = join(work, 'cache');
  cpSync(siteDir('sample'), site, { recursive: true, filter: (path) => !path.includes(`${sep}${SEARCH_FOLDER}`) });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the search index's fragment cache", () => {
  it('writes the same bundle as an empty folder would, cold, then warm after a page and a record change', async () => {
    await indexSite(site, { outputPath: join(work, 'plain-1') });
    await indexSite(site, { outputPath: join(work, 'cold'), cache });
    expectSameBundle(join(work, 'cold'), join(work, 'plain-1'));
    // The cache holds this build's fragments, and only them.
    expect(readdirSync(join(cache, 'fragment')).sort()).toEqual(fragments(join(work, 'cold')));
    const before = new Set(fragments(join(work, 'cold')));

    // One account page and one stakeholder record change; everything else stays as it was.
    const page = join(
      site,
      'accounts',
      readdirSync(join(site, 'accounts')).find((id) => !id.includes('.'))!,
      'index.html',
    );
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p>Renewal signed in the steering committee.</p></main>'));
    const recordsFile = join(site, 'search', 'records.json');
    const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as { records: { content: string }[] };
    records.records[0]!.content += ' Moved to the procurement board.';
    writeFileSync(recordsFile, JSON.stringify(records));

    await indexSite(site, { outputPath: join(work, 'plain-2') });
    await indexSite(site, { outputPath: join(work, 'warm'), cache });
    expectSameBundle(join(work, 'warm'), join(work, 'plain-2'));

    // Two fragments are new; every other one is the file the cold run wrote, not written again.
    const warm = fragments(join(work, 'warm'));
    const fresh = warm.filter((name) => !before.has(name));
    expect(fresh).toHaveLength(2);
    for (const name of warm.filter((file) => before.has(file))) {
      const inode = (path: string) => statSync(path, { bigint: true }).ino;
      expect(inode(join(work, 'warm', 'fragment', name)), name).toBe(inode(join(cache, 'fragment', name)));
    }
    expect(readdirSync(join(cache, 'fragment')).sort()).toEqual(warm);
  });

  it('writes again a kept fragment that was cut short or changed since it was kept', async () => {
    const victim = readdirSync(join(cache, 'fragment'))[0]!;
    writeFileSync(join(cache, 'fragment', victim), readFileSync(join(cache, 'fragment', victim)).subarray(0, 20));
    await indexSite(site, { outputPath: join(work, 'after-damage'), cache });
    expectSameBundle(join(work, 'after-damage'), join(work, 'plain-2'));
  });

  it('writes every fragment, and says why, when the cache cannot be used', async () => {
    const notAFolder = join(work, 'not-a-folder');
    writeFileSync(notAFolder, 'a file where the cache folder should be');
    const figures = await indexSite(site, { outputPath: join(work, 'no-cache'), cache: notAFolder });
    expectSameBundle(join(work, 'no-cache'), join(work, 'plain-2'));
    expect(figures.cacheProblem).toMatch(/ENOTDIR|EEXIST|not a directory/i);
  });

  it('starts cold, and still writes a whole bundle, when the last update of the cache was interrupted', async () => {
    rmSync(join(cache, 'fragments.json'));
    await indexSite(site, { outputPath: join(work, 'after-interruption'), cache });
    expectSameBundle(join(work, 'after-interruption'), join(work, 'plain-2'));
    expect(readFileSync(join(cache, 'fragments.json'), 'utf8')).toContain('"fragments"');
  });

  it('removes a seeded fragment whose name a changed page took first, with the names lengthened beside it', () => {
    const bundle = join(work, 'taken');
    mkdirSync(join(bundle, 'fragment'), { recursive: true });
    for (const name of ['en_1234567', 'en_12345678', 'en_abcdef0', 'en_0f0f0f0', 'en_0f0f0f0a']) {
      writeFileSync(join(bundle, 'fragment', `${name}.pf_fragment`), name);
    }
    // en_1234567 was seeded and this build lengthened a name that starts with it: both go.
    // en_0f0f0f0 shares its start with a lengthened name too, but was written by this build: it stays.
    const seeded = new Map([
      ['en_1234567', 'digest-a'],
      ['en_abcdef0', 'digest-b'],
    ]);
    expect(removeTakenSeeds(bundle, seeded)).toBe(true);
    expect(fragments(bundle)).toEqual(['en_0f0f0f0.pf_fragment', 'en_0f0f0f0a.pf_fragment', 'en_abcdef0.pf_fragment']);
    expect([...seeded.keys()]).toEqual(['en_abcdef0']);
    expect(removeTakenSeeds(bundle, seeded)).toBe(false);
  });
});
