import { checksEn } from '../i18n/check-en.ts';
import type { Root } from 'mdast';
import type {} from 'remark-mdx';
import type { Node, Point } from 'unist';
import { visit } from 'unist-util-visit';
import { bodyRuleStrings } from '../i18n/body-rules.ts';
import { unsafeLinkReason, unsafeScheme } from './url-safety.ts';

/** One thing in an MDX body that could run code in the build or in a reader's browser. */
export interface SafetyFinding {
  reason: string;
  place: Point;
  ruleId: 'unsafe-link' | 'mdx-import' | 'unsafe-html' | 'mdx-component';
}

/** What an animation element can do to the link around it. */
const ANIMATES_LINK = 'can turn a link into a `javascript:` link when it is clicked';
/**
 * Elements refused in a body, with what each could do: the strict rules' words (trusted mode speaks
 * English), and SVG animation, which only trusted bodies could otherwise reach.
 */
const REFUSED_ELEMENTS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'style'].map((name) => [
      name,
      bodyRuleStrings('en').why[name]!,
    ]),
  ),
  animate: ANIMATES_LINK,
  set: ANIMATES_LINK,
  animatemotion: ANIMATES_LINK,
  animatetransform: ANIMATES_LINK,
};
/** Attributes whose value is followed as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'srcset']);
/** Attributes that write raw HTML, past the escaping every other value gets. */
const RAW_HTML_ATTRIBUTES = new Set(['set:html', 'dangerouslysetinnerhtml', 'srcdoc']);
/** A dangerous scheme anywhere in an attribute expression's source: `{'java' + 'script:'}` is not caught, and is code review's job. */
const SCHEME_IN_CODE = /(?:java|vb)\s*script\s*:|data\s*:\s*text\/html/i;

const FIRST: Point = { line: 1, column: 1 };
// The trusted mode's refusals are still worded in English only (they are computed before the
// settings are read, in the parse workers); the strict allowlist's are in every language.
const TRUSTED_WORDS = checksEn;
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
  const add = (ruleId: SafetyFinding['ruleId'], reason: string, place: Point) => findings.push({ ruleId, reason, place });

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
            unsafeLinkReason(node.type === 'image' ? 'This image' : 'This link', node.url, scheme, TRUSTED_WORDS),
            start(node),
          );
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const html = /^[a-z]/.test(name);
        // Capitalised names are components (imported from the project, so reviewed code), not HTML elements.
        const refused = html && Object.hasOwn(REFUSED_ELEMENTS, name) ? REFUSED_ELEMENTS[name] : undefined;
        const component = name.split('.')[0]!;
        if (!html && name !== '' && !declared.has(component)) {
          // The MDX compiler accepts it and the page fails to render (`<SCRIPT>` is a component to MDX).
          add(
            'mdx-component',
            `\`<${name}>\` is not imported in this file, so the page cannot be built. Import it (\`import ${component} from './${component}.astro'\`), or write the HTML element in lower case.`,
            start(node),
          );
        }
        if (refused)
          add(
            'unsafe-html',
            `\`<${name}>\` is not allowed in a body: it ${refused}. Remove it${refused.startsWith('embeds') ? '; link to the document instead' : ''}.`,
            start(node),
          );
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            // On a component too: `<Fragment {...{'set:html': …}} />` writes raw HTML.
            add(
              'unsafe-html',
              `\`<${name} {${attribute.value}}>\` spreads attributes${html ? ' into an HTML element' : ''}, so it can add event handlers or raw HTML. Write each attribute out.`,
              start(attribute as Node),
            );
            continue;
          }
          const attr = attribute.name.toLowerCase();
          const place = start(attribute as Node) === FIRST ? start(node) : start(attribute as Node);
          if (/^on[a-z]/.test(attr)) {
            add(
              'unsafe-html',
              `\`${attribute.name}\` on \`<${name}>\` is an inline event handler: it runs code in the reader's browser. Remove it.`,
              place,
            );
          } else if (RAW_HTML_ATTRIBUTES.has(attr)) {
            add(
              'unsafe-html',
              `\`${attribute.name}\` on \`<${name}>\` writes raw HTML past the escaping every other value gets. Write the content as Markdown instead.`,
              place,
            );
          } else if (URL_ATTRIBUTES.has(attr)) {
            const value = attribute.value;
            if (typeof value === 'string') {
              const scheme = unsafeScheme(value);
              if (scheme)
                add('unsafe-link', unsafeLinkReason(`\`${attribute.name}\` on \`<${name}>\``, value, scheme, TRUSTED_WORDS), place);
            } else if (value && SCHEME_IN_CODE.test(value.value)) {
              add(
                'unsafe-link',
                `\`${attribute.name}\` on \`<${name}>\` computes a \`javascript:\`, \`vbscript:\` or \`data:\` URL, which can run code in the reader's browser. Link to an \`https:\` address or a page of the site instead.`,
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
          const problem =
            found.source === undefined ? 'computes what it imports, so it cannot be checked' : outsideProject(found.source, path);
          if (problem)
            add(
              'mdx-import',
              `\`${found.source === undefined ? 'import(…)' : found.source}\` ${problem}. A body may import only files inside the project, by a relative path such as \`./chart.astro\`.`,
              place,
            );
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
function outsideProject(source: string, path: string): string | undefined {
  if (!source.startsWith('./') && !source.startsWith('../')) {
    return /^[a-z][a-z0-9+.-]*:/i.test(source) || source.startsWith('/')
      ? 'is not a relative path'
      : 'is a package, not a file of the project: a package can run any code while the site builds';
  }
  const segments = path.split('/').slice(0, -1);
  for (const segment of source.replace(/[?#].*$/, '').split('/')) {
    if (segment === '..') {
      if (segments.length === 0) return 'points outside the project';
      segments.pop();
    } else if (segment !== '.' && segment !== '') {
      segments.push(segment);
    }
  }
  return undefined;
}
