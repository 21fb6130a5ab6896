import { historyWords, type HistoryWords } from './words.ts';
import type { EnumField } from './types.ts';
import type { ChangeKind, HistoryOptions, Revision } from './types.ts';
import { selectionScorePaths } from '../../schemas/plan.ts';

/**
 * What one revision of an account file changed, field by field, in words: the comparisons behind
 * `accountChanges` (`changes.ts`), which picks the revisions, redacts them and orders the result.
 */

export type Data = Record<string, unknown>;
export const record = (value: unknown): Data => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {});
export const list = (value: unknown): Data[] => (Array.isArray(value) ? value.map(record) : []);
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((item) => (text(item) === undefined ? [] : [text(item)!])) : [];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A field change as it will be reported, before the commit's details are attached. */
export interface Found {
  kind: ChangeKind;
  field: string;
  text: string;
}

/** Characters that set or change the direction of text: right-to-left letters, marks and controls. */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A string people typed, isolated from the sentence around it (U+2068 FIRST STRONG ISOLATE … U+2069
 * POP DIRECTIONAL ISOLATE, the plain-text `<bdi>`) when it holds right-to-left text or direction
 * controls: a name with U+202E cannot flip the rest of the sentence. Other strings are left as
 * they are.
 */
function isolate(typed: string): string {
  return BIDI.test(typed) ? `\u2068${typed}\u2069` : typed;
}

/** Formatting shared by the diffs of one run: values, dates, names and sentences in the reader's language. */
export class Speaker {
  readonly words: HistoryWords;
  readonly options: HistoryOptions;
  /** Stakeholder names by id, from the newest map that names them. */
  readonly people: ReadonlyMap<string, string>;
  readonly #numbers: Intl.NumberFormat;
  constructor(options: HistoryOptions, people: ReadonlyMap<string, string>) {
    this.options = options;
    this.people = people;
    this.words = historyWords[options.locale ?? 'en'];
    this.#numbers = new Intl.NumberFormat(options.locale ?? 'en', { maximumFractionDigits: 2 });
  }
  value(value: unknown, enumField?: EnumField): string | undefined {
    if (typeof value === 'number') return this.#numbers.format(value);
    if (typeof value === 'boolean') return String(value);
    const shown = text(value);
    if (shown !== undefined && ISO_DATE.test(shown)) return this.date(shown);
    return shown !== undefined && enumField ? (this.options.label?.(enumField, shown) ?? shown) : shown && isolate(shown);
  }
  date(iso: string): string {
    return ISO_DATE.test(iso) ? (this.options.date?.(iso) ?? iso) : iso;
  }
  /** A date field's value as the reader's locale writes it, `?` when there is none. */
  day(value: unknown): string {
    const shown = text(value);
    return shown === undefined ? '?' : this.date(shown);
  }
  member(id: unknown): string | undefined {
    const shown = text(id);
    return shown === undefined ? undefined : isolate(this.options.memberName?.(shown) ?? shown);
  }
  person(id: unknown): string | undefined {
    const shown = text(id);
    return shown === undefined ? undefined : isolate(this.people.get(shown) ?? shown);
  }
  offering(id: string): string {
    return isolate(this.options.offeringName?.(id) ?? id);
  }
  quote(value: unknown): string {
    return this.words.quote(isolate(text(value) ?? '?'));
  }
  /** `label before → after` for a field, or nothing when it did not change. */
  field(
    path: string,
    before: unknown,
    after: unknown,
    show: (value: unknown) => string | undefined = (value) => this.value(value),
  ): string | undefined {
    if (same(before, after)) return undefined;
    return this.words.changed(this.words.field(path), show(before), show(after));
  }
}

