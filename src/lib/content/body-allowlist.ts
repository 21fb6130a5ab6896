import type { Node as EstreeNode, Program } from 'estree';
import { defaultSchema } from 'hast-util-sanitize';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { find, html } from 'property-information';
import type {} from 'remark-mdx';
import type { Node, Point } from 'unist';
import { BODY_RULE_LOCALES, bodyRuleStrings, type BodyRuleStrings } from '../../i18n/body-rules.ts';
import type { Settings } from '../../schemas/settings.ts';
import { checkMermaidConfig } from './mermaid-directives.ts';
import { walkTree } from './walk.ts';

type Locale = Settings['locale'];

/** A refusal, worded in every interface language: the engine picks `settings.locale`'s. */
export type LocalizedReason = Readonly<Record<Locale, string>>;

export interface AllowlistFinding {
  reason: LocalizedReason;
  place: Point;
  ruleId: 'unsafe-link' | 'mdx-import' | 'mdx-expression' | 'mdx-component' | 'unsafe-html' | 'unsafe-image' | 'mermaid-config';
}

/**
 * HTML a body may write: GitHub's sanitizing schema (`hast-util-sanitize`'s default, the one github.com
 * applies to READMEs) with a few harmless text elements added. Forms, `style`, SVG, embedding and
 * scripting elements are not in it; `name` and `id` are left out too, since they could shadow the
 * page's own ids and globals (DOM clobbering), which the schema avoids by prefixing and a body cannot.
 */
const EXTRA_TAGS = ['abbr', 'caption', 'figure', 'figcaption', 'mark', 'small', 'u', 'cite', 'dfn', 'time', 'col', 'colgroup'];
const TAGS = new Set([...(defaultSchema.tagNames ?? []), ...EXTRA_TAGS]);
const DROPPED_ATTRIBUTES = new Set(['name', 'id', 'action', 'method', 'encType', 'acceptCharset', 'accept', 'form']);

/** Allowed attribute values by property name: `true` for any value, or the list of allowed values. */
type Allowed = Map<string, true | readonly (string | number | boolean)[]>;
function allowedFor(tag: string): Allowed {
  const allowed: Allowed = new Map();
  for (const entry of [...(defaultSchema.attributes?.['*'] ?? []), ...(defaultSchema.attributes?.[tag] ?? [])]) {
    if (typeof entry === 'string') allowed.set(entry, true);
    else {
      const [name, ...values] = entry;
      // `['className', /regex/]` style entries allow class names the site does not style: refused.
      const plain = values.filter((value): value is string | number | boolean => typeof value !== 'object' || value === null);
      allowed.set(name, plain);
    }
  }
  for (const name of DROPPED_ATTRIBUTES) allowed.delete(name);
  if (tag === 'time') allowed.set('dateTime', true);
  if (tag === 'abbr') allowed.set('title', true);
  return allowed;
}

/** Attributes followed as URLs, and the schemes they may use (GitHub's, less chat protocols). */
const URL_PROTOCOLS: Record<string, readonly string[]> = {
  href: ['http', 'https', 'mailto'],
  src: ['http', 'https'],
  cite: ['http', 'https'],
  longDesc: ['http', 'https'],
  srcSet: ['http', 'https'],
};
const RASTER = /\.(png|jpe?g|gif|webp|avif)$/i;
/** Property names that reach past the data to JavaScript objects (`frontmatter.constructor`). */
const NOT_DATA = new Set([
  'constructor',
  'prototype',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

const FIRST: Point = { line: 1, column: 1 };
const start = (node: Node): Point => node.position?.start ?? FIRST;
const say = (message: (strings: BodyRuleStrings) => string): LocalizedReason =>
  Object.fromEntries(BODY_RULE_LOCALES.map((locale) => [locale, message(bodyRuleStrings(locale))])) as LocalizedReason;

/**
 * The strict reading of a body (`settings.content.mdx: strict`, the default): content, not code.
 * Everything not on the list is refused, with its position: `import`/`export`, expressions other than
 * plain reads of `frontmatter.<path>`, components, HTML elements and attributes outside GitHub's
 * sanitizing schema, `style`, spreads, links other than `https:`, `http:`, `mailto:` and the site's own,
 * and images that are not raster files or `.svg` files of the same account folder (which the engine
 * checks with `checkSvg`).
 *
 * @param path the file's path from the project root, to tell whether a relative image stays inside
 *             its account folder
 */
export function checkStrictBody(tree: Root, path: string): AllowlistFinding[] {
  const findings: AllowlistFinding[] = [];
  const add = (ruleId: AllowlistFinding['ruleId'], reason: LocalizedReason, place: Point) => findings.push({ ruleId, reason, place });

  walkTree(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*export\b/.test(node.value) ? 'export' : 'import';
        add(
          'mdx-import',
          say((s) => s.esm(keyword)),
          start(node),
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isFrontmatterRead(node.data?.estree))
          add(
            'mdx-expression',
            say((s) => s.expression(`\`{${shorten(node.value)}}\``)),
            start(node),
          );
        return;
      case 'code':
        if (node.lang === 'mermaid')
          for (const problem of checkMermaidConfig(node)) add('mermaid-config', say(problem.message), problem.place);
        return;
      case 'link':
      case 'definition':
      case 'image': {
        if (!safeUrl(node.url, URL_PROTOCOLS['href']!))
          add(
            'unsafe-link',
            say((s) => s.link(node.type, node.url)),
            start(node),
          );
        else if (node.type === 'image' && !imageAllowed(node.url, path))
          add(
            'unsafe-image',
            say((s) => s.image(node.url)),
            start(node),
          );
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (name === null) return; // A fragment, `<>…</>`, adds nothing to the page.
        if (!/^[a-z][a-z0-9]*$/.test(name)) {
          const lower = name.toLowerCase();
          if (/^[a-z][a-z0-9]*$/.test(lower) && !TAGS.has(lower) && bodyRuleStrings('en').why[lower]) {
            add(
              'unsafe-html',
              say((s) => s.element(name, s.why[lower])),
              start(node),
            );
          } else
            add(
              'mdx-component',
              say((s) => s.component(name)),
              start(node),
            );
          return;
        }
        if (!TAGS.has(name)) {
          add(
            'unsafe-html',
            say((s) => s.element(name, s.why[name])),
            start(node),
          );
          return;
        }
        checkAttributes(name, node.attributes, start(node), path, add);
        return;
      }
      default:
        return;
    }
  });
  return findings.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
}

