/**
 * `npm run edit`: the browser editor on this working copy, without GitHub. Starts Decap CMS's local
 * server (`decap-server`, which reads and writes the files of this folder, on 127.0.0.1 only) and the
 * live site (`astro dev`), then prints the editor's address. A save writes the file here: review it
 * with `git diff` and `npm run check`, then commit and open a pull request as usual.
 *
 * `--port <n>` moves the local server from 8081 (the editor is then opened with `?proxy=<n>`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8081' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write(`keyplan edit: \`--port ${values.port}\` is not a port number. Give a number from 1 to 65535, such as 8082.\n`);
  process.exit(2);
}

const require = createRequire(import.meta.url);
const children: ChildProcess[] = [];
const stop = () => {
  for (const child of children) child.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const server = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
  stdio: 'inherit',
  env: { ...process.env, MODE: 'fs', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: process.cwd(), LOG_LEVEL: 'warn' },
});
const site = spawn(process.execPath, [fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url)), 'dev'], {
  stdio: ['inherit', 'pipe', 'inherit'],
});
children.push(server, site);

let announced = false;
site.stdout!.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  const local = /https?:\/\/localhost:\d+\//.exec(text.replace(/\x1b\[[0-9;]*m/g, ''));
  if (local && !announced) {
    announced = true;
    const query = port === 8081 ? '' : `?proxy=${port}`;
    process.stdout.write(
      `\n  Edit the plans of this folder at ${local[0]}admin/${query}\n  Saving writes the files here; then \`git diff\`, \`npm run check\`, commit and open a pull request.\n\n`,
    );
  }
});
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
