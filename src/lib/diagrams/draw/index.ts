import type { DiagramSpec } from '../types.ts';
import { drawCoverage } from './coverage.ts';
import type { Measure } from './measure.ts';
import { drawMatrix } from './matrix.ts';
import { drawOrgChart } from './org-chart.ts';
import { svgRoot } from './svg.ts';
import { drawTimeline } from './timeline.ts';

export type { Measure } from './measure.ts';
export { MIN_FONT_SIZE } from './measure.ts';

/**
 * Bumped whenever a drawing changes how it looks: it is part of the render cache key, so every
 * diagram drawn by an older version is drawn again.
 */
export const DRAWING_VERSION = 2;

/**
 * The SVG of a generated diagram, with no browser: plain `<text>` measured with the site's
 * diagram font, colours as CSS classes that the page's stylesheet fills from custom properties
 * (one SVG for light, dark and print). The same spec gives the same bytes.
 */
export function drawDiagram(spec: DiagramSpec, id: string, measure: Measure): string {
  const { drawing } = spec;
  const drawn =
    drawing.kind === 'org-chart'
      ? drawOrgChart(drawing, measure)
      : drawing.kind === 'coverage'
        ? drawCoverage(drawing, id, measure)
        : drawing.kind === 'timeline'
          ? drawTimeline(drawing, measure)
          : drawMatrix(drawing, measure);
  return svgRoot(
    { id, kind: spec.kind, width: drawn.width, height: drawn.height, title: spec.title, description: spec.description },
    drawn.body,
  );
}