function checkAttributes(
  tag: string,
  attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  at: Point,
  path: string,
  add: (ruleId: AllowlistFinding['ruleId'], reason: LocalizedReason, place: Point) => void,
): void {
  const allowed = allowedFor(tag);
  for (const attribute of attributes) {
    const place = attribute.position?.start ?? at;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add(
        'unsafe-html',
        say((s) => s.spread(tag)),
        place,
      );
      continue;
    }
    const written = attribute.name;
    const property = find(html, written).property;
    if (/^on/i.test(written)) {
      add(
        'unsafe-html',
        say((s) => s.handler(written, tag)),
        place,
      );
      continue;
    }
    if (property === 'style') {
      add(
        'unsafe-html',
        say((s) => s.style(tag)),
        place,
      );
      continue;
    }
    const rule = allowed.get(property);
    if (rule === undefined) {
      add(
        'unsafe-html',
        say((s) => s.attribute(written, tag)),
        place,
      );
      continue;
    }
    const value = attribute.value;
    const protocols = URL_PROTOCOLS[property];
    if (value !== null && typeof value === 'object') {
      // A computed value: only a frontmatter read, and never where the value is followed as a URL.
      if (protocols || rule !== true || !isFrontmatterRead(value.data?.estree))
        add(
          'unsafe-html',
          say((s) => s.attributeExpression(written, tag)),
          place,
        );
      continue;
    }
    if (rule !== true && !rule.some((allowedValue) => String(allowedValue) === String(value ?? true))) {
      add(
        'unsafe-html',
        say((s) => s.attribute(`${written}="${value ?? ''}"`, tag)),
        place,
      );
      continue;
    }
    if (protocols && typeof value === 'string') {
      const urls = property === 'srcSet' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) {
        if (!safeUrl(url, protocols))
          add(
            'unsafe-link',
            say((s) => s.url(written, tag, url)),
            place,
          );
        else if (tag === 'img' && property === 'src' && !imageAllowed(url, path))
          add(
            'unsafe-image',
            say((s) => s.image(url)),
            place,
          );
      }
    }
  }
}

/**
 * Whether a URL is relative (a page or file of the site, an anchor) or uses one of `protocols`.
 * Browsers drop tabs and line breaks inside a scheme and ignore leading spaces and control characters
 * (`java\tscript:`), so those are removed before the scheme is read.
 */
function safeUrl(url: string, protocols: readonly string[]): boolean {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  // Character references are decoded by the MDX parser in Markdown, but JSX attribute text keeps `&#…;`.
  if (/&#|&[a-z]+;/i.test(cleaned.split(/[/?#]/)[0] ?? '')) return false;
  const colon = cleaned.indexOf(':');
  if (colon === -1) return true;
  const before = cleaned.slice(0, colon);
  // `./a:b` or `/x:y` is a path, not a scheme: a scheme comes before any `/`, `?` or `#`.
  if (/[/?#]/.test(before)) return true;
  return protocols.includes(before.toLowerCase());
}

/**
 * Raster images and `.svg` files (checked by `checkSvg`) inside the body's own account folder. Images
 * from other sites are refused, and blocked by the Content Security Policy: each reader's browser
 * would fetch them, telling that site who reads the plan and when.
 */
function imageAllowed(url: string, path: string): boolean {
  const bare = url.replace(/[?#].*$/, '');
  if ((!RASTER.test(bare) && !/\.svg$/i.test(bare)) || bare.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(bare)) return false;
  const segments = path.split('/').slice(0, -1);
  const accounts = segments.lastIndexOf('accounts');
  if (accounts === -1 || segments.length < accounts + 2) return false;
  const folder = segments.slice(0, accounts + 2);
  for (const segment of bare.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.length > folder.length && folder.every((segment, index) => segments[index] === segment);
}

/**
 * Whether an expression's program is empty (an MDX comment, `{/* … *\/}`) or a single plain read of
 * `frontmatter.<path>`: dots, optional chaining and literal indexes (`frontmatter.kpis[0].target`),
 * nothing that calls, assigns or names anything else.
 */
function isFrontmatterRead(program: Program | null | undefined): boolean {
  if (!program) return false;
  if (program.body.length === 0) return true;
  const [statement] = program.body;
  if (program.body.length !== 1 || statement?.type !== 'ExpressionStatement') return false;
  let node: EstreeNode = statement.expression;
  if (node.type === 'ChainExpression') node = node.expression;
  while (node.type === 'MemberExpression') {
    const property = node.property;
    if (node.computed) {
      if (property.type !== 'Literal' || (typeof property.value !== 'number' && typeof property.value !== 'string')) return false;
      if (NOT_DATA.has(String(property.value))) return false;
    } else if (property.type !== 'Identifier' || NOT_DATA.has(property.name)) {
      return false;
    }
    node = node.object;
  }
  return node.type === 'Identifier' && node.name === 'frontmatter';
}

const shorten = (source: string) => {
  const line = source.trim().replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};
