/**
 * The search page in the browser (`src/components/SearchUI.astro`): loads Pagefind's Component UI from
 * the built bundle, restores the search from the address and writes it back, renders each result and
 * shows the empty state.
 */
import { META_WEIGHTS, searchFacets, type SearchSort } from '../lib/search/records.ts';

/** The parts of Pagefind's Component UI instance this page uses (pagefind-component-ui.js). */
interface SearchInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  searchSort: Record<string, 'asc' | 'desc'>;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
  on(event: 'error', callback: () => void): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
}
interface ResultData {
  url: string;
  excerpt?: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}
interface Strings {
  owner: string;
  empty: string;
  optionResults: { one: string; many: string };
  tones: Record<string, string>;
}
declare global {
  interface Window {
    PagefindComponents?: {
      getInstanceManager(): { getInstance(name: string): SearchInstance };
      configureInstance(name: string, options: { ranking: { metaWeights: Record<string, number> } }): void;
    };
  }
}

const SORT_DIRECTION: Record<SearchSort, 'asc' | 'desc'> = { name: 'asc', completeness: 'desc', revenue: 'desc' };

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const fail = () => {
    root.querySelector<HTMLElement>('[data-search-error]')?.removeAttribute('hidden');
  };
  try {
    // A classic script that defines the custom elements and sets `window.PagefindComponents`.
    await import(/* @vite-ignore */ `${root.dataset['bundle']}pagefind-component-ui.js`);
  } catch {
    return fail();
  }
  const components = window.PagefindComponents;
  if (!components) return fail();
  await Promise.all(['pagefind-results', 'pagefind-filter-dropdown'].map((name) => customElements.whenDefined(name)));
  nameFacets(root, strings);
  const results = root.querySelector('pagefind-results') as HTMLElement & { resultTemplate?: (result: ResultData) => Element };
  results.resultTemplate = (result) => renderResult(result, strings);

  // Options apply until the instance loads Pagefind, which it does on the first search.
  components.configureInstance('default', { ranking: { metaWeights: { ...META_WEIGHTS } } });
  const instance = components.getInstanceManager().getInstance('default');
  instance.on('error', fail);
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const revenueNote = root.querySelector<HTMLElement>('[data-search-revenue-note]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const params = new URLSearchParams(location.search);
  const term = params.get('q')?.trim() ?? '';
  const filters: Record<string, string[]> = {};
  for (const facet of searchFacets) if (params.has(facet)) filters[facet] = params.getAll(facet);
  const sort = params.get('sort') ?? '';
  // Only sorts this build offers (an audience build may have no revenue figures to sort by).
  if ([...sortSelect.options].some((option) => option.value === sort)) sortSelect.value = sort;

  try {
    await instance.triggerLoad();
  } catch {
    return fail();
  }
  // Runs before each search: with no words to rank by, "relevance" means alphabetical.
  instance.on('search', (searchTerm, searchFilters) => {
    const key = (sortSelect.value || (searchTerm ? '' : 'name')) as SearchSort | '';
    instance.searchSort = key ? { [key]: SORT_DIRECTION[key] } : {};
    revenueNote.hidden = sortSelect.value !== 'revenue';
    clear.hidden = !Object.values(searchFilters ?? {}).some((values) => values.length > 0);
    writeAddress(searchTerm, searchFilters, sortSelect.value);
  });
  instance.on('results', ({ results: found }) => showEmpty(root, strings, found.length === 0 ? instance.searchTerm : ''));
  clear.addEventListener('click', () => instance.triggerSearchWithFilters(instance.searchTerm, {}));
  sortSelect.addEventListener('change', () => instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters));
  instance.triggerSearchWithFilters(term, filters);
  root.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
}

/**
 * Pagefind's facet buttons are comboboxes whose label is only their text, which does not name a
 * combobox: screen readers would announce an unnamed field. Its options are named "Activo, 4 results"
 * in English whatever the page's language. Both are re-rendered as facets change, so the names are
 * given again whenever one appears.
 */
function nameFacets(root: HTMLElement, strings: Strings): void {
  const name = () => {
    for (const dropdown of root.querySelectorAll('pagefind-filter-dropdown')) {
      const trigger = dropdown.querySelector('[role="combobox"]');
      const label = dropdown.getAttribute('label');
      if (trigger && label && trigger.getAttribute('aria-label') !== label) trigger.setAttribute('aria-label', label);
    }
    for (const option of root.querySelectorAll<HTMLElement>('.pf-dropdown-option')) {
      const value = option.querySelector('.pf-dropdown-option-label')?.textContent ?? '';
      const count = Number(option.querySelector('.pf-dropdown-option-count')?.textContent);
      if (!value || !Number.isFinite(count)) continue;
      const results = (count === 1 ? strings.optionResults.one : strings.optionResults.many).replace('{count}', String(count));
      const named = `${value}, ${results}`;
      if (option.getAttribute('aria-label') !== named) option.setAttribute('aria-label', named);
    }
  };
  new MutationObserver(name).observe(root, { childList: true, subtree: true });
  name();
}

function writeAddress(term: string, filters: Record<string, string[]>, sort: string): void {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  for (const [facet, values] of Object.entries(filters ?? {})) for (const value of values) params.append(facet, value);
  if (sort) params.set('sort', sort);
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

function showEmpty(root: HTMLElement, strings: Strings, term: string): void {
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const title = root.querySelector<HTMLElement>('[data-search-empty-title]')!;
  empty.hidden = !term;
  root.querySelector<HTMLElement>('pagefind-summary')?.toggleAttribute('hidden', Boolean(term));
  if (!term) return;
  const [before = '', after = ''] = strings.empty.split('{term}');
  title.replaceChildren(before, Object.assign(document.createElement('strong'), { textContent: term }), after);
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) =>
  Object.assign(document.createElement(tag), { className, ...(text !== undefined ? { textContent: text } : {}) });

/** One result: its title as a link, what it is (type, account, owner) and Pagefind's excerpt. */
function renderResult(result: ResultData, strings: Strings): Element {
  const title = result.meta?.['title'] ?? result.url;
  const type = result.filters?.['type']?.[0];
  const account = result.filters?.['account']?.[0];
  const owner = result.filters?.['owner']?.[0];
  const item = element('li', 'kp-result');
  const heading = element('p', 'kp-result__title');
  heading.append(Object.assign(element('a', '', title), { href: result.url }));
  const facts = element('p', 'kp-result__facts small');
  if (type) facts.append(element('span', `badge tone-${strings.tones[type] ?? 'plain'}`, type));
  const details = [account !== title ? account : undefined, owner ? `${strings.owner}: ${owner}` : undefined].filter(Boolean);
  if (details.length > 0) facts.append(' ', element('span', 'muted', details.join(' · ')));
  item.append(heading, facts);
  if (result.excerpt) {
    const excerpt = element('p', 'kp-result__excerpt');
    // Pagefind's excerpt: text from our own pages with the matches wrapped in <mark>.
    excerpt.innerHTML = result.excerpt;
    item.append(excerpt);
  }
  return item;
}
