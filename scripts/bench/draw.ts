import { portfolioDiagrams } from '../../src/lib/diagrams/index.ts';
import { drawDiagram } from '../../src/lib/diagrams/draw/index.ts';
import type { DiagramKind } from '../../src/lib/diagrams/types.ts';
import type { SourceFile } from '../../src/lib/model.ts';
import { runEngine } from '../../src/lib/check/engine.ts';
import { fontMeasure } from '../../src/node/diagrams/fonts.ts';

export interface DrawTimings {
  /** The first drawing of the process: the font files are read and decompressed then. */
  firstMs: number;
  /** Per kind: how many, median and slowest, in ms. */
  kinds: { kind: DiagramKind; count: number; medianMs: number; p95Ms: number }[];
}

/**
 * Draws every generated diagram of a portfolio in this process with no cache, timing each: the
 * cost a cold build pays per diagram, without Astro around it.
 */
export function drawTimings(files: readonly SourceFile[], today: string): DrawTimings {
  const { portfolio } = runEngine(files, { today });
  const specs = portfolioDiagrams(portfolio, today);
  const started = performance.now();
  const measure = fontMeasure();
  drawDiagram(specs[0]!, 'kpdbench', measure);
  const firstMs = performance.now() - started;
  const times = new Map<DiagramKind, number[]>();
  for (const spec of specs) {
    const begin = performance.now();
    drawDiagram(spec, 'kpdbench', measure);
    const list = times.get(spec.kind) ?? [];
    list.push(performance.now() - begin);
    times.set(spec.kind, list);
  }
  const kinds = [...times].map(([kind, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return {
      kind,
      count: list.length,
      medianMs: sorted[Math.floor(sorted.length / 2)]!,
      p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
    };
  });
  return { firstMs, kinds };
}
