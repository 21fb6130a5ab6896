/**
 * `npm run bench [-- --quick] [-- --sizes 50,500] [-- --runs 3]`: builds generated portfolios with
 * Keyplan and with a plain Astro site over the same MDX files, and prints a table of figures.
 * Benchmarks print; they never fail on timing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generatePortfolio } from './bench/generate.ts';
import { writeBaseline } from './bench/baseline.ts';
import { drawTimings } from './bench/draw.ts';
import { buildPhases } from './bench/phases.ts';
import { searchLatency } from './bench/search-latency.ts';

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, runs: { type: 'string' } },
});
const sizes = flags.quick ? [50] : (flags.sizes ?? '50,500,2000').split(',').map(Number);
const runs = Number(flags.runs ?? (flags.quick ? 1 : 3));
const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, '.bench');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const RSS = join(ROOT, 'scripts/bench/rss.ts');
const TODAY = '2026-11-23';

interface Measure {
  ms: number;
  rss: number;
  output: string;
}

/**
 * GNU time, when installed: its peak resident set size covers the whole process, as `time -v` reports
 * it; without it, the process reports its own (`scripts/bench/rss.ts`).
 */
const GNU_TIME = '/usr/bin/time';
const hasGnuTime =
  existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size');

/** Runs a Node command, timing it and reading its peak memory. */
function measure(args: string[], env: Record<string, string>): Measure {
  const rssFile = join(BENCH, 'rss.txt');
  const timeFile = join(BENCH, 'time.txt');
  rmSync(rssFile, { force: true });
  rmSync(timeFile, { force: true });
  const node = [process.execPath, '--import', RSS, ...args];
  const [command, ...commandArgs] = hasGnuTime ? [GNU_TIME, '-v', '-o', timeFile, ...node] : node;
  const started = performance.now();
  const result = spawnSync(command!, commandArgs, {
    cwd: ROOT,
    env: { ...process.env, ...env, KEYPLAN_RSS_FILE: rssFile, ASTRO_TELEMETRY_DISABLED: '1', KEYPLAN_TODAY: TODAY },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`\`${args.join(' ')}\` failed (exit ${result.status}):\n${output.slice(-3000)}`);
  const timeKb = existsSync(timeFile) ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1] : undefined;
  const rss = timeKb ? Number(timeKb) * 1024 : existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : 0;
  return { ms, rss, output };
}

/** The median run (its time and log) of several, with the highest peak memory of them all. */
function median(results: readonly Measure[]): Measure {
  const middle = [...results].sort((a, b) => a.ms - b.ms)[Math.floor(results.length / 2)]!;
  return { ms: middle.ms, rss: Math.max(...results.map((result) => result.rss)), output: middle.output };
}

function repeat(times: number, before: () => void, run: () => Measure): Measure {
  const results: Measure[] = [];
  for (let index = 0; index < times; index++) {
    before();
    results.push(run());
  }
  return median(results);
}

interface Contender {
  before: () => void;
  run: () => Measure;
}

/**
 * Keyplan and plain Astro, one build each per round, in turn: a shared machine that slows down or
 * speeds up during the benchmark then weighs on both alike. The ratio is the median of the rounds'
 * ratios, each from two builds run one after the other.
 */
