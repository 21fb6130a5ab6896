import type { Settings } from '../schemas/settings.ts';

/**
 * The audience this build is for (`KEYPLAN_AUDIENCE`), checked against `settings.audiences`;
 * undefined for the full, internal build.
 */
export function buildAudience(settings: Settings): { name?: string; error?: string } {
  const name = process.env['KEYPLAN_AUDIENCE']?.trim();
  if (!name) return {};
  if (Object.hasOwn(settings.audiences, name)) return { name };
  const known = Object.keys(settings.audiences);
  return {
    error: `KEYPLAN_AUDIENCE is \`${name}\`, which \`settings.yaml\` does not define. ${
      known.length ? `Known audiences: ${known.map((audience) => `\`${audience}\``).join(', ')}.` : 'Define it under `audiences:` first.'
    }`,
  };
}
