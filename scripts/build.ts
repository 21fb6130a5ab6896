/**
 * `npm run build`: `astro build` into a fresh folder beside the output, moved into place only when the
 * build succeeds. A build that fails (a content error, a broken internal link, a crash, Ctrl-C) leaves
 * the previous site as it was and no half-written folder that a deploy step could publish.
 *
 * The output folder is `dist/`, or `KEYPLAN_OUT_DIR`. Arguments are passed on to `astro build`.
 * Exit status: astro's own (0 when the site was built and moved into place).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliStrings } from '../src/i18n/cli-types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

const target = resolve(ROOT, process.env['KEYPLAN_OUT_DIR'] ?? 'dist');
mkdirSync(dirname(target), { recursive: true });
// Beside the target, so the final move is a rename on the same file system; hidden, so no one serves it.
// (`mkdirSync`, not `mkdtempSync`: the site keeps the usual permissions rather than owner-only ones.)
const staging = join(dirname(target), `.${basename(target)}.building-${randomBytes(4).toString('hex')}`);
mkdirSync(staging);

const child = spawn(process.execPath, [ASTRO, 'build', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, KEYPLAN_OUT_DIR: staging },
});

// Ctrl-C reaches astro too (same process group); this process stays to clean up after it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => child.kill(signal));
}

// A child that cannot start may also report an exit: only the first of the two says why and exits.
let reported = false;

child.on('error', (error) => {
  if (reported) return;
  reported = true;
  rmSync(staging, { recursive: true, force: true });
  void say((t) => t.couldNotStart(error.message)).finally(() => process.exit(2));
});

child.on('exit', (code, signal) => {
  if (reported) return;
  reported = true;
  if (code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    void say((t) => t.failed(relativeName(target), signal ?? undefined), '\n').finally(() => process.exit(code ?? 1));
    return;
  }
  const previous = `${staging}.previous`;
  try {
    if (existsSync(target)) renameSync(target, previous);
    renameSync(staging, target);
  } catch (error) {
    void say((t) => t.couldNotMove(relativeName(staging), relativeName(target), (error as Error).message)).finally(() => process.exit(1));
    return;
  }
  rmSync(previous, { recursive: true, force: true });
});

/**
 * Writes a failure in the team's language (`settings.locale`). The dictionary is loaded only then,
 * so that a build that succeeds starts astro without waiting for it.
 */
async function say(message: (t: CliStrings['build']) => string, lead = ''): Promise<void> {
  const [{ uiStrings }, { uiLocale }] = await Promise.all([import('../src/i18n/index.ts'), import('../src/node/ui-locale.ts')]);
  process.stderr.write(`${lead}keyplan build: ${message(uiStrings(uiLocale()).cli.build)}\n`);
}

function relativeName(path: string): string {
  return path.startsWith(`${ROOT}/`) ? path.slice(ROOT.length + 1) : path;
}
