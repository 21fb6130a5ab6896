import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../i18n/index.ts';
import { parseYaml } from '../lib/content/parse.ts';
import { settingsSchema } from '../schemas/settings.ts';
import { contentDir } from './paths.ts';

/**
 * The team's language (`settings.locale`) for a command's own words (help, prompts, refusals), which
 * are needed before the portfolio is loaded, or when it cannot be: `settings.yaml` alone, parsed and
 * validated as the engine does. English when the file cannot be read or fails its schema, as the
 * engine's messages then are.
 */
export function uiLocale(): Locale {
  let text: string;
  try {
    text = readFileSync(join(contentDir(), 'settings.yaml'), 'utf8');
  } catch {
    return 'en';
  }
  const { yaml, errors } = parseYaml(text);
  if (!yaml || errors.length > 0) return 'en';
  const settings = settingsSchema.safeParse(yaml.data ?? {});
  return settings.success ? settings.data.locale : 'en';
}

/**
 * For commands whose `--lang` sets the language of their output (`check`, `due`): the locale it names,
 * else `uiLocale()`. Read leniently, as the command line may be the very mistake to explain.
 */
export function langFlagOrUiLocale(argv: string[]): Locale {
  const { lang } = parseArgs({ args: argv, options: { lang: { type: 'string' } }, strict: false, allowPositionals: true }).values;
  return typeof lang === 'string' && isLocale(lang) ? lang : uiLocale();
}
