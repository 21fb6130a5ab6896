const seen = new WeakMap<object, Map<string, number>>();

/**
 * The id for one more use of an SVG on a page: `renderId` the first time, then `renderId-2`, …
 * `page` is anything unique to one page render (Astro's `Astro.request`).
 */
export function pageIdFor(page: object, renderId: string): string {
  let counts = seen.get(page);
  if (!counts) seen.set(page, (counts = new Map()));
  const repeat = counts.get(renderId) ?? 0;
  counts.set(renderId, repeat + 1);
  return repeat === 0 ? renderId : `${renderId}-${repeat + 1}`;
}

const once = new WeakMap<object, Set<string>>();

/** True the first time `key` is asked for on this page render, false after. */
export function oncePerPage(page: object, key: string): boolean {
  let keys = once.get(page);
  if (!keys) once.set(page, (keys = new Set()));
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}
