/** The diagrams Keyplan draws from data. */
export const diagramKinds = ['org-chart', 'coverage', 'timeline', 'matrix'] as const;
export type DiagramKind = (typeof diagramKinds)[number];

/** One diagram: its Mermaid text and the words a screen reader and a caption need. */
export interface DiagramSpec {
  /** Stable name within a build, e.g. `org-chart:acme` or `matrix`. */
  key: string;
  kind: DiagramKind;
  /** The Mermaid text. Labels people typed are escaped (see `escape.ts`). */
  code: string;
  /** Short accessible name: the figure's caption and the SVG's `<title>`. */
  title: string;
  /** A sentence or two saying what the picture shows: the SVG's `<desc>`. */
  description: string;
}
