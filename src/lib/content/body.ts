import type { Root, RootContent, Heading } from 'mdast';
import type { Position } from 'unist';
import { toString } from 'mdast-util-to-string';

/** A level-2 section of a body, with its level-3 subsections. */
export interface Section {
  /** Heading text as written. */
  title: string;
  /** Canonical key of a recognised method section (`knowledge`, `industry`, ...), if any. */
  key?: SectionKey;
  words: number;
  position?: Position;
  subsections: Section[];
}

/**
 * One top-level node of a body, in order: what the client view cuts sections by (`client-body.ts`),
 * kept in the outline so that the build need not parse the file again.
 */
export interface TopBlock {
  kind: 'esm' | 'heading' | 'other';
  /** A heading's level. */
  depth?: number;
  /** A heading's text. */
  title?: string;
  /** Where the node starts in the file's text. */
  offset: number;
}

/** The top-level nodes of a body (the frontmatter aside), as `TopBlock`s. */
export function topBlocks(tree: Root): TopBlock[] {
  return tree.children.flatMap((node): TopBlock[] => {
    if (node.type === 'yaml') return [];
    const offset = node.position?.start.offset ?? 0;
    if (node.type === 'mdxjsEsm') return [{ kind: 'esm', offset }];
    if (node.type === 'heading') return [{ kind: 'heading', depth: node.depth, title: toString(node), offset }];
    return [{ kind: 'other', offset }];
  });
}

/** An outline of an MDX body: what completeness and pages need, without the tree. */
export interface BodyOutline {
  sections: Section[];
  /** Every word of prose, for placeholder checks. */
  placeholders: { word: string; position?: Position }[];
  /** The body's start, for messages about the body as a whole. */
  position?: Position;
  /** The body's top-level nodes, for the client view's cut. */
  blocks?: TopBlock[];
}

export type SectionKey = 'knowledge' | 'industry' | 'client' | 'vision' | 'commitment';

/** Headings of the method's sections, in English and Spanish, compared without accents and case. */
const SECTION_TITLES: Record<string, SectionKey> = {
  knowledge: 'knowledge',
  conocimiento: 'knowledge',
  industry: 'industry',
  industria: 'industry',
  client: 'client',
  cliente: 'client',
  vision: 'vision',
  commitment: 'commitment',
  compromiso: 'commitment',
};

export function sectionKey(title: string): SectionKey | undefined {
  const normal = title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();
  return SECTION_TITLES[normal];
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

// Upper-case whole words only: the Spanish "todo" (all) is not a placeholder.
const PLACEHOLDER = /\b(TODO|TBD|FIXME)\b|lorem ipsum/gi;

function isPlaceholder(match: string): boolean {
  return /lorem ipsum/i.test(match) || match === match.toUpperCase();
}

/** Builds the outline of an MDX body from its syntax tree. */
export function outline(tree: Root): BodyOutline {
  const sections: Section[] = [];
  const placeholders: BodyOutline['placeholders'] = [];
  let section: Section | undefined;
  let subsection: Section | undefined;

  const open = (node: Heading): Section => {
    const title = toString(node);
    const key = sectionKey(title);
    return { title, ...(key ? { key } : {}), words: 0, ...(node.position ? { position: node.position } : {}), subsections: [] };
  };

  for (const node of tree.children as RootContent[]) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && node.depth <= 2) {
      section = open(node);
      subsection = undefined;
      sections.push(section);
      continue;
    }
    if (node.type === 'heading' && node.depth === 3 && section) {
      subsection = open(node);
      section.subsections.push(subsection);
      continue;
    }
    const text = toString(node);
    for (const match of text.matchAll(PLACEHOLDER)) {
      if (isPlaceholder(match[0])) placeholders.push({ word: match[0], ...(node.position ? { position: node.position } : {}) });
    }
    const words = countWords(text);
    if (section) section.words += words;
    if (subsection) subsection.words += words;
  }
  const start = tree.children.find((node) => node.type !== 'yaml');
  return { sections, placeholders, ...(start?.position ? { position: start.position } : {}), blocks: topBlocks(tree) };
}
