import { AstroError } from 'astro/errors';
import type { Locale } from '../i18n/index.ts';

/**
 * A build failure caused by the content or the environment, thrown from an integration hook the way
 * Astro integrations report failures (`AstroError(message, hint)`, as Starlight's do). It carries no
 * stack trace: the message already names the file, line and field, and a trace into Keyplan's own
 * code would only bury it.
 *
 * Astro labels a hint "Hint:" in English whatever the site's language, so on a site in another
 * language the hint (what to do) ends the message instead.
 */
export function keyplanError(message: string, hint: string, locale: Locale): AstroError {
  const error = locale === 'en' ? new AstroError(message, hint) : new AstroError(`${message}\n${hint}`);
  error.name = 'Keyplan';
  error.stack = '';
  return error;
}
