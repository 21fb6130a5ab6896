import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mermaidConfig } from '../../lib/diagrams/config.ts';
import { DRAWING_VERSION } from '../../lib/diagrams/draw/index.ts';
import type { DiagramSpec } from '../../lib/diagrams/types.ts';
import { fontVersion } from './fonts.ts';
import { mermaidPaths } from './mermaid-files.ts';

/** The render cache: `node_modules/.cache/keyplan-diagrams`, or `KEYPLAN_DIAGRAM_CACHE`. */
export function cacheDir(): string {
  return resolve(process.env['KEYPLAN_DIAGRAM_CACHE'] ?? 'node_modules/.cache/keyplan-diagrams');
}

/** The browser-free drawing of authors' blocks (`static-mermaid.ts`): bump when its post-processing changes. */
const STATIC_DRAWING = 1;

/**
 * The content hash of a diagram: its Mermaid text, Mermaid's version, the drawing without a browser
 * and the render configuration. Any of them changing means a new SVG.
 */
export function diagramHash(code: string): string {
  return createHash('sha256')
    .update(JSON.stringify([mermaidPaths().version, staticRendererVersion(), STATIC_DRAWING, mermaidConfig, code]))
    .digest('hex');
}

/**
 * The content hash of a generated diagram: what it draws, its words, the drawing code's version
 * and the font's. The build's date is part of a timeline's drawing, so its marker moves with it.
 */
export function drawingHash(spec: Pick<DiagramSpec, 'drawing' | 'title' | 'description'>): string {
  return createHash('sha256')
    .update(JSON.stringify(['draw', DRAWING_VERSION, fontVersion(), spec.drawing, spec.title, spec.description]))
    .digest('hex');
}

/** SVGs on disk by content hash. Several builds may share the folder: writes are atomic renames. */
export class SvgCache {
  readonly dir: string;

  constructor(dir = cacheDir()) {
    this.dir = dir;
  }

  get(hash: string): string | undefined {
    return this.#read(`${hash}.svg`);
  }

  has(hash: string): boolean {
    return existsSync(join(this.dir, `${hash}.svg`));
  }

  /** Whether the SVG is now on disk (a cache that cannot be written is no error). */
  set(hash: string, svg: string): boolean {
    return this.#write(`${hash}.svg`, svg);
  }

  /** Mermaid's message for text it rejected: the same text fails the same way, no browser needed. */
  getError(hash: string): string | undefined {
    return this.#read(`${hash}.error.txt`);
  }

  setError(hash: string, message: string): void {
    this.#write(`${hash}.error.txt`, message);
  }

  #read(name: string): string | undefined {
    try {
      return readFileSync(join(this.dir, name), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** A cache that cannot be written (read-only, full disk) costs the next build time, never this build. */
  #write(name: string, text: string): boolean {
    const temporary = join(this.dir, `${name}.${process.pid}.tmp`);
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temporary, text);
      renameSync(temporary, join(this.dir, name));
      return true;
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // No temporary file could have been written there either.
      }
      return false;
    }
  }
}

let staticVersion: string | undefined;

/** The installed beautiful-mermaid's version: an upgrade draws authors' blocks again. */
function staticRendererVersion(): string {
  if (staticVersion === undefined) {
    // The package exports no `package.json`: it is read where npm installs it.
    const manifest = join(process.cwd(), 'node_modules/beautiful-mermaid/package.json');
    staticVersion = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : 'unknown';
  }
  return staticVersion;
}
