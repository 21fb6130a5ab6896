/**
 * `npm run schemas`: writes the JSON Schemas of the content files into `schemas/`, from the Zod
 * schemas in `src/schemas/`, for editors (VS Code's YAML extension reads them; see
 * `.vscode/settings.json`), and the browser editor's configuration (`src/editor/cms-config.json`).
 * `--check` writes nothing and exits 1 when a committed file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { uiStrings } from '../src/i18n/index.ts';
import { CMS_CONFIG_PATH, cmsConfigFile } from '../src/lib/editor/config.ts';
import { uiLocale } from '../src/node/ui-locale.ts';
import { jsonSchemaFiles } from './lib/json-schemas.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, dir: { type: 'string', default: 'schemas' } } });
const dir = values.dir;
const stale: string[] = [];
mkdirSync(dir, { recursive: true });
const files: [string, string][] = [
  ...[...jsonSchemaFiles()].map(([name, text]): [string, string] => [join(dir, name), text]),
  [CMS_CONFIG_PATH, cmsConfigFile()],
];
for (const [path, text] of files) {
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  stale.push(relative(process.cwd(), path));
  if (!values.check) writeFileSync(path, text);
}

const t = uiStrings(uiLocale()).cli.schemas;
if (values.check) {
  if (stale.length) {
    process.stderr.write(`${t.stale(stale)}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`${t.upToDate}\n`);
  }
} else {
  process.stdout.write(`${stale.length ? t.wrote(stale) : t.upToDate}\n`);
}
