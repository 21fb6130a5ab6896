/**
 * The account folders hold three kinds of MDX file (plan, stakeholder map, value propositions) at
 * depths the CMS cannot tell apart, so the editor's format tags each entry with its kind, read from
 * the keys its schema requires, and each collection filters on the tag. Never written to a file.
 */
export const TYPE_FIELD = '__keyplanType';

export function contentType(data: Record<string, unknown>): 'plan' | 'stakeholders' | 'value' | undefined {
  if ('account' in data) return 'plan';
  if ('people' in data) return 'stakeholders';
  if ('title' in data) return 'value';
  return undefined;
}

/**
 * The account folder of a new entry (`acme` for `content/accounts/acme/plan.mdx`), chosen in the form
 * and used only in the collection's path template: the folder is the account's id, not a field of its
 * files. Never written to a file. In lowercase, without dots: Decap lowercases a path template and
 * turns its dots into hyphens before it reads the fields named in it.
 */
export const ACCOUNT_FIELD = '__keyplanfolder';

/**
 * A new value proposition's file name (its id, without `.mdx`), chosen in the form as the account
 * folder is, rather than left to Decap's own slugs, which may keep characters an id may not have.
 * Never written to a file; lowercase without dots for the same reason.
 */
export const NAME_FIELD = '__keyplanname';

/** The file of each kind of entry inside its account folder; `name` is a value proposition's own. */
export function entryFile(type: 'plan' | 'stakeholders' | 'value', account: string, name = ''): string {
  return type === 'value' ? `${account}/value/${name}` : `${account}/${type}`;
}

/** The account folder an entry's path names: `acme` for `content/accounts/acme/value/x.mdx`. */
export function accountOf(path: string): string | undefined {
  return /(?:^|\/)accounts\/([^/]+)\//.exec(path)?.[1];
}

/**
 * The name under which the editor's check finds the settings and team alone, which a new account is
 * judged with (`/admin/checks/_shared.json`). No account folder can have it: ids are lowercase
 * letters, digits and hyphens.
 */
export const SHARED_SOURCES = '_shared';
