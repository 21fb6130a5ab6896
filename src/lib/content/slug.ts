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
export { SLUG } from '../../schemas/common.ts';
/** The longest id the scaffolder makes: file names stay well under every file system's limit. */
export const MAX_ID_LENGTH = 64;

/** An id made from a name: its slug, cut at a hyphen to `MAX_ID_LENGTH` characters. */
export function idFromName(name: string): string {
  const slug = slugify(name);
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ID_LENGTH + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, MAX_ID_LENGTH)).replace(/-+$/, '');
}
