import { hiddenPathsFor, redactPortfolio } from '../../src/lib/audience.ts';
import type { Account, Portfolio } from '../../src/lib/model.ts';
import { fieldAt } from '../../src/lib/check/schema-keys.ts';
import { kpiProgress } from '../../src/lib/view/kpi.ts';
import { revenueOf, revenueTotals } from '../../src/lib/view/revenue.ts';
import { selectionOf } from '../../src/lib/view/selection.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { stakeholdersSchema } from '../../src/schemas/stakeholders.ts';
import { valueSchema } from '../../src/schemas/value.ts';

/**
 * The values an audience build must not contain, taken from the full data, each in every form the
 * site could print it in.
 *
 * - `strong` needles are distinctive (names, titles, ids, figures of three digits or more in any
 *   format): they must appear nowhere, as typed, HTML-escaped or JSON-escaped.
 * - `data` needles are short or common words (scores, percentages, `champion`): a KAM may write them
 *   in prose, and the interface prints such words as headings. They must not appear where the site
 *   prints data: as a whole element text, attribute value or class, JSON value or CSV cell.
 * - `pair` needles are enum values (a stance, a quadrant): they leak when printed as data in the same
 *   record (table row, list item, diagram node, JSON object, CSV line, search record) as whom they
 *   describe, so a legend or a filter that lists every stance is not a leak but a row "Roberto
 *   Treviño … Skeptic" is.
 *
 * Prose: what KAMs wrote in MDX bodies is shown to the audience as written (bodies are reviewed text,
 * not fields). A needle that also occurs in a body the audience sees is searched as `data` only, so a
 * plan that says "our champion" does not fail the test while a badge that says "Champion" does.
 * Values whose printed form is also the printed form of a visible value ("3", a shared date) cannot
 * be told apart by looking at the output and are counted as `ambiguous`: the noninterference part of
 * the leak test covers them.
 */
export interface Needle {
  text: string;
  kind: 'strong' | 'data' | 'pair';
  /** For `pair`: what the value describes (a person's or an account's name). */
  subject?: string;
  /** Where the value comes from, for failure messages: `novatek: revenue.lastYear (en money)`. */
  source: string;
  /** A family of needles for the control statistics: `number`, `money`, `percent`, `enum`, `text`, `date`, `notes`. */
  group: string;
  /** A figure: matched only where no digit touches it (`5000000` is not in `0.5000000000000002`). */
  numeric?: boolean;
}

type DocKind = 'plan' | 'stakeholders' | 'value';
const SCHEMAS = { plan: planSchema, stakeholders: stakeholdersSchema, value: valueSchema } as const;

interface Leaf {
  value: unknown;
  /** The field name the value sits in (`stance`, `lastYear`). */
  key: string;
  /** The dotted field path with indexes (`people[2].stance`). */
  path: string;
  /** The list item the value belongs to (a person, a KPI), for `pair` subjects. */
  item?: Record<string, unknown>;
}

