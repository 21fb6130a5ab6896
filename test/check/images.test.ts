import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../src/node/content-fs.ts';
import { ROOT } from '../helpers/site.ts';
import { linesOf, PLAN, SETTINGS, withChanges } from './helpers.ts';

/**
 * A body's relative image must be a file of the content tree: the check and the build agree (the
 * build stops on an image that is not there, so the check must say so first, with the place).
 */
const showing = (markdown: string, extra: Record<string, string | ((text: string) => string)> = {}) =>
  withChanges({ [PLAN]: (text: string) => `${text}\n${markdown}\n`, ...extra });
const asset = (path: string) => ({ path, text: '', asset: true as const });

describe('images in a body', () => {
  it('name the missing file, its place and what to do', () => {
    const lines = linesOf(showing('![Site plan](./site-plan.png)'), 'missing-image');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^content\/accounts\/acme\/plan\.mdx:\d+:1 {2}error {2}The image "\.\/site-plan\.png" is not in `content\/accounts\/acme\/`, so the page would have nothing to show and the site build would stop\. Save the image there, or correct the file name \(names are case-sensitive\)\. {2}\[missing-image\]$/,
    );
  });

  it('accept an image that is there, by any relative spelling, and `<img>` elements too', () => {
    const files = [
      ...showing('![Plan](./site%20plan.png) ![Again](site plan.png)\n\n<img src="../acme/logo.webp" alt="Logo" />'),
      asset('content/accounts/acme/site plan.png'),
      asset('content/accounts/acme/logo.webp'),
    ];
    expect(linesOf(files, 'missing-image')).toEqual([]);
    const missing = [...showing('<img src="./Logo.webp" alt="Logo" />'), asset('content/accounts/acme/logo.webp')];
    expect(linesOf(missing, 'missing-image')).toHaveLength(1);
    // Climbing above the content folder leaves it, whatever has the same name at its top.
    const above = [...showing('![Logo](../../../../logo.png)'), asset('content/logo.png')];
    expect(linesOf(above, 'missing-image')).toHaveLength(1);
  });

  it('say it in the site’s language', () => {
    const files = showing('![Plano](./plano.png)', {
      [SETTINGS]: (text: string) => text.replace(/^locale: .*$/m, '').trimEnd() + '\nlocale: es\n',
    });
    expect(linesOf(files, 'missing-image')[0]).toContain('La imagen "./plano.png" no está en `content/accounts/acme/`');
  });

  it('are listed from disk beside the content files, without being read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyplan-images-'));
    try {
      cpSync(join(ROOT, 'test/fixtures/minimal/content'), join(dir, 'content'), { recursive: true });
      writeFileSync(join(dir, 'content/accounts/acme/chart.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]));
      const files = readContentTree(join(dir, 'content'), dir);
      expect(files.find((file) => file.path === 'content/accounts/acme/chart.png')).toEqual({
        path: 'content/accounts/acme/chart.png',
        text: '',
        asset: true,
      });
      writeFileSync(
        join(dir, 'content/accounts/acme/plan.mdx'),
        `${files.find((file) => file.path === 'content/accounts/acme/plan.mdx')!.text}\n![Chart](./chart.png)\n`,
      );
      expect(
        linesOf(readContentTree(join(dir, 'content'), dir), ['missing-image', 'unreadable'], { root: relative(dir, join(dir, 'content')) }),
      ).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
