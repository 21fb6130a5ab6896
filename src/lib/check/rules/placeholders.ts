import type { Point } from 'unist';
import type { BodyOutline, Section } from '../../content/body.ts';
import type { Doc } from '../../model.ts';
import { formatPath } from '../zod-messages.ts';
import type { CheckStrings } from '../../../i18n/check-types.ts';
import { fail, pass, type Check, type Finding } from './context.ts';

// The rule of body.ts's outline, applied here to headings and frontmatter text, which the outline
// does not scan: upper-case whole words only, so the Spanish "todo" (all) is not a placeholder.
const PLACEHOLDER = /\b(?:TODO|TBD|FIXME)\b|lorem ipsum/gi;

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[0]).filter((word) => /lorem/i.test(word) || word === word.toUpperCase());
}

/** "the placeholder `TODO`", "the placeholders `TODO` and `TBD`" */
function naming(t: CheckStrings, found: readonly string[]): string {
  return t.placeholders.naming([...new Set(found)]);
}

/** One finding per heading, and per other body node (paragraph, list, ...), that holds placeholders. */
function inBody(t: CheckStrings, path: string, body: BodyOutline | undefined): Finding[] {
  if (!body) return [];
  const findings: Finding[] = [];
  const headings = (sections: readonly Section[], depth: number) => {
    for (const section of sections) {
      const found = placeholdersIn(section.title);
      if (found.length) {
        findings.push({
          reason: t.placeholders.heading(`${'#'.repeat(depth)} ${section.title}`, naming(t, found)),
          hint: t.placeholders.giveTitle,
          file: path,
          place: section.position?.start ?? { line: 1, column: 1 },
        });
      }
      headings(section.subsections, depth + 1);
    }
  };
  headings(body.sections, 2);
  const byNode = new Map<string, { place: Point; words: string[] }>();
  for (const { word, position } of body.placeholders) {
    const place = position?.start ?? body.position?.start ?? { line: 1, column: 1 };
    const key = `${place.line}:${place.column}`;
    const entry = byNode.get(key) ?? { place, words: [] };
    entry.words.push(word);
    byNode.set(key, entry);
  }
  for (const { place, words } of byNode.values()) {
    findings.push({ reason: t.placeholders.body(naming(t, words)), hint: t.placeholders.write, file: path, place });
  }
  return findings;
}

/** One finding per frontmatter text value that is or holds a placeholder. */
function inFrontmatter(t: CheckStrings, doc: Doc<unknown>): Finding[] {
  const findings: Finding[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const found = placeholdersIn(value);
      if (found.length === 0) return;
      const field = `\`${formatPath(path)}\``;
      findings.push({
        reason:
          found.length === 1 && value.trim() === found[0]
            ? t.placeholders.isPlaceholder(field, value.trim())
            : t.placeholders.holds(field, naming(t, found), JSON.stringify(value)),
        hint: t.placeholders.writeValue,
        file: doc.path,
        place: doc.locate(path, 'value'),
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(doc.data, []);
  return findings;
}

/**
 * `placeholders`: no `TODO`, `TBD`, `FIXME` or "lorem ipsum" left in the account's documents: the
 * plan's body (headings included) and, because a placeholder there is just as unfinished, its
 * frontmatter text, the stakeholder map and the value propositions. Each is reported where it is.
 */
export const placeholders: Check = ({ account, plan, t }) => {
  const docs: Doc<unknown>[] = [plan, ...(account.stakeholders ? [account.stakeholders] : []), ...account.values];
  // In reading order, so that the plan report lists them as the messages do.
  const findings = docs.flatMap((doc) =>
    [...inFrontmatter(t, doc), ...inBody(t, doc.path, doc.body)].sort(
      (a, b) => a.place.line - b.place.line || a.place.column - b.place.column,
    ),
  );
  return findings.length ? fail(...findings) : pass(t.placeholders.passed(docs.length));
};