/** Every leaf value under `segments` (lists addressed through their name, as hidden paths are). */
function leavesAt(data: unknown, segments: readonly string[], path = '', key = '', item?: Record<string, unknown>): Leaf[] {
  if (Array.isArray(data)) {
    return data.flatMap((entry, index) => leavesAt(entry, segments, `${path}[${index}]`, key, isRecord(entry) ? entry : item));
  }
  if (segments.length > 0) {
    if (!isRecord(data)) return [];
    const [head, ...rest] = segments as [string, ...string[]];
    return head in data ? leavesAt(data[head], rest, path ? `${path}.${head}` : head, head, item) : [];
  }
  if (isRecord(data)) return Object.entries(data).flatMap(([name, value]) => leavesAt(value, [], `${path}.${name}`, name, item));
  return [{ value: data, key, path, ...(item ? { item } : {}) }];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Enum fields and the interface labels of their values, in both UI languages. */
const ENUM_LABELS: Record<string, (value: string) => string[]> = {
  stance: (value) => labels('stance', value),
  influence: (value) => labels('influence', value),
  relationship: (value) => labels('relationship', value),
  buyingRole: (value) => labels('buyingRole', value),
  cadence: (value) => labels('cadence', value),
  stage: (value) => labels('stage', value),
  quadrant: (value) => labels('quadrant', value),
  kind: (value) => labels('argumentKind', value),
};
function labels(dictionary: keyof typeof en.labels, value: string): string[] {
  const of = (strings: typeof en) => (strings.labels[dictionary] as Record<string, string>)[value];
  return [...new Set([of(en), of(es)].filter((label): label is string => Boolean(label)))];
}

const LOCALES = ['en', 'es'] as const;

/** A number as the site, an export or a chart could print it. */
function numberForms(value: number, currency?: string): { text: string; how: string }[] {
  const forms: { text: string; how: string }[] = [{ text: String(value), how: 'raw' }];
  for (const locale of LOCALES) {
    forms.push({ text: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value), how: `${locale} number` });
    forms.push({
      text: new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: 'always' }).format(value),
      how: `${locale} grouped`,
    });
    for (const digits of [0, 1, 2]) {
      forms.push({
        text: new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: digits }).format(value),
        how: `${locale} compact`,
      });
      forms.push({
        text: new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: digits }).format(value),
        how: `${locale} compact long`,
      });
    }
    if (currency) {
      const cents = !Number.isInteger(value);
      forms.push({
        text: new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: cents ? 2 : 0,
          maximumFractionDigits: cents ? 2 : 0,
        }).format(value),
        how: `${locale} money`,
      });
      for (const digits of [0, 1]) {
        forms.push({
          text: new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: digits }).format(
            value,
          ),
          how: `${locale} compact money`,
        });
      }
    }
  }
  return unique(forms);
}

/** A ratio (0.106) as a percentage, signed or not, and as the raw ratio an export writes. */
function ratioForms(ratio: number, signed = false): { text: string; how: string }[] {
  const forms: { text: string; how: string }[] = [{ text: String(ratio), how: 'raw ratio' }];
  for (const digits of [2, 3, 4]) forms.push({ text: ratio.toFixed(digits), how: 'rounded ratio' });
  for (const locale of LOCALES) {
    for (const digits of [0, 1]) {
      const text = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(
        ratio,
      );
      forms.push({ text, how: `${locale} percent` });
      if (signed && ratio > 0) forms.push({ text: `+${text}`, how: `${locale} signed percent` });
    }
  }
  return unique(forms);
}

/** A 1–5 score or weighted mean, as the site prints scores (at most one decimal). */
function scoreForms(value: number): { text: string; how: string }[] {
  const forms = [{ text: String(value), how: 'raw' }];
  for (const locale of LOCALES)
    forms.push({ text: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value), how: `${locale} score` });
  return unique(forms);
}

function dateForms(iso: string): { text: string; how: string }[] {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const forms = [{ text: iso, how: 'ISO' }];
  for (const locale of LOCALES) {
    for (const dateStyle of ['medium', 'long', 'short'] as const) {
      forms.push({
        text: new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(date),
        how: `${locale} ${dateStyle} date`,
      });
    }
  }
  return unique(forms);
}

const unique = <T extends { text: string }>(forms: T[]) => [...new Map(forms.map((form) => [form.text, form])).values()];

/**
 * Distinctive enough to search everywhere: four or more digits (shorter figures, such as `0.08` or
 * `40%`, are everywhere in CSS and SVG coordinates), or four or more characters of text.
 */
function strong(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return /\d/.test(text) ? digits >= 4 : text.trim().length >= 4;
}
const NUMERIC_GROUPS = new Set(['money', 'number', 'percent', 'score']);

