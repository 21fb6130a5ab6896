/**
 * Words drawn inside diagrams and their text alternatives that exist only in diagrams; enum labels
 * (stances, buying roles, quadrants…) come from the site's `labels`, so that a diagram and the table
 * beside it agree. See `src/lib/diagrams/strings.ts`.
 */
export interface DiagramPhrases {
  /** Summary of the disclosure that holds a diagram's Mermaid text. */
  source: string;
  legend: string;
  influence: (level: string) => string;
  notCovered: string;
  ourTeam: string;
  orgChart: { title: (account: string) => string; description: (people: number, roots: string[]) => string };
  coverage: {
    title: (account: string) => string;
    description: (links: number, ours: number, theirs: number) => string;
    model: { 'bow-tie': string; diamond: string; uncovered: string };
    uncovered: (names: string[]) => string;
  };
  timeline: {
    title: (account: string) => string;
    description: (dated: number, undated: number) => string;
    period: string;
    today: string;
  };
  matrix: {
    title: string;
    description: (accounts: number) => string;
    weak: string;
    strong: string;
    low: string;
    high: string;
    coInvestment: string;
    notScored: string;
  };
}