/** Matches list items by a key; items without the key are ignored. Keeps the newer order. */
function pair(before: Data[], after: Data[], key: string) {
  const old = new Map(before.flatMap((item) => (text(item[key]) === undefined ? [] : [[text(item[key])!, item] as const])));
  const now = new Map(after.flatMap((item) => (text(item[key]) === undefined ? [] : [[text(item[key])!, item] as const])));
  return {
    added: [...now].filter(([id]) => !old.has(id)).map(([, item]) => item),
    removed: [...old].filter(([id]) => !now.has(id)).map(([, item]) => item),
    kept: [...now].flatMap(([id, item]) => (old.has(id) ? [[old.get(id)!, item] as const] : [])),
  };
}

const PLAN_FIELDS = ['account', 'owner', 'sponsor', 'lang', 'industry', 'region', 'nextReview'] as const;
const REVENUE = ['lastYear', 'target', 'wallet', 'currency'] as const;
const KPI_FIELDS = ['actual', 'target', 'baseline', 'unit', 'due'] as const;
const PERSON_FIELDS = [
  ['stance', 'stance'],
  ['influence', 'influence'],
  ['relationship', 'relationship'],
  ['buyingRole', 'buyingRole'],
  ['owner', undefined],
  ['reportsTo', undefined],
  ['title', undefined],
  ['function', undefined],
  ['cadence', 'cadence'],
  ['lastContact', undefined],
  ['name', undefined],
] as const;

/** Records a change when there is a sentence for it. */
type Add = (kind: ChangeKind, field: string, sentence: string | undefined) => void;

function scalarChanges(before: Data, after: Data, say: Speaker, add: Add): void {
  add(
    'status',
    'status',
    say.field('status', before['status'], after['status'], (value) => say.value(value, 'planStatus')),
  );
  if (!same(before['reviewed'], after['reviewed']) && text(after['reviewed']))
    add('review', 'reviewed', say.words.reviewed(say.day(after['reviewed'])));
  for (const key of PLAN_FIELDS) {
    const show = key === 'owner' || key === 'sponsor' ? (value: unknown) => say.member(value) : undefined;
    add(key === 'nextReview' ? 'review' : 'plan', key, say.field(key, before[key], after[key], show));
  }
  const span = (value: Data) =>
    text(value['start']) || text(value['end']) ? `${say.day(value['start'])} – ${say.day(value['end'])}` : undefined;
  add('plan', 'period', say.field('period', span(record(before['period'])), span(record(after['period'])), text));

  const [revenue, revenueNow] = [record(before['revenue']), record(after['revenue'])];
  for (const key of REVENUE) add('revenue', `revenue.${key}`, say.field(`revenue.${key}`, revenue[key], revenueNow[key]));
  const score = (data: Data, path: readonly string[]) => path.reduce<unknown>((node, key) => record(node)[key], data['selection']);
  for (const path of selectionScorePaths) {
    const field = `selection.${path.join('.')}`;
    add('selection', field, say.field(field, score(before, path), score(after, path)));
  }
  const stage = (data: Data) => record(data['relationship'])['stage'];
  add(
    'plan',
    'relationship.stage',
    say.field('relationship.stage', stage(before), stage(after), (value) => say.value(value, 'stage')),
  );
}

function teamChanges(before: Data, after: Data, say: Speaker, add: Add): void {
  const team = pair(list(before['team']), list(after['team']), 'member');
  for (const member of team.added) add('team', 'team', say.words.joinedTeam(say.member(member['member'])!));
  for (const member of team.removed) add('team', 'team', say.words.leftTeam(say.member(member['member'])!));
  for (const [then, now] of team.kept) {
    const role = say.field('team.role', then['role'], now['role']);
    if (role) add('team', 'team.role', say.words.memberRole(say.member(now['member'])!, role));
  }
}

