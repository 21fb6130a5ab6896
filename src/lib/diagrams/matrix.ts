import type { Plan } from '../../schemas/plan.ts';
import type { Settings } from '../../schemas/settings.ts';
import { selectionOf, type Quadrant } from '../view/selection.ts';
import { quoted } from './escape.ts';
import type { DiagramStrings } from './strings.ts';
import type { DiagramSpec } from './types.ts';
import { truncate } from './wrap.ts';

/** The longest account name drawn as a point label; the quadrant lists beside the chart give it whole. */
const LABEL_MAX = 80;

export interface MatrixInput {
  accounts: readonly { id: string; plan: Plan }[];
  weights: Settings['selection']['weights'];
  strings: DiagramStrings;
  /** Plans drawn. @default ["active"] */
  statuses?: readonly Plan['status'][];
}

/** One account in the matrix: its scores (1–5) and where it is drawn (0–1). */
interface MatrixPoint {
  id: string;
  name: string;
  attractiveness: number;
  position: number;
  coInvestment?: number;
  quadrant: Exclude<Quadrant, 'unscored'>;
  x: number;
  y: number;
}

export interface SelectionMatrix {
  /** `undefined` when no account has both axes scored. */
  diagram?: DiagramSpec;
  points: MatrixPoint[];
  /** Accounts of the drawn statuses that lack a score, so cannot be placed. */
  unscored: { id: string; name: string }[];
}

/** A 1–5 score on a 0–1 axis: the method's threshold of 3 falls on Mermaid's midline. */
const axis = (score: number) => (score - 1) / 4;

/**
 * quadrantChart accepts only `0`, `1` or `0.<digits>` as a coordinate (`1.0` and `.5` are syntax
 * errors), so coordinates are rounded and written in that form. Six decimals place a point where
 * the drawn matrix does; shorter roundings of a third or a sixth read exactly like the rounded
 * ratios an audience build may hide (a share of wallet of 0.333), which the page then seemed to print.
 */
export function coordinate(value: number): string {
  const rounded = Math.round(Math.min(1, Math.max(0, value)) * 1_000_000) / 1_000_000;
  if (rounded >= 1) return '1';
  if (rounded <= 0) return '0';
  return String(rounded);
}

/**
 * The portfolio's selection matrix as a Mermaid quadrantChart: x = our competitive position,
 * y = attractiveness (weighted means of `settings.selection.weights`), point size = willingness
 * to co-invest. Quadrant 1 is top right in Mermaid.
 */
export function selectionMatrix({ accounts, weights, strings, statuses = ['active'] }: MatrixInput): SelectionMatrix {
  const points: MatrixPoint[] = [];
  const unscored: SelectionMatrix['unscored'] = [];
  for (const { id, plan } of accounts) {
    if (!statuses.includes(plan.status)) continue;
    const view = selectionOf(plan, weights);
    if (view.attractiveness === undefined || view.position === undefined || view.quadrant === 'unscored') {
      unscored.push({ id, name: plan.account });
      continue;
    }
    points.push({
      id,
      name: plan.account,
      attractiveness: view.attractiveness,
      position: view.position,
      ...(view.coInvestment !== undefined ? { coInvestment: view.coInvestment } : {}),
      quadrant: view.quadrant,
      x: axis(view.position),
      y: axis(view.attractiveness),
    });
  }
  if (points.length === 0) return { points, unscored };

  const q = strings.labels.quadrant;
  const m = strings.matrix;
  const lines = [
    'quadrantChart',
    `  x-axis "${quoted(m.weak)}" --> "${quoted(m.strong)}"`,
    `  y-axis "${quoted(m.low)}" --> "${quoted(m.high)}"`,
    `  quadrant-1 "${quoted(q.invest)}"`,
    `  quadrant-2 "${quoted(q.develop)}"`,
    `  quadrant-3 "${quoted(q.serve)}"`,
    `  quadrant-4 "${quoted(q.maintain)}"`,
  ];
  for (const point of points) {
    const radius = point.coInvestment === undefined ? 5 : 3 + 2 * point.coInvestment;
    lines.push(`  "${quoted(truncate(point.name, LABEL_MAX))}": [${coordinate(point.x)}, ${coordinate(point.y)}] radius: ${radius}`);
  }
  return {
    points,
    unscored,
    diagram: {
      key: 'matrix',
      kind: 'matrix',
      code: `${lines.join('\n')}\n`,
      drawing: {
        kind: 'matrix',
        axes: { weak: m.weak, strong: m.strong, low: m.low, high: m.high },
        quadrants: { invest: q.invest, develop: q.develop, maintain: q.maintain, serve: q.serve },
        points: points.map(({ name, attractiveness, position, coInvestment, quadrant }) => ({
          name,
          attractiveness,
          position,
          ...(coInvestment !== undefined ? { coInvestment } : {}),
          quadrant,
        })),
        legend: { title: m.coInvestment, notScored: m.notScored },
      },
      title: strings.matrix.title,
      description: strings.matrix.description(points.length),
    },
  };
}