function alternate(times: number, keyplan: Contender, plain: Contender): { keyplan: Measure; plain: Measure; ratios: number[] } {
  const ours: Measure[] = [];
  const theirs: Measure[] = [];
  for (let index = 0; index < times; index++) {
    keyplan.before();
    ours.push(keyplan.run());
    plain.before();
    theirs.push(plain.run());
  }
  const ratios = ours.map((measure, index) => measure.ms / theirs[index]!.ms).sort((a, b) => a - b);
  return { keyplan: median(ours), plain: median(theirs), ratios };
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** The account page with the most compressed bytes of HTML plus the CSS and JS it loads. */
function heaviestAccountPage(dist: string): { page: string; bytes: number } {
  let heaviest = { page: '', bytes: 0 };
  const accounts = join(dist, 'accounts');
  for (const id of readdirSync(accounts)) {
    const file = join(accounts, id, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    let bytes = gzipSync(html).length;
    for (const [, href] of html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g)) {
      const asset = join(dist, href!);
      if (existsSync(asset)) bytes += gzipSync(readFileSync(asset)).length;
    }
    if (bytes > heaviest.bytes) heaviest = { page: `/accounts/${id}/`, bytes };
  }
  return heaviest;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** The median of the rounds' ratios, with their spread when there were several. */
const times = (ratios: readonly number[]) => {
  const middle = `${ratios[Math.floor(ratios.length / 2)]!.toFixed(2)}×`;
  return ratios.length > 1 ? `${middle} (rounds ${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)}×)` : middle;
};

const rows: string[][] = [];
for (const size of sizes) {
  const dir = join(BENCH, String(size));
  rmSync(dir, { recursive: true, force: true });
  const files = generatePortfolio(size, { today: TODAY });
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  const content = join(dir, 'content');
  const env = {
    KEYPLAN_CONTENT: content,
    KEYPLAN_OUT_DIR: join(dir, 'dist'),
    KEYPLAN_CACHE_DIR: join(dir, 'astro-cache'),
    KEYPLAN_DIAGRAM_CACHE: join(dir, 'diagram-cache'),
  };
  const clean =
    (...folders: string[]) =>
    () =>
      folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
  console.error(`${size} accounts: check…`);
  const check = repeat(
    runs,
    () => {},
    () => measure(['--import', './scripts/lib/compile-cache.ts', 'scripts/check.ts'], env),
  );
  const baselineDir = join(dir, 'baseline');
  writeBaseline(baselineDir, content);
  const build = () => measure([ASTRO, 'build'], env);
  const plainBuild = () => measure([ASTRO, 'build', '--root', baselineDir], { ASTRO_TELEMETRY_DISABLED: '1' });
  // Every build writes into an empty output folder, emptied before the clock starts: the figures are
  // the building, not the deleting of the previous site (which `npm run build` does after it).
  console.error(`${size} accounts: cold builds, Keyplan and plain Astro in turn…`);
  const coldRounds = alternate(
    runs,
    { before: clean(env.KEYPLAN_OUT_DIR, env.KEYPLAN_CACHE_DIR, env.KEYPLAN_DIAGRAM_CACHE), run: build },
    { before: clean(join(baselineDir, 'dist'), join(baselineDir, 'node_modules'), join(baselineDir, '.astro')), run: plainBuild },
  );
  console.error(`${size} accounts: warm builds, Keyplan and plain Astro in turn…`);
  const warmRounds = alternate(
    runs,
    { before: clean(env.KEYPLAN_OUT_DIR), run: build },
    { before: clean(join(baselineDir, 'dist')), run: plainBuild },
  );
  const [cold, baseCold, warm, baseWarm] = [coldRounds.keyplan, coldRounds.plain, warmRounds.keyplan, warmRounds.plain];

  const diagrams = (output: string) =>
    /(\d+) diagrams \((\d+) drawn in ([\d.]+) s, (?:(\d+) rendered in Chromium in [\d.]+ s, )?(\d+) from cache/.exec(output);
  const coldDiagrams = diagrams(cold.output);
  const warmDiagrams = diagrams(warm.output);
  const perDiagram =
    coldDiagrams && Number(coldDiagrams[2]) > 0
      ? `${((Number(coldDiagrams[3]) * 1000) / Number(coldDiagrams[2])).toFixed(1)} ms each`
      : '–';
  // The build names Chromium only when it starts one, or looked for one and found none.
  const browser = (output: string) => (/Chromium/.test(output) ? 'started or looked for' : 'none');
  console.error(`${size} accounts: drawing each diagram in process…`);
  const draw = drawTimings(files, TODAY);
  const search = /search index: (\d+) pages in (\d+) ms/.exec(warm.output);
  // Each phase of the median warm build, beside the same phase of plain Astro's.
  const plainPhases = new Map(buildPhases(baseWarm.output).map((phase) => [phase.name, phase.ms]));
  const phaseRows = buildPhases(warm.output).map((phase) => {
    const plain = plainPhases.get(phase.name);
    return [`warm build: ${phase.name}`, s(phase.ms), plain === undefined ? 'plain Astro has no such phase' : `plain Astro ${s(plain)}`];
  });
  const heaviest = heaviestAccountPage(env.KEYPLAN_OUT_DIR);
  const latency = await searchLatency(env.KEYPLAN_OUT_DIR);

  rows.push(
    [`${size} accounts`, '', ''],
    ['npm run check', s(check.ms), `peak ${mb(check.rss)}`],
    ['cold build', s(cold.ms), `${times(coldRounds.ratios)} plain Astro (${s(baseCold.ms)})`],
    ['warm build', s(warm.ms), `${times(warmRounds.ratios)} plain Astro (${s(baseWarm.ms)})`],
    ...phaseRows,
    ['diagrams cold', coldDiagrams ? `${coldDiagrams[2]} drawn` : 'not reported', perDiagram],
    ['diagrams warm', warmDiagrams ? `${warmDiagrams[2]} drawn, ${warmDiagrams[5]} cached` : 'not reported', ''],
    ['browser processes in the build', `${browser(cold.output)} (cold), ${browser(warm.output)} (warm)`, 'target: none'],
    ...draw.kinds.map((kind) => [
      `drawing a ${kind.kind}, no cache`,
      `${kind.medianMs.toFixed(2)} ms median`,
      `slowest 5%: ${kind.p95Ms.toFixed(2)} ms; ${kind.count} drawn; target ≤ 5 ms`,
    ]),
    ['first drawing of a process', `${draw.firstMs.toFixed(0)} ms`, 'reads and decompresses the font files'],
    [
      'search index',
      search ? `${search[2]} ms, ${search[1]} pages` : 'not reported',
      kb(folderBytes(join(env.KEYPLAN_OUT_DIR, 'pagefind'))),
    ],
    [
      'search answer in Chromium',
      latency === undefined ? 'no Chromium' : `${Math.round(latency)} ms`,
      'median of 6 queries, first 5 results loaded',
    ],
    ['peak RSS (build)', mb(Math.max(cold.rss, warm.rss)), `plain Astro ${mb(Math.max(baseCold.rss, baseWarm.rss))}`],
    ['heaviest account page', kb(heaviest.bytes), `${heaviest.page} (gzip, HTML+CSS+JS)`],
  );
}

console.log(
  `\nKeyplan benchmark · ${availableParallelism()} cores · Node ${process.versions.node} · median of ${runs} round${runs === 1 ? '' : 's'}, Keyplan and plain Astro in turn\n`,
);
console.log('| figure | value | detail |\n|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