function offeringChanges(before: Data, after: Data, say: Speaker, add: Add): void {
  const { words } = say;
  const [offerings, offeringsNow] = [record(before['offerings']), record(after['offerings'])];
  const [current, currentNow] = [strings(offerings['current']), strings(offeringsNow['current'])];
  const [potential, potentialNow] = [strings(offerings['potential']), strings(offeringsNow['potential'])];
  for (const id of currentNow.filter((id) => !current.includes(id))) add('offerings', 'offerings.current', words.nowBuys(say.offering(id)));
  for (const id of current.filter((id) => !currentNow.includes(id)))
    add('offerings', 'offerings.current', words.noLongerBuys(say.offering(id)));
  for (const id of potentialNow.filter((id) => !potential.includes(id)))
    add('offerings', 'offerings.potential', words.potentialAdded(say.offering(id)));
  // An offering the client now buys leaves the potential list: "now buys" already says so.
  for (const id of potential.filter((id) => !potentialNow.includes(id) && !currentNow.includes(id))) {
    add('offerings', 'offerings.potential', words.potentialRemoved(say.offering(id)));
  }
}

function kpiChanges(before: Data, after: Data, say: Speaker, add: Add): void {
  const kpis = pair(list(before['kpis']), list(after['kpis']), 'name');
  for (const kpi of kpis.added) add('kpi', 'kpis', say.words.kpiAdded(say.quote(kpi['name'])));
  for (const kpi of kpis.removed) add('kpi', 'kpis', say.words.kpiRemoved(say.quote(kpi['name'])));
  for (const [then, now] of kpis.kept) {
    const unit = text(now['unit']);
    for (const key of KPI_FIELDS) {
      const change = say.field(`kpis.${key}`, then[key], now[key]);
      const withUnit = change && unit && typeof now[key] === 'number' ? `${change} ${unit}` : change;
      add('kpi', `kpis.${key}`, withUnit && say.words.kpi(say.quote(now['name']), withUnit));
    }
  }
}

function actionChanges(before: Data, after: Data, say: Speaker, add: Add): void {
  const { words } = say;
  const actions = pair(list(before['actions']), list(after['actions']), 'title');
  for (const action of actions.added) add('action', 'actions', words.actionAdded(say.quote(action['title'])));
  for (const action of actions.removed) add('action', 'actions', words.actionRemoved(say.quote(action['title'])));
  for (const [then, now] of actions.kept) {
    const title = say.quote(now['title']);
    // `planned` is the schema's default: an action written without `status` is planned.
    const [status, statusNow] = [text(then['status']) ?? 'planned', text(now['status']) ?? 'planned'];
    if (status !== statusNow) {
      const shown = (value: string) => say.value(value, 'actionStatus');
      add(
        'action',
        'actions.status',
        statusNow === 'done'
          ? words.actionDone(title)
          : words.action(title, words.changed(words.field('status'), shown(status), shown(statusNow))),
      );
    }
    if (Boolean(then['clientAgreed']) !== Boolean(now['clientAgreed'])) {
      add('action', 'actions.clientAgreed', now['clientAgreed'] ? words.actionAgreed(title) : words.actionNotAgreed(title));
    }
    const due = say.field('actions.due', then['due'], now['due']);
    add('action', 'actions.due', due && words.action(title, due));
    const owner = say.field('actions.owner', then['owner'], now['owner'], (value) => say.member(value));
    add('action', 'actions.owner', owner && words.action(title, owner));
  }
}

function planChanges(before: Data, after: Data, say: Speaker): Found[] {
  const found: Found[] = [];
  const add: Add = (kind, field, sentence) => {
    if (sentence) found.push({ kind, field, text: sentence });
  };
  scalarChanges(before, after, say, add);
  teamChanges(before, after, say, add);
  offeringChanges(before, after, say, add);
  kpiChanges(before, after, say, add);
  actionChanges(before, after, say, add);
  const [validation, validationNow] = [record(before['clientValidation']), record(after['clientValidation'])];
  if (!same(validation, validationNow)) {
    const by = say.person(validationNow['by']);
    add('validation', 'clientValidation', by ? say.words.validated(by, say.day(validationNow['date'])) : say.words.validationRemoved);
  }
  const confidential = (data: Data) => strings(data['confidential']).join(', ') || undefined;
  add('plan', 'confidential', say.field('confidential', confidential(before), confidential(after), text));
  return found;
}

