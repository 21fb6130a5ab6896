import type { Locale } from '../../schemas/common.ts';

/**
 * The `lang` to put on free text written in a plan, when it differs from the interface's language
 * (a Spanish plan on an English site); `undefined` otherwise. Free text keeps the plan's language,
 * interface words keep the site's: only what differs is marked.
 */
export function textLang(plan: { lang?: Locale | undefined }, locale: Locale): Locale | undefined {
  const lang = plan.lang ?? locale;
  return lang !== locale ? lang : undefined;
}
