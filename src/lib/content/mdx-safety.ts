import type { Root } from 'mdast';
import type {} from 'remark-mdx';
import type { Node, Point } from 'unist';
import { visit } from 'unist-util-visit';
import { BODY_RULE_LOCALES, bodyRuleStrings, type BodyRuleStrings, type ImportProblem } from '../../i18n/body-rules.ts';
import { uiStrings } from '../../i18n/index.ts';
import type { CheckStrings } from '../../i18n/check-types.ts';
import type { LocalizedReason } from './body-allowlist.ts';
import { unsafeLinkReason, unsafeScheme } from './url-safety.ts';

/** One thing in an MDX body that could run code in the build or in a reader's browser. */
export interface SafetyFinding {
  /** In every language: the findings are made before the settings name the portfolio's. */
  reason: LocalizedReason;
  place: Point;
  ruleId: 'unsafe-link' | 'mdx-import' | 'unsafe-html' | 'mdx-component';
}

/**
 * Elements refused in a body, with what each could do (`null`: SVG animation, which can turn the link
 * around it into a `javascript:` link): the strict rules' own reasons, and SVG animation, which only
 * trusted bodies could otherwise reach.
 */
const REFUSED_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'style',
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
]);
const ANIMATION = /^(animate|set|animatemotion|animatetransform)$/;
/** Elements that embed a document, which a link to it can replace. */
const EMBEDS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed']);

/** A refusal in every language. */
const say = (message: (words: BodyRuleStrings, checks: CheckStrings) => string): LocalizedReason =>
  Object.fromEntries(
    BODY_RULE_LOCALES.map((locale) => [locale, message(bodyRuleStrings(locale), uiStrings(locale).checks)]),
  ) as LocalizedReason;
/** Attributes whose value is followed as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'srcset']);
/** Attributes that write raw HTML, past the escaping every other value gets. */
const RAW_HTML_ATTRIBUTES = new Set(['set:html', 'dangerouslysetinnerhtml', 'srcdoc']);
/** A dangerous scheme anywhere in an attribute expression's source: `{'java' + 'script:'}` is not caught, and is code review's job. */
const SCHEME_IN_CODE = /(?:java|vb)\s*script\s*:|data\s*:\s*text\/html/i;

const FIRST: Point = { line: 1, column: 1 };
const start = (node: Node): Point => node.position?.start ?? FIRST;

/**
 * Checks an MDX body for what the trust model refuses (see README, "Trust model"): links with
 * `javascript:`, `vbscript:` or `data:` URLs, imports of anything but a relative path inside the
 * project, inline event handlers and raw-HTML attributes, and elements that run or embed code.
 * Pure: it reads the syntax tree `parseMdx` built, with positions, and `path` (the file's path from
 * the project root) to tell whether a relative import stays inside the project.
 */
