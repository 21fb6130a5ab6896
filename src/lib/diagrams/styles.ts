import type { Stakeholder } from '../../schemas/stakeholders.ts';

/**
 * Mermaid `classDef` lines shared by the org chart and the coverage map, in the Mermaid text that
 * each diagram offers to copy into slides: the same colours as the drawn SVG's light theme
 * (`Diagram.astro`), light fills with dark strokes that read on paper. Stance is never shown by
 * colour alone: the legend and the table beside the diagram name it.
 */
export const stanceClass: Record<NonNullable<Stakeholder['stance']>, string> = {
  champion: 'kpChampion',
  supporter: 'kpSupporter',
  neutral: 'kpNeutral',
  skeptic: 'kpSkeptic',
  blocker: 'kpBlocker',
};

export const influenceClass: Record<NonNullable<Stakeholder['influence']>, string> = {
  high: 'kpInfluenceHigh',
  medium: 'kpInfluenceMedium',
  low: 'kpInfluenceLow',
};

const STANCE_DEFS: Record<keyof typeof stanceClass, string> = {
  champion: 'fill:#c8ecc9,stroke:#1b5e20,color:#10300f',
  supporter: 'fill:#e3f4d7,stroke:#4b7f2a,color:#1f3310',
  neutral: 'fill:#eeeeee,stroke:#616161,color:#212121',
  skeptic: 'fill:#fde6c8,stroke:#a65c00,color:#3d2200',
  blocker: 'fill:#f9d0d0,stroke:#b71c1c,color:#3e0909',
};

const INFLUENCE_DEFS: Record<keyof typeof influenceClass, string> = {
  high: 'stroke-width:4px,font-weight:bold',
  medium: 'stroke-width:2px',
  low: 'stroke-width:1px,stroke-dasharray:4 3',
};

/** Class for people nobody on our team covers although their influence is high. */
export const UNCOVERED = 'kpUncovered';
/** Class for the people on our side of the coverage map. */
export const OURS = 'kpOurs';
/** Class for legend entries that only explain a style. */
export const LEGEND = 'kpLegend';

/** `classDef` lines for the classes a diagram actually uses. */
export function classDefs(used: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const [stance, name] of Object.entries(stanceClass)) {
    if (used.has(name)) lines.push(`  classDef ${name} ${STANCE_DEFS[stance as keyof typeof stanceClass]}`);
  }
  for (const [level, name] of Object.entries(influenceClass)) {
    if (used.has(name)) lines.push(`  classDef ${name} ${INFLUENCE_DEFS[level as keyof typeof influenceClass]}`);
  }
  if (used.has(UNCOVERED)) lines.push(`  classDef ${UNCOVERED} fill:#fff3f3,stroke:#c62828,stroke-width:3px,stroke-dasharray:6 4`);
  if (used.has(OURS)) lines.push(`  classDef ${OURS} fill:#e3ecfa,stroke:#1f4e8c,color:#0d2240`);
  if (used.has(LEGEND)) lines.push(`  classDef ${LEGEND} font-size:12px`);
  return lines;
}
