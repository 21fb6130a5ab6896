import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, svg } from 'property-information';
import type { Point } from 'unist';
import { BODY_RULE_LOCALES, bodyRuleStrings } from '../../i18n/body-rules.ts';
import type { AllowlistFinding, LocalizedReason } from './body-allowlist.ts';

/**
 * SVG elements an image may hold: shapes, text, gradients, patterns, clipping, masks and filters,
 * with no way to run script, navigate or load anything from elsewhere. Not here: `script`,
 * `foreignObject` (embeds HTML), `a` (links), `image` and `feImage` (load other files), the animation
 * elements (`animate` and `set` can rewrite an `href` into `javascript:`), `iframe`, `use` of another
 * file (see `LOCAL_ONLY`).
 */
const ELEMENTS = new Set(
  (
    'svg g defs title desc metadata symbol use switch style path rect circle ellipse line polyline polygon text tspan textPath ' +
    'linearGradient radialGradient stop pattern clipPath mask marker filter feBlend feColorMatrix feComponentTransfer ' +
    'feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB ' +
    'feFuncG feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting ' +
    'feSpotLight feTile feTurbulence view'
  ).split(' '),
);
/** Editor namespaces whose elements browsers ignore (Inkscape writes them into every file). */
const EDITOR_PREFIXES = ['inkscape:', 'sodipodi:'];
/** Attributes that name another resource: only a fragment of the same file (`#gradient`) is allowed. */
const LOCAL_ONLY = new Set(['href', 'xLinkHref', 'src']);
/** CSS that loads something from elsewhere: `url(…)` other than `url(#id)`, and `@import`. */
const REMOTE_CSS = /url\(\s*(?!['"]?#)|@import|expression\(/i;

const say = (what: string, file: string): LocalizedReason =>
  Object.fromEntries(BODY_RULE_LOCALES.map((locale) => [locale, bodyRuleStrings(locale).svg(what, file)])) as LocalizedReason;

/**
 * Checks an SVG file of the content folder against an allowlist, since a body may show it as an
 * image and a reader may open it on its own (`/_astro/chart.…svg`), where a browser would run its
 * scripts, event handlers and links. Parsed with `hast-util-from-html` in SVG space (positions kept);
 * what the parser reads as a comment includes XML processing instructions, of which
 * `<?xml-stylesheet?>` would load a style sheet.
 */
export function checkSvg(text: string, path: string): AllowlistFinding[] {
  const findings: AllowlistFinding[] = [];
  const file = path.split('/').pop() ?? path;
  const add = (what: string, node: Nodes) =>
    findings.push({
      ruleId: 'unsafe-image',
      reason: say(what, file),
      place: node.position?.start ?? ({ line: 1, column: 1 } satisfies Point),
    });
  const tree = fromHtml(text, { fragment: true, space: 'svg' });
  // A stack of nodes with their parent's tag name, not recursion: any depth is walked.
  const stack: [Nodes, string][] = [[tree, '']];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (node.type === 'comment' && /^\?xml-stylesheet/i.test(node.value)) add('`<?xml-stylesheet?>`', node);
    if (node.type === 'text' && parent === 'style' && REMOTE_CSS.test(node.value)) add('`url(…)` or `@import` in a style sheet', node);
    if (node.type === 'element') {
      const refused = refusedElement(node);
      if (refused) {
        add(`\`<${node.tagName}>\``, node);
        continue;
      }
      for (const [name, value] of Object.entries(node.properties)) {
        const written = find(svg, name).attribute;
        const text = Array.isArray(value) ? value.join(' ') : String(value);
        if (/^on/i.test(name)) add(`\`${written}\` on \`<${node.tagName}>\``, node);
        else if (LOCAL_ONLY.has(name) && !text.trim().startsWith('#')) add(`\`${written}="${text}"\` on \`<${node.tagName}>\``, node);
        else if (REMOTE_CSS.test(text))
          add(`\`${written}="${text.length > 40 ? `${text.slice(0, 37)}…` : text}"\` on \`<${node.tagName}>\``, node);
      }
    }
    const tag = node.type === 'element' ? node.tagName : '';
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index]!, tag]);
  }
  return findings.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
}

function refusedElement(node: Element): boolean {
  if (EDITOR_PREFIXES.some((prefix) => node.tagName.startsWith(prefix))) return false;
  return !ELEMENTS.has(node.tagName);
}
