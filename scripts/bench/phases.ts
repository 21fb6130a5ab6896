/**
 * The phases of one `astro build`, read from its log: Astro prints how long each of its own steps
 * took, and Keyplan's integrations print theirs. A phase the log does not mention is left out.
 */
export interface Phase {
  name: string;
  ms: number;
}

const SECONDS = String.raw`([\d.]+(?:ms|s)|\d+m(?: [\d.]+s)?)`;

/** `1m`, `1m 25s`, `10.80s` or `478ms` in milliseconds. */
function duration(text: string): number {
  const match = /^(?:(\d+)m)? ?(?:([\d.]+)(ms|s))?$/.exec(text);
  if (!match) return Number.NaN;
  return Number(match[1] ?? 0) * 60_000 + Number(match[2] ?? 0) * (match[3] === 'ms' ? 1 : 1000);
}

export function buildPhases(log: string): Phase[] {
  const phases: Phase[] = [];
  const add = (name: string, pattern: RegExp, toMs: (match: RegExpExecArray) => number) => {
    const match = pattern.exec(log);
    if (match) phases.push({ name, ms: toMs(match) });
  };
  // Configuration, the Keyplan engine (the build gate), the content loaders and type generation.
  add('set-up and content', new RegExp(String.raw`Collecting build info\.\.\.\s*\n.*✓ Completed in ${SECONDS}`), (m) => duration(m[1]!));
  // Vite bundles twice (the server, then the client); both count.
  const bundles = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${SECONDS}`, 'g'))];
  if (bundles.length > 0) phases.push({ name: 'Vite bundle', ms: bundles.reduce((sum, match) => sum + duration(match[1]!), 0) });
  add('pages', new RegExp(String.raw`generating static routes[^\n]*\n(?:[^\n]*\n)*?[^\n]*✓ Completed in ${SECONDS}`), (m) =>
    duration(m[1]!),
  );
  add('diagrams', /(\d+) diagrams \(\d+ drawn in ([\d.]+) s/, (m) => Number(m[2]) * 1000);
  add('search index', /search index: \d+ pages in (\d+) ms/, (m) => Number(m[1]));
  return phases;
}