const MONEY_KEYS = new Set(['lastYear', 'target', 'wallet', 'amount']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Context {
  account: Account;
  kind: DocKind;
  currency: string;
  defaultCurrency: string;
  accountName: string;
}

/** The needles for one hidden leaf value. */
function leafNeedles(leaf: Leaf, context: Context): Needle[] {
  const where = `${context.account.id}: ${leaf.path}`;
  const needles: Needle[] = [];
  const subject = typeof leaf.item?.['name'] === 'string' ? (leaf.item['name'] as string) : context.accountName;
  const { value, key } = leaf;
  if (typeof value === 'number') {
    const isScore = leaf.path.startsWith('selection');
    const money =
      context.kind !== 'stakeholders' && MONEY_KEYS.has(key) && (leaf.path.startsWith('revenue') || leaf.path.includes('value.amount'));
    // A value proposition's amounts default to the company currency, revenue to the plan's.
    const argumentCurrency = (leaf.item?.['value'] as Record<string, unknown> | undefined)?.['currency'];
    const currency = !money
      ? undefined
      : leaf.path.includes('value.amount')
        ? typeof argumentCurrency === 'string'
          ? argumentCurrency
          : context.defaultCurrency
        : context.currency;
    for (const form of isScore ? scoreForms(value) : numberForms(value, currency)) {
      needles.push({
        text: form.text,
        kind: strong(form.text) ? 'strong' : 'data',
        source: `${where} (${form.how})`,
        group: money ? 'money' : isScore ? 'score' : 'number',
      });
    }
  } else if (typeof value === 'string' && ISO_DATE.test(value)) {
    for (const form of dateForms(value)) needles.push({ text: form.text, kind: 'data', source: `${where} (${form.how})`, group: 'date' });
  } else if (typeof value === 'string' && Object.hasOwn(ENUM_LABELS, key) && /^[a-z-]+$/.test(value)) {
    for (const text of [value, ...ENUM_LABELS[key]!(value)])
      needles.push({ text, kind: 'pair', subject, source: `${where} = ${value}`, group: 'enum' });
  } else if (typeof value === 'string' && value.trim() !== '') {
    needles.push({ text: value, kind: strong(value) ? 'strong' : 'data', source: where, group: 'text' });
  }
  return needles;
}

/** What is derived from hidden values: growth, shares, totals, weighted scores and quadrants. */
function derivedNeedles(full: Portfolio, redacted: Portfolio, account: Account, hidden: readonly string[], context: Context): Needle[] {
  const needles: Needle[] = [];
  const plan = account.plan?.data;
  if (!plan) return needles;
  const hides = (field: string) => hidden.some((path) => path === field || path.startsWith(`${field}.`) || field.startsWith(`${path}.`));
  const revenue = revenueOf(plan, full.settings.currency);
  if (revenue && hides('revenue')) {
    const growthHidden = hidden.some((path) => path === 'revenue' || path === 'revenue.lastYear' || path === 'revenue.target');
    if (growthHidden) {
      for (const form of numberForms(revenue.growth, revenue.currency))
        needles.push({
          text: form.text,
          kind: strong(form.text) ? 'strong' : 'data',
          source: `${account.id}: growth needed (${form.how})`,
          group: 'money',
        });
      if (revenue.growthRatio !== undefined)
        for (const form of ratioForms(revenue.growthRatio, true))
          needles.push({
            text: form.text,
            kind: strong(form.text) ? 'strong' : 'data',
            source: `${account.id}: growth ratio (${form.how})`,
            group: 'percent',
          });
    }
    if (revenue.shareOfWallet !== undefined) {
      for (const form of ratioForms(revenue.shareOfWallet))
        needles.push({
          text: form.text,
          kind: strong(form.text) ? 'strong' : 'data',
          source: `${account.id}: share of wallet (${form.how})`,
          group: 'percent',
        });
    }
  }
  if (plan.selection && hides('selection')) {
    const selection = selectionOf(plan, full.settings.selection.weights);
    for (const [name, value] of [
      ['attractiveness', selection.attractiveness],
      ['position', selection.position],
    ] as const) {
      if (value === undefined) continue;
      for (const form of [...scoreForms(value), { text: value.toFixed(2), how: 'rounded' }, { text: value.toFixed(3), how: 'rounded' }]) {
        needles.push({
          text: form.text,
          kind: strong(form.text) ? 'strong' : 'data',
          source: `${account.id}: ${name} (${form.how})`,
          group: 'score',
        });
      }
    }
    const quadrant = selection.quadrant;
    const redactedPlan = redacted.accounts.find((candidate) => candidate.id === account.id)?.plan?.data;
    const shown = redactedPlan ? selectionOf(redactedPlan, full.settings.selection.weights).quadrant : 'unscored';
    if (quadrant !== shown) {
      for (const text of [quadrant, ...ENUM_LABELS['quadrant']!(quadrant)])
        needles.push({ text, kind: 'pair', subject: context.accountName, source: `${account.id}: quadrant = ${quadrant}`, group: 'enum' });
    }
  }
  return needles;
}

/** Portfolio totals that include a hidden figure (the home page and the revenue dashboard sum them). */
function totalNeedles(full: Portfolio, redacted: Portfolio): Needle[] {
  const items = (portfolio: Portfolio) =>
    portfolio.accounts.flatMap((account) =>
      account.plan ? [{ id: account.id, name: account.plan.data.account, plan: account.plan.data }] : [],
    );
  const currency = full.settings.currency;
  const before = revenueTotals(items(full), currency);
  const after = revenueTotals(items(redacted), currency);
  const needles: Needle[] = [];
  const figures: [string, number | undefined, number | undefined][] = [
    ['total last year', before.lastYear, after.lastYear],
    ['total target', before.target, after.target],
    ['total growth', before.growth, after.growth],
    ['total wallet', before.wallet?.wallet, after.wallet?.wallet],
  ];
  for (const [name, value, shown] of figures) {
    if (value === undefined || value === 0 || value === shown) continue;
    for (const form of numberForms(value, currency))
      if (strong(form.text)) needles.push({ text: form.text, kind: 'strong', source: `portfolio: ${name} (${form.how})`, group: 'money' });
  }
  const share = before.wallet?.shareOfWallet;
  if (share !== undefined && share !== after.wallet?.shareOfWallet) {
    for (const form of ratioForms(share))
      needles.push({
        text: form.text,
        kind: strong(form.text) ? 'strong' : 'data',
        source: `portfolio: share of wallet (${form.how})`,
        group: 'percent',
      });
  }
  return needles;
}

/** Runs of six or more words of hidden stakeholder notes (bodies an audience does not get). */
function notesNeedles(account: Account): Needle[] {
  const body = account.stakeholders?.body ? sourceBody(account) : '';
  const needles: Needle[] = [];
  for (const sentence of body.split(/[.!?\n]+/)) {
    const words = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
    // Words joined by single spaces in the source only: punctuation may be typeset differently on the page.
    const run = sentence.match(/(?:[\p{L}\p{N}]+ ){5,}[\p{L}\p{N}]+/u)?.[0];
    if (words.length >= 6 && run) needles.push({ text: run, kind: 'strong', source: `${account.id}: stakeholder notes`, group: 'notes' });
  }
  return needles;
}

/** Bodies as the engine read them are not kept in `Doc`; the needles use the files' text instead. */
let bodies: Map<string, string> = new Map();
export function useBodies(sources: ReadonlyMap<string, string>): void {
  bodies = new Map(sources);
}
function sourceBody(account: Account): string {
  const text = account.stakeholders ? (bodies.get(account.stakeholders.path) ?? '') : '';
  return text.replace(/^---[\s\S]*?\n---\n/, '');
}

/** All needles of an audience build, and the visible prose they may legitimately appear in. */
export function hiddenNeedles(full: Portfolio, audience: string, notesHidden: (account: Account) => boolean): Needle[] {
  return collectNeedles(full, audience, notesHidden).map((needle) =>
    NUMERIC_GROUPS.has(needle.group) ? { ...needle, numeric: true } : needle,
  );
}

function collectNeedles(full: Portfolio, audience: string, notesHidden: (account: Account) => boolean): Needle[] {
  const redacted = redactPortfolio(full, audience);
  const needles: Needle[] = [];
  for (const account of full.accounts) {
    const hidden = hiddenPathsFor(full, account, audience);
    const plan = account.plan?.data;
    const context: Omit<Context, 'kind'> = {
      account,
      currency: plan?.revenue?.currency ?? full.settings.currency,
      defaultCurrency: full.settings.currency,
      accountName: plan?.account ?? account.id,
    };
    const docs: [DocKind, unknown][] = [
      ['plan', plan],
      ['stakeholders', account.stakeholders?.data],
      ...account.values.map((value): [DocKind, unknown] => ['value', value.data]),
    ];
    for (const path of hidden) {
      const segments = path.split('.');
      for (const [kind, data] of docs) {
        if (data === undefined || !fieldAt(SCHEMAS[kind], segments)) continue;
        for (const leaf of leavesAt(data, segments)) needles.push(...leafNeedles(leaf, { ...context, kind }));
      }
    }
    needles.push(...derivedNeedles(full, redacted, account, hidden, { ...context, kind: 'plan' }));
    if (notesHidden(account)) needles.push(...notesNeedles(account));
  }
  needles.push(...totalNeedles(full, redacted));
  return needles;
}

/** Every printed form of every value the audience does see, to set aside needles that look the same. */
export function visibleForms(redacted: Portfolio): Set<string> {
  const forms = new Set<string>();
  const add = (value: unknown, key: string, currency: string) => {
    if (typeof value === 'number') {
      for (const form of [...numberForms(value, currency), ...scoreForms(value)]) forms.add(form.text);
    } else if (typeof value === 'string') {
      forms.add(value);
      if (ISO_DATE.test(value)) for (const form of dateForms(value)) forms.add(form.text);
      if (Object.hasOwn(ENUM_LABELS, key)) for (const label of ENUM_LABELS[key]!(value)) forms.add(label);
    }
  };
  for (const account of redacted.accounts) {
    const currency = account.plan?.data.revenue?.currency ?? redacted.settings.currency;
    for (const data of [account.plan?.data, account.stakeholders?.data, ...account.values.map((value) => value.data)]) {
      for (const leaf of leavesAt(data, [])) add(leaf.value, leaf.key, currency);
    }
    const plan = account.plan?.data;
    if (plan) {
      for (const kpi of plan.kpis) {
        const progress = kpiProgress(kpi);
        if (progress !== undefined) for (const form of ratioForms(progress)) forms.add(form.text);
      }
      const selection = selectionOf(plan, redacted.settings.selection.weights);
      for (const value of [selection.attractiveness, selection.position])
        if (value !== undefined) for (const form of scoreForms(value)) forms.add(form.text);
      const revenue = revenueOf(plan, redacted.settings.currency);
      if (revenue) {
        for (const form of numberForms(revenue.growth, revenue.currency)) forms.add(form.text);
        if (revenue.growthRatio !== undefined) for (const form of ratioForms(revenue.growthRatio, true)) forms.add(form.text);
        if (revenue.shareOfWallet !== undefined) for (const form of ratioForms(revenue.shareOfWallet)) forms.add(form.text);
      }
    }
  }
  for (const [, member] of redacted.team)
    for (const leaf of leavesAt(member.data, [])) add(leaf.value, leaf.key, redacted.settings.currency);
  for (const leaf of leavesAt(redacted.settings, [])) add(leaf.value, leaf.key, redacted.settings.currency);
  return forms;
}
