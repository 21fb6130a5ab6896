import { AstroError } from 'astro/errors';

/**
 * A build failure caused by the content or the environment, thrown from an integration hook the way
 * Astro integrations report failures (`AstroError(message, hint)`, as Starlight's do). It carries no
 * stack trace: the message already names the file, line and field, and a trace into Keyplan's own
 * code would only bury it.
 */
export function keyplanError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.name = 'Keyplan';
  error.stack = '';
  return error;
}
