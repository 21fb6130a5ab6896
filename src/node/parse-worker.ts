/**
 * The worker half of `parseMdxInParallel` (see `parse-pool.ts`): claims files from the shared counter
 * and parses them until none is left, then sends back the parts it computed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseMdxParts } from '../lib/content/mdx-parts.ts';
import type { PoolTask, PoolResult } from './parse-pool.ts';

const { files, counter } = workerData as PoolTask;
const claims = new Int32Array(counter);
Atomics.store(claims, 1, 1);
const parts: PoolResult = [];
for (let index = Atomics.add(claims, 0, 1); index < files.length; index = Atomics.add(claims, 0, 1)) {
  const file = files[index]!;
  parts.push([file.path, parseMdxParts(file.text, file.path)]);
}
parentPort!.postMessage(parts);
