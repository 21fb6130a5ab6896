/**
 * The Mermaid configuration authors' ```mermaid blocks are rendered with, at build time in Chromium
 * and by the in-browser fallback (generated diagrams are drawn without Mermaid: `draw/`). It is
 * part of the render cache key: changing it re-renders every block.
 *
 * - `securityLevel: 'strict'`: labels are sanitised and click handlers are off.
 * - `htmlLabels: true`: flowchart labels with `htmlLabels: false` show Mermaid's entity codes
 *   literally in Mermaid 12 (a name with `"` would show `&quot;`), so flowcharts keep HTML labels
 *   (a `<foreignObject>`, which inline SVG in HTML renders and prints). Gantt and quadrant charts
 *   draw plain SVG text either way.
 * - Light theme with dark text: readable on paper; dark mode darkens the SVG with a CSS filter
 *   (see `Diagram.astro`) rather than rendering every diagram twice.
 * - `look: 'classic'` without drop shadows: shadows turn into glows once the colours are inverted.
 * - Layout `dagre`: elk would add 450 KB to the client fallback for no gain on these graphs.
 * - `maxTextSize` and `maxEdges` well above Mermaid's defaults (50,000 characters, 500 edges): past
 *   them Mermaid silently draws "Maximum text size in diagram exceeded" instead of the chart, which
 *   a stakeholder map of about 350 people reaches.
 */
export const mermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  // Keys an author's `%%{init}%%` directive or diagram frontmatter may not change (Mermaid drops them):
  // Mermaid's own list, and what could load from elsewhere (`themeCSS`, `url()` in theme variables),
  // loosen sanitising (`dompurifyConfig`, `htmlLabels`) or change every diagram's look. The check
  // reports them first (`checkStrictBody`); this is the second wall, for trusted bodies too.
  secure: [
    'secure',
    'securityLevel',
    'startOnLoad',
    'maxTextSize',
    'suppressErrorRendering',
    'maxEdges',
    'themeCSS',
    'themeVariables',
    'fontFamily',
    'altFontFamily',
    'darkMode',
    'htmlLabels',
    'dompurifyConfig',
    'arrowMarkerAbsolute',
    'legacyMathML',
    'forceLegacyMathML',
  ],
  theme: 'base',
  look: 'classic',
  layout: 'dagre',
  maxTextSize: 5_000_000,
  maxEdges: 20_000,
  htmlLabels: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  themeVariables: {
    background: 'transparent',
    primaryColor: '#eef1f5',
    primaryBorderColor: '#4a5568',
    primaryTextColor: '#1a202c',
    lineColor: '#4a5568',
    textColor: '#1a202c',
    clusterBkg: '#f8f9fb',
    clusterBorder: '#a0aec0',
    edgeLabelBackground: '#ffffff',
    fontSize: '15px',
    quadrant1Fill: '#e6f4ea',
    quadrant2Fill: '#eef3fb',
    quadrant3Fill: '#f5f5f5',
    quadrant4Fill: '#fdf5e6',
    quadrant1TextFill: '#1a202c',
    quadrant2TextFill: '#1a202c',
    quadrant3TextFill: '#1a202c',
    quadrant4TextFill: '#1a202c',
    quadrantPointFill: '#1f4e8c',
    quadrantPointTextFill: '#1a202c',
    quadrantXAxisTextFill: '#1a202c',
    quadrantYAxisTextFill: '#1a202c',
    quadrantInternalBorderStrokeFill: '#a0aec0',
    quadrantExternalBorderStrokeFill: '#4a5568',
    // Gantt: planned blue-grey, active (in progress) blue, done grey, crit (blocked) red.
    taskBkgColor: '#c5d3e8',
    taskBorderColor: '#4a6891',
    taskTextColor: '#1a202c',
    taskTextDarkColor: '#1a202c',
    taskTextOutsideColor: '#1a202c',
    activeTaskBkgColor: '#3d7bd9',
    activeTaskBorderColor: '#1f4e8c',
    doneTaskBkgColor: '#d5d8dc',
    doneTaskBorderColor: '#7b8794',
    critBkgColor: '#e53935',
    critBorderColor: '#8e1b1b',
    sectionBkgColor: '#eef1f6',
    altSectionBkgColor: '#ffffff',
    sectionBkgColor2: '#eef1f6',
    gridColor: '#d0d6de',
  },
  flowchart: { htmlLabels: true, wrappingWidth: 220, nodeSpacing: 30, rankSpacing: 45, padding: 12 },
  gantt: {
    fontSize: 13,
    sectionFontSize: 12,
    barHeight: 20,
    barGap: 28,
    topPadding: 36,
    leftPadding: 140,
    gridLineStartPadding: 30,
    numberSectionStyles: 4,
    useWidth: 960,
  },
  quadrantChart: { chartWidth: 560, chartHeight: 560, pointLabelFontSize: 13, quadrantLabelFontSize: 15, axisLabelFontSize: 15 },
} as const;

/** The id Mermaid gives a rendered SVG and prefixes to its inner ids: a hash, so unique per diagram. */
export const svgIdOf = (hash: string) => `kpd${hash.slice(0, 12)}`;
