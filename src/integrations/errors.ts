import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { Locale } from '../i18n/index.ts';

const KEYPLAN = 'Keyplan';

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
  error.name = KEYPLAN;
  error.stack = '';
  return error;
}

/** Whether `error` is one of `keyplanError`'s: a deliberate stop, not a crash. */
export function isKeyplanError(error: unknown): error is AstroError {
  return error instanceof AstroError && error.name === KEYPLAN;
}

/**
 * Stops the build from a hook with `error`, without the English line Astro prints first ("An
 * unhandled error occurred while running the hook"): the stop is deliberate, and its message says
 * what failed and what to do in the site's language. Astro writes that line with the logger it gave
 * the hook, just before it reports the error; the logger lets that one line go by, and only that one.
 */
export function stopBuild(logger: AstroIntegrationLogger, error: AstroError): never {
  logger.error = () => {
    // The method is the class's again for anything written later.
    delete (logger as Partial<AstroIntegrationLogger>).error;
  };
  throw error;
}
