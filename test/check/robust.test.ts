import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_CHARS, runEngine } from '../../src/lib/check/engine.ts';
import { formatMessages } from '../../src/lib/check/format.ts';
import { decodeUtf8 } from '../../src/lib/content/utf8.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { messagesOf, withChanges } from '../helpers/content.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MINIMAL = join(ROOT, 'test/fixtures/minimal/content');
const PLAN = 'content/accounts/acme/plan.mdx';

/** A "billion laughs" document: nine levels of nine aliases each. */
const BOMB = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
  .concat('bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(', ')}]`))
  .join('\n');

/** Messages of the content folder `dir` as the check reads it from disk. */
function messagesOnDisk(dir: string): string[] {
  const root = dir.slice(ROOT.length + 1);
  const { reporter } = runEngine(readContentTree(dir, ROOT), { root, today: '2026-11-23' });
  return formatMessages(reporter.sorted()).map((line) => line.replace(`${root}/`, ''));
}

let scratch: string;
/** A copy of the minimal fixture to break, under `.cache/`. */
function copyOfMinimal(name: string): string {
  const dir = join(scratch, name, 'content');
  cpSync(MINIMAL, dir, { recursive: true });
  return dir;
}
beforeAll(() => {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  scratch = mkdtempSync(join(ROOT, '.cache/robust-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('bad input gives a clear error, never a crash', () => {
  it('refuses a YAML alias bomb in settings and in frontmatter', () => {
    const lines = messagesOf(
      withChanges({ 'content/settings.yaml': `company: X\n${BOMB}\n`, [PLAN]: (text) => text.replace('---\n', `---\n${BOMB}\n`) }),
      ['yaml-syntax'],
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:2:1  error  Invalid YAML in the frontmatter: its aliases (\`*name\`) expand more than 50 times, which Keyplan refuses so that a file cannot exhaust memory ("billion laughs"); write the values out instead of repeating aliases.  [yaml-syntax]",
        "content/settings.yaml:1:1  error  Invalid YAML: its aliases (\`*name\`) expand more than 50 times, which Keyplan refuses so that a file cannot exhaust memory ("billion laughs"); write the values out instead of repeating aliases.  [yaml-syntax]",
      ]
    `);
  });

  it('refuses a 10 MB file without parsing it', () => {
    const started = performance.now();
    const files = withChanges({ [PLAN]: (text) => `${text}\n${'All work and no play. '.repeat(500_000)}` });
    const lines = messagesOf(files, ['file-size']);
    expect(performance.now() - started).toBeLessThan(2000);
    const size = files.find((file) => file.path === PLAN)!.text.length;
    expect(size).toBeGreaterThan(10_000_000);
    expect(lines).toEqual([
      `content/accounts/acme/plan.mdx:1:1  error  This file has ${size.toLocaleString('en')} characters; Keyplan reads content files of up to ${MAX_FILE_CHARS.toLocaleString('en')}. A plan is a few thousand: move long material (exports, data, images) out of \`content/\` and link to it.  [file-size]`,
    ]);
  });

  it('reports binary junk as a file without frontmatter', () => {
    const junk = Array.from({ length: 4096 }, (_, index) => String.fromCharCode((index * 7919) % 0xd7ff)).join('');
    expect(messagesOf(withChanges({ [PLAN]: junk }), ['frontmatter', 'mdx-syntax'])).toHaveLength(1);
  });

  it('reads UTF-8 with or without a byte order mark, and points at the first byte that is not UTF-8', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(decodeUtf8(Uint8Array.of(0xef, 0xbb, 0xbf, ...encode('---\nname: Peña\n')))).toEqual({ text: '---\nname: Peña\n' });
    // "Peña" saved as Latin-1: 0xF1 for ñ.
    const latin1 = Uint8Array.of(...encode('---\nname: Pe'), 0xf1, ...encode('a\n---\n'));
    expect(decodeUtf8(latin1).unreadable).toMatchInlineSnapshot(`
      {
        "place": {
          "column": 9,
          "line": 2,
          "offset": 12,
        },
        "reason": "This file is not UTF-8 text: byte 0xF1 at line 2, column 9 is not valid UTF-8. Content files must be UTF-8; save the file again as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252, or it is not a text file).",
        "ruleId": "encoding",
      }
    `);
    // Overlong forms and surrogates are not UTF-8 either.
    expect(decodeUtf8(Uint8Array.of(0x41, 0xc0, 0x80)).unreadable?.place).toMatchObject({ line: 1, column: 2 });
    expect(decodeUtf8(Uint8Array.of(0x41, 0x42, 0xed, 0xa0, 0x80)).unreadable?.place).toMatchObject({ line: 1, column: 3 });
  });

  it('reports a file that is not UTF-8, where the bad byte is', () => {
    const dir = copyOfMinimal('latin1');
    writeFileSync(
      join(dir, 'team/ana-lopez.yaml'),
      Buffer.concat([Buffer.from('name: Ana L'), Buffer.from([0xf3]), Buffer.from('pez\nrole: kam\n')]),
    );
    expect(messagesOnDisk(dir).filter((line) => line.includes('[encoding]'))).toEqual([
      'team/ana-lopez.yaml:1:12  error  This file is not UTF-8 text: byte 0xF3 at line 1, column 12 is not valid UTF-8. Content files must be UTF-8; save the file again as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252, or it is not a text file).  [encoding]',
    ]);
  });

  it('reports symbolic links instead of following them or skipping them silently', () => {
    const dir = copyOfMinimal('symlinks');
    const value = join(dir, 'accounts/acme/value/daily-replenishment.mdx');
    unlinkSync(value);
    symlinkSync('/etc/hostname', value);
    symlinkSync('../ana-lopez.yaml', join(dir, 'team/ana-copy.yaml'));
    expect(messagesOnDisk(dir).filter((line) => line.includes('[symlink]'))).toEqual([
      'accounts/acme/value/daily-replenishment.mdx:1:1  error  This is a symbolic link to `/etc/hostname`, outside the content folder. Keyplan does not follow links, because the site would publish whatever they point to. Replace the link with the file itself.  [symlink]',
      'team/ana-copy.yaml:1:1  error  This is a symbolic link to `../ana-lopez.yaml`. Keyplan does not follow links, because the site would publish whatever they point to. Replace the link with the file itself.  [symlink]',
    ]);
  });

  it('tells folders that differ only in case, or that Windows cannot hold, apart from a new account', () => {
    const lines = messagesOf(
      withChanges({
        'content/accounts/Acme/plan.mdx': (text) => text,
        'content/accounts/Nueva Cuenta/plan.mdx': '---\naccount: X\n---\n',
        'content/accounts/aux/plan.mdx': '---\naccount: X\n---\n',
      }),
      ['duplicate-id', 'slug', 'device-name'],
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/accounts/Acme/plan.mdx:1:1  error  The account folder name \`Acme\` differs from \`acme\` only in letter case or accents. On macOS and Windows they are the same name, so one would silently replace the other, and ids are lowercase. Merge \`Acme\` into \`acme\` and delete it.  [duplicate-id]",
        "content/accounts/aux/plan.mdx:1:1  error  The account folder name \`aux\` is a name Windows keeps for a device, so this cannot be checked out on Windows. Rename it, for example to \`aux-1\`.  [device-name]",
        "content/accounts/Nueva Cuenta/plan.mdx:1:1  error  The account folder name \`Nueva Cuenta\` is not a lowercase slug, so it cannot be an id. Rename it to \`nueva-cuenta\`.  [slug]",
      ]
    `);
  });

  it('says what to do when settings.yaml is deleted', () => {
    expect(messagesOf(withChanges({ 'content/settings.yaml': null }), ['settings'])).toEqual([
      'content/settings.yaml:1:1  error  `content/settings.yaml` is missing. Create it with at least `company: Your Company`.  [settings]',
    ]);
  });
});

describe('npm run check on broken trees', () => {
  /** Each scenario: a copy of the minimal fixture, broken one way on disk. */
  const scenarios: Record<string, (dir: string) => void> = {
    'a YAML bomb': (dir) => writeFileSync(join(dir, 'settings.yaml'), `company: X\n${BOMB}\n`),
    'a 10 MB file': (dir) =>
      writeFileSync(join(dir, 'accounts/acme/value/huge.mdx'), `---\ntitle: Huge\nstatus: draft\n---\n${'x'.repeat(10 * 1024 * 1024)}`),
    'binary junk': (dir) =>
      writeFileSync(
        join(dir, 'accounts/acme/value/junk.mdx'),
        Buffer.from(Array.from({ length: 65536 }, (_, index) => (index * 131 + 7) % 256)),
      ),
    'bytes that are not UTF-8': (dir) =>
      writeFileSync(join(dir, 'team/ben-okafor.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe, 0x0a])),
    'a symbolic link out of the content folder': (dir) => symlinkSync('/etc/passwd', join(dir, 'accounts/acme/value/passwd.mdx')),
    'folders differing only in case': (dir) => cpSync(join(dir, 'accounts/acme'), join(dir, 'accounts/Acme'), { recursive: true }),
    'a deleted settings.yaml': (dir) => unlinkSync(join(dir, 'settings.yaml')),
    'a renamed content folder inside': (dir) => renameSync(join(dir, 'accounts'), join(dir, 'Accounts')),
  };

  for (const [name, breakIt] of Object.entries(scenarios)) {
    it(`exits 1 with positioned messages and no stack trace on ${name}`, () => {
      const dir = copyOfMinimal(name.replaceAll(' ', '-'));
      breakIt(dir);
      const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, KEYPLAN_CONTENT: dir, KEYPLAN_TODAY: '2026-11-23' },
        timeout: 20_000,
      });
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toMatch(/^\s+at /m);
      expect([0, 1]).toContain(result.status);
      if (name !== 'a renamed content folder inside') expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/:\d+:\d+ {2}(error|warning) {2}.+\[[a-z-]+\]$/m);
    });
  }
});