export function checkMdxSafety(tree: Root, path: string): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  const add = (ruleId: SafetyFinding['ruleId'], reason: LocalizedReason, place: Point) => findings.push({ ruleId, reason, place });

  const declared = declaredNames(tree);
  visit(tree, (node) => {
    switch (node.type) {
      case 'link':
      case 'definition':
      case 'image': {
        const scheme = unsafeScheme(node.url);
        if (scheme)
          add(
            'unsafe-link',
            say((words, checks) =>
              unsafeLinkReason(node.type === 'image' ? words.trusted.thisImage : words.trusted.thisLink, node.url, scheme, checks),
            ),
            start(node),
          );
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const html = /^[a-z]/.test(name);
        // Capitalised names are components (imported from the project, so reviewed code), not HTML elements.
        const refused = html && REFUSED_ELEMENTS.has(name);
        const component = name.split('.')[0]!;
        if (!html && name !== '' && !declared.has(component)) {
          // The MDX compiler accepts it and the page fails to render (`<SCRIPT>` is a component to MDX).
          add(
            'mdx-component',
            say((words) => words.trusted.undeclared(name, component)),
            start(node),
          );
        }
        if (refused)
          add(
            'unsafe-html',
            say((words) => {
              const why = ANIMATION.test(name) ? words.trusted.animates : words.why[name]!;
              return words.trusted.refused(name, why, EMBEDS.has(name));
            }),
            start(node),
          );
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            // On a component too: `<Fragment {...{'set:html': …}} />` writes raw HTML.
            const source = attribute.value;
            add(
              'unsafe-html',
              say((words) => words.trusted.spread(name, source, html)),
              start(attribute as Node),
            );
            continue;
          }
          const attr = attribute.name.toLowerCase();
          const place = start(attribute as Node) === FIRST ? start(node) : start(attribute as Node);
          if (/^on[a-z]/.test(attr)) {
            add(
              'unsafe-html',
              say((words) => words.handler(attribute.name, name)),
              place,
            );
          } else if (RAW_HTML_ATTRIBUTES.has(attr)) {
            add(
              'unsafe-html',
              say((words) => words.trusted.rawHtml(attribute.name, name)),
              place,
            );
          } else if (URL_ATTRIBUTES.has(attr)) {
            const value = attribute.value;
            if (typeof value === 'string') {
              const scheme = unsafeScheme(value);
              if (scheme)
                add(
                  'unsafe-link',
                  say((words, checks) => unsafeLinkReason(words.trusted.attributeOn(attribute.name, name), value, scheme, checks)),
                  place,
                );
            } else if (value && SCHEME_IN_CODE.test(value.value)) {
              add(
                'unsafe-link',
                say((words) => words.trusted.computedUrl(attribute.name, name)),
                place,
              );
            }
          }
        }
        return;
      }
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        for (const found of importsIn(node.data?.estree)) {
          const place: Point =
            found.line !== undefined && found.column !== undefined ? { line: found.line, column: found.column } : start(node);
          const problem = found.source === undefined ? 'computed' : outsideProject(found.source, path);
          if (problem) {
            const source = found.source ?? 'import(…)';
            add(
              'mdx-import',
              say((words) => words.trusted.importOutside(source, problem)),
              place,
            );
          }
        }
        return;
      }
      default:
        return;
    }
  });
  return findings.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
}

/** Names a body's ESM declares (imports, exported constants and functions), and Astro's own `Fragment`. */
function declaredNames(tree: Root): Set<string> {
  const names = new Set(['Fragment']);
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type === 'ImportDeclaration') for (const specifier of statement.specifiers) names.add(specifier.local.name);
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') names.add(declarator.id.name);
      } else if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id) {
        names.add(declaration.id.name);
      }
    }
  }
  return names;
}

interface FoundImport {
  /** The module specifier; undefined for a dynamic `import()` of a computed value. */
  source?: string;
  line?: number;
  column?: number;
}

/** Static imports, re-exports and dynamic `import()` calls anywhere in an ESM block or expression. */
function importsIn(program: unknown): FoundImport[] {
  const found: FoundImport[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as { type?: unknown; source?: unknown; loc?: { start: { line: number; column: number } } };
    const at = node.loc ? { line: node.loc.start.line, column: node.loc.start.column + 1 } : {};
    if (
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      (node.type === 'ExportNamedDeclaration' && node.source)
    ) {
      const source = (node.source as { value?: unknown } | null)?.value;
      found.push({ ...(typeof source === 'string' ? { source } : {}), ...at });
    } else if (node.type === 'ImportExpression') {
      const source = node.source as { type?: string; value?: unknown };
      found.push({ ...(source?.type === 'Literal' && typeof source.value === 'string' ? { source: source.value } : {}), ...at });
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'loc' && key !== 'range' && key !== 'position') walk(child);
    }
  };
  walk(program);
  return found;
}

/** Why an import specifier is refused, or undefined when it is a relative path that stays inside the project. */
function outsideProject(source: string, path: string): ImportProblem | undefined {
  if (!source.startsWith('./') && !source.startsWith('../')) {
    return /^[a-z][a-z0-9+.-]*:/i.test(source) || source.startsWith('/') ? 'not-relative' : 'package';
  }
  const segments = path.split('/').slice(0, -1);
  for (const segment of source.replace(/[?#].*$/, '').split('/')) {
    if (segment === '..') {
      if (segments.length === 0) return 'outside';
      segments.pop();
    } else if (segment !== '.' && segment !== '') {
      segments.push(segment);
    }
  }
  return undefined;
}
