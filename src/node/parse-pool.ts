import { Worker } from 'node:worker_threads';
import { MAX_FILE_CHARS } from '../lib/content/limits.ts';
import type { MdxParts } from '../lib/content/mdx-parts.ts';
import type { SourceFile } from '../lib/model.ts';

/**
 * Below this many MDX files, parsing them all in the main thread is faster than starting a worker,
 * which loads the MDX parser again (about 0.25 s on a 2-core machine, measured with 100–500 accounts).
 */
const PARALLEL_THRESHOLD = 300;

/** What the worker receives: the files to parse and the shared claim counter. */
export interface PoolTask {
  files: { path: string; text: string }[];
  /** Int32 slot 0: the next file index to claim; slot 1: set to 1 once the worker has started. */
  counter: SharedArrayBuffer;
}
export type PoolResult = [path: string, parts: MdxParts][];

/**
 * Parses the MDX files of a content tree in the main thread and one worker thread at once, for
 * `runEngine`'s `parts` option. Both threads claim files one at a time from a shared counter, so the
 * worker takes whatever share its start-up leaves it. Call it before loading the engine: the worker
 * starts loading the parser while the main thread loads the rest. Files the worker does not deliver (it failed,
 * or it had not started when the main thread finished) are left out: the engine parses them itself.
 */
export interface PoolOptions {
  /** Fewest MDX files worth a worker. @default PARALLEL_THRESHOLD */
  threshold?: number;
  /** Whether the main thread parses too; `false` leaves every file to the worker (for tests). @default true */
  mainThread?: boolean;
}

export async function parseMdxInParallel(files: readonly SourceFile[], options: PoolOptions = {}): Promise<Map<string, MdxParts>> {
  const { threshold = PARALLEL_THRESHOLD, mainThread = true } = options;
  const mdx = files
    .filter((file) => !file.unreadable && file.path.endsWith('.mdx') && file.text.length <= MAX_FILE_CHARS)
    .map(({ path, text }) => ({ path, text }));
  const parts = new Map<string, MdxParts>();
  if (mdx.length < threshold) return parts;

  const counter = new SharedArrayBuffer(8);
  const claims = new Int32Array(counter);
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { workerData: { files: mdx, counter } satisfies PoolTask });
  const delivered = new Promise<PoolResult>((resolve) => {
    worker.once('message', resolve);
    // A failed worker costs time, not results: its files are parsed by the engine.
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
  });

  // Loaded after the worker is started, so that both threads load the parser at the same time.
  const { parseMdxParts } = await import('../lib/content/mdx-parts.ts');
  if (!mainThread) return new Map(await delivered).entries().reduce((map, [path, part]) => map.set(path, part), parts);
  for (let index = Atomics.add(claims, 0, 1); index < mdx.length; index = Atomics.add(claims, 0, 1)) {
    const file = mdx[index]!;
    parts.set(file.path, parseMdxParts(file.text, file.path));
  }
  // Not started yet: it would only add its start-up time.
  if (Atomics.load(claims, 1) === 0) {
    await worker.terminate();
    return parts;
  }
  for (const [path, part] of await delivered) parts.set(path, part);
  await worker.terminate();
  return parts;
}
