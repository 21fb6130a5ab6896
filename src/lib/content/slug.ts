import { SLUG } from '../../schemas/common.ts';

/** A lowercase slug from a name, accents folded: `Aceros del Norte` → `aceros-del-norte`, `Núñez` → `nunez`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What an id may be (the schemas' pattern): lowercase letters and digits in words joined by single hyphens. */
export { SLUG };
/** The longest id the scaffolder makes: file names stay well under every file system's limit. */
export const MAX_ID_LENGTH = 64;

/**
 * Names Windows keeps for devices: no file or folder there may have one, whatever its extension (and
 * Decap empties such a name when it makes a file name of it).
 */
const DEVICE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * Why an id cannot name a new folder or file, if it cannot: not a slug (which keeps out `/`, `..`
 * and dots), too long, or a name Windows keeps for a device. The scaffolder and the browser editor
 * ask the same question.
 */
export function idProblem(id: string): 'pattern' | 'length' | 'device' | undefined {
  if (!SLUG.test(id)) return 'pattern';
  if (id.length > MAX_ID_LENGTH) return 'length';
  return DEVICE_NAME.test(id) ? 'device' : undefined;
}

/** An id made from a name: its slug, cut at a hyphen to `MAX_ID_LENGTH` characters. */
export function idFromName(name: string): string {
  const slug = slugify(name);
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ID_LENGTH + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, MAX_ID_LENGTH)).replace(/-+$/, '');
}
