import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Needle } from './needles.ts';

/** One file of a built site, as text: Pagefind's gzip files decompressed. */
export interface OutputFile {
  path: string;
  text: string;
}

/** Every file under `dir`, whatever its type; gzip files (Pagefind's fragments, indexes, filters, metadata) decompressed. */
export function readOutput(dir: string): OutputFile[] {
  const files: OutputFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        let bytes: Buffer = readFileSync(full);
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
        files.push({ path: relative(dir, full).split(sep).join('/'), text: bytes.toString('utf8') });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

export interface Hit {
  needle: Needle;
  file: string;
  /** A few characters around the hit. */
  around: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The ways a string can be written into HTML, JSON or a URL. */
function variants(text: string): string[] {
  const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const quoted = [html.replace(/"/g, '&quot;').replace(/'/g, '&#39;'), html.replace(/"/g, '&#34;').replace(/'/g, '&#x27;')];
  const json = JSON.stringify(text).slice(1, -1);
  const ascii = json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [...new Set([text, html, ...quoted, json, ascii, encodeURIComponent(text)])].filter((variant) => variant.length >= 3);
}

/** Where the site prints data: whole element texts, attribute values, class names, JSON values, CSV cells. */
function dataTokens(text: string, csv: boolean): Set<string> {
  const tokens = new Set<string>();
  for (const [, inner] of text.matchAll(/>([^<>]{1,400})</g)) tokens.add(normal(decodeEntities(inner!)));
  for (const [, name, value] of text.matchAll(/\s([\w:.-]+)=(?:"([^"]{0,400})"|'[^']{0,400}')/g)) {
    if (value === undefined) continue;
    const decoded = decodeEntities(value);
    tokens.add(normal(decoded));
    if (name === 'class') for (const token of decoded.split(/\s+/)) tokens.add(token);
  }
  for (const [literal] of text.matchAll(/"(?:[^"\\\n]|\\.){0,400}"/g)) {
    try {
      tokens.add(normal(JSON.parse(literal) as string));
    } catch {
      // Not a JSON string (a quote inside HTML or CSS): the other extractors cover it.
    }
  }
  for (const [, number] of text.matchAll(/[:[,]\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?=\s*[,}\]])/gi)) tokens.add(number!);
  if (csv) for (const line of text.split(/\r?\n/)) for (const cell of csvCells(line)) tokens.add(normal(cell));
  tokens.delete('');
  return tokens;
}

function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') ((cell += '"'), i++);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',' || char === ';') (cells.push(cell), (cell = ''));
    else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** The records of a file: table rows, list items, term lists, diagram nodes, JSON objects, CSV lines, or the whole of a search record. */
function records(file: OutputFile): string[] {
  if (file.path.startsWith('pagefind/')) return [file.text];
  if (file.path.endsWith('.csv')) return file.text.split(/\r?\n/);
  if (file.path.endsWith('.json')) {
    try {
      const chunks: string[] = [];
      const walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (typeof value === 'object' && value !== null) {
          chunks.push(JSON.stringify(value));
          Object.values(value).forEach(walk);
        }
      };
      walk(JSON.parse(file.text));
      return chunks;
    } catch {
      return [file.text];
    }
  }
  return [...file.text.matchAll(/<(tr|li|dl)\b[\s\S]*?<\/\1>|<g\b[^>]*class="[^"]*node[^"]*"[\s\S]*?<\/g>/g)].map((match) => match[0]);
}

/** No digit touches the match, directly or across a decimal or thousands separator. */
function standsAlone(text: string, at: number, length: number): boolean {
  const digit = (index: number) => index >= 0 && index < text.length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57;
  const separator = (index: number) => index >= 0 && index < text.length && (text[index] === '.' || text[index] === ',');
  if (digit(at - 1) || (separator(at - 1) && digit(at - 2))) return false;
  const end = at + length;
  return !(digit(end) || (separator(end) && digit(end + 1)));
}

export interface SearchResult {
  hits: Hit[];
  /** Needles × files searched, for the report. */
  pairs: number;
}

/** Searches every file for every needle, each the way its kind says (see `Needle`). */
export function searchOutput(files: readonly OutputFile[], needles: readonly Needle[]): SearchResult {
  const hits: Hit[] = [];
  // Strong needles: every written form, found in one pass per file through a prefix table.
  const byPrefix = new Map<string, { variant: string; needle: Needle }[]>();
  for (const needle of needles) {
    if (needle.kind !== 'strong') continue;
    for (const variant of variants(needle.text)) {
      const prefix = variant.slice(0, 3);
      if (!byPrefix.has(prefix)) byPrefix.set(prefix, []);
      byPrefix.get(prefix)!.push({ variant, needle });
    }
  }
  const data = needles.filter((needle) => needle.kind === 'data');
  const pairs = needles.filter((needle) => needle.kind === 'pair');
  for (const file of files) {
    const { text } = file;
    const found = new Set<Needle>();
    for (let i = 0; i + 3 <= text.length; i++) {
      const candidates = byPrefix.get(text.slice(i, i + 3));
      if (!candidates) continue;
      for (const { variant, needle } of candidates) {
        if (!found.has(needle) && text.startsWith(variant, i) && (!needle.numeric || standsAlone(text, i, variant.length))) {
          found.add(needle);
          hits.push({ needle, file: file.path, around: text.slice(Math.max(0, i - 60), i + variant.length + 60) });
        }
      }
    }
    const tokens = dataTokens(text, file.path.endsWith('.csv'));
    for (const needle of data) {
      if (tokens.has(normal(needle.text))) hits.push({ needle, file: file.path, around: `as data: ${JSON.stringify(needle.text)}` });
    }
    if (pairs.length > 0) {
      for (const record of records(file)) {
        const recordText = normal(decodeEntities(record));
        const relevant = pairs.filter((needle) => needle.subject !== undefined && recordText.includes(normal(needle.subject)));
        if (relevant.length === 0) continue;
        const recordTokens = dataTokens(record, file.path.endsWith('.csv'));
        for (const needle of relevant) {
          if (recordTokens.has(needle.text))
            hits.push({ needle, file: file.path, around: `beside ${JSON.stringify(needle.subject)}: ${recordText.slice(0, 160)}` });
        }
      }
    }
  }
  return { hits, pairs: needles.length * files.length };
}