function stakeholderChanges(before: Data, after: Data, say: Speaker): Found[] {
  const { words } = say;
  const found: Found[] = [];
  const people = pair(list(before['people']), list(after['people']), 'id');
  const name = (person: Data) => text(person['name']) ?? text(person['id'])!;
  for (const person of people.added) found.push({ kind: 'stakeholder', field: 'people', text: words.personAdded(name(person)) });
  for (const person of people.removed) found.push({ kind: 'stakeholder', field: 'people', text: words.personRemoved(name(person)) });
  for (const [then, now] of people.kept) {
    for (const [key, enumField] of PERSON_FIELDS) {
      const show =
        key === 'owner'
          ? (value: unknown) => say.member(value)
          : key === 'reportsTo'
            ? (value: unknown) => say.person(value)
            : (value: unknown) => say.value(value, enumField);
      const change = say.field(`people.${key}`, then[key], now[key], show);
      if (change) found.push({ kind: 'stakeholder', field: `people.${key}`, text: words.person(name(now), change) });
    }
  }
  return found;
}

function valueChanges(before: Data, after: Data, say: Speaker): Found[] {
  const { words } = say;
  const found: Found[] = [];
  const title = say.quote(after['title'] ?? before['title']);
  if (!same(before['title'], after['title']))
    found.push({ kind: 'value', field: 'title', text: words.valueRenamed(say.quote(before['title']), title) });
  const status = say.field('status', before['status'], after['status'], (value) => say.value(value, 'valueStatus'));
  if (status) found.push({ kind: 'value', field: 'status', text: words.value(title, status) });
  const revised = (['arguments', 'offerings', 'audience'] as const).filter((key) => !same(before[key] ?? [], after[key] ?? []));
  // One sentence for the lot: argument-by-argument detail reads as noise in a history.
  if (revised.length)
    found.push({ kind: 'value', field: revised.length === 1 ? revised[0]! : 'arguments', text: words.valueRevised(title) });
  return found;
}

/** The changes one revision makes, in the order of the file's fields. */
export function revisionChanges(revision: Revision, say: Speaker): Found[] {
  const { words } = say;
  const { before, after, file } = revision;
  const kind =
    file === 'plan.mdx' ? 'plan' : file === 'stakeholders.mdx' ? 'stakeholders' : file.startsWith('value/') ? 'value' : undefined;
  if (!kind || (!before && !after)) return [];
  const data = record(before?.data);
  const dataNow = record(after?.data);
  if (!before || !after) {
    const gone = !after;
    if (kind === 'plan')
      return [
        {
          kind: 'plan',
          field: 'status',
          text: gone ? words.planDeleted : words.planCreated(say.value(dataNow['status'], 'planStatus') ?? '?'),
        },
      ];
    if (kind === 'stakeholders')
      return [{ kind: 'stakeholder', field: 'people', text: gone ? words.mapDeleted : words.mapCreated(list(dataNow['people']).length) }];
    const title = say.quote((gone ? data : dataNow)['title'] ?? file.slice('value/'.length, -'.mdx'.length));
    return [
      {
        kind: 'value',
        field: 'status',
        text: gone ? words.valueRemoved(title) : words.valueAdded(title, say.value(dataNow['status'], 'valueStatus') ?? '?'),
      },
    ];
  }
  // A version whose frontmatter cannot be read has no fields to compare; its text still can be.
  const found =
    before.data === undefined || after.data === undefined
      ? []
      : kind === 'plan'
        ? planChanges(data, dataNow, say)
        : kind === 'stakeholders'
          ? stakeholderChanges(data, dataNow, say)
          : valueChanges(data, dataNow, say);
  if (before.body.trim() !== after.body.trim()) {
    const sentence =
      kind === 'plan'
        ? words.planText
        : kind === 'stakeholders'
          ? words.mapText
          : words.valueText(say.quote(dataNow['title'] ?? data['title']));
    found.push({ kind: 'text', field: '', text: sentence });
  }
  return found;
}
