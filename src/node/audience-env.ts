import { audiencePolicy, type AudiencePolicy } from '../lib/audience.ts';
import type { Settings } from '../schemas/settings.ts';

/**
 * `KEYPLAN_AUDIENCE`, read once per process: the integrations and the pages are bundled apart, so the
 * value is kept on `globalThis`, as the engine's result is (`portfolio-fs.ts`). Blank means the full site.
 */
const KEY = Symbol.for('keyplan.audience-name');
type Registry = { [KEY]?: { name?: string } };

export function audienceName(): string | undefined {
  const registry = globalThis as Registry;
  registry[KEY] ??= ((name) => (name ? { name } : {}))(process.env['KEYPLAN_AUDIENCE']?.trim());
  return registry[KEY].name;
}

/**
 * The audience policy of this build (`KEYPLAN_AUDIENCE`, checked against `settings.audiences`), or
 * why there is none: an audience the settings do not define stops the build (the gate's `error`).
 */
export function buildAudience(
  settings: Settings,
): { name?: string; policy: AudiencePolicy; error?: undefined } | { name?: undefined; policy?: undefined; error: string } {
  const name = audienceName();
  if (name === undefined || Object.hasOwn(settings.audiences, name))
    return { ...(name === undefined ? {} : { name }), policy: audiencePolicy(settings, name) };
  const known = Object.keys(settings.audiences);
  return {
    error: `KEYPLAN_AUDIENCE is \`${name}\`, which \`settings.yaml\` does not define. ${
      known.length ? `Known audiences: ${known.map((audience) => `\`${audience}\``).join(', ')}.` : 'Define it under `audiences:` first.'
    }`,
  };
}
