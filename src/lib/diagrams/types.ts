import type { Action } from '../../schemas/plan.ts';
import type { Stakeholder } from '../../schemas/stakeholders.ts';
import type { Quadrant } from '../view/selection.ts';

/** The diagrams Keyplan draws from data. */
const diagramKinds = ['org-chart', 'coverage', 'timeline', 'matrix'] as const;
export type DiagramKind = (typeof diagramKinds)[number];

/** One diagram: what to draw, its Mermaid text and the words a screen reader and a caption need. */
export interface DiagramSpec {
  /** Stable name within a build, e.g. `org-chart:acme` or `matrix`. */
  key: string;
  kind: DiagramKind;
  /**
   * The same diagram as Mermaid text, offered to copy into slides and documents. Labels people
   * typed are escaped (see `escape.ts`).
   */
  code: string;
  /** What the build draws as SVG (`draw/`): the data, with every word already in the site's language. */
  drawing: Drawing;
  /** Short accessible name: the figure's caption and the SVG's `<title>`. */
  title: string;
  /** A sentence or two saying what the picture shows: the SVG's `<desc>`. */
  description: string;
}

type Drawing = OrgChartDrawing | CoverageDrawing | TimelineDrawing | MatrixDrawing;

type Stance = NonNullable<Stakeholder['stance']>;
type Influence = NonNullable<Stakeholder['influence']>;

export interface OrgChartDrawing {
  kind: 'org-chart';
  people: {
    id: string;
    name: string;
    title?: string;
    /** Buying role and stance in words, so colour is never the only cue. */
    role?: string;
    stance?: Stance;
    influence?: Influence;
    /** The id of the person's boss in the map; absent for the top of a tree. */
    parent?: string;
  }[];
  legend: { title: string; stances: { stance: Stance; label: string }[]; influence: { level: Influence; label: string }[] };
}

export interface CoverageDrawing {
  kind: 'coverage';
  ourTitle: string;
  theirTitle: string;
  ours: { id: string; name: string; detail?: string }[];
  theirs: {
    id: string;
    name: string;
    detail?: string;
    influence?: Influence;
    /** Set when nobody covers a high-influence person. */ flag?: string;
  }[];
  links: { from: string; to: string; relationship?: NonNullable<Stakeholder['relationship']>; label?: string }[];
}

export interface TimelineDrawing {
  kind: 'timeline';
  /** BCP 47 locale for dates. */
  locale: string;
  /** The build's date (`KEYPLAN_TODAY` or the day of the build), `YYYY-MM-DD`; no marker without it. */
  today?: string;
  todayLabel: string;
  period: { start: string; end: string; label: string };
  rows: { title: string; status: Action['status']; statusLabel: string; owner?: string; due: string }[];
}

export interface MatrixDrawing {
  kind: 'matrix';
  axes: { weak: string; strong: string; low: string; high: string };
  quadrants: Record<Exclude<Quadrant, 'unscored'>, string>;
  points: { name: string; attractiveness: number; position: number; coInvestment?: number; quadrant: Exclude<Quadrant, 'unscored'> }[];
  legend: { title: string; notScored: string };
}
