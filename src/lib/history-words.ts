import type { Locale } from '../schemas/common.ts';

/**
 * The words of the plan history in each UI language. Field values that are enum members (`active`,
 * `supporter`) are shown through `HistoryLabels` when the site passes its translations, else as written.
 */
export type HistoryLocale = Locale;

/** The enumerations a change can mention, named as the site's `labels` translations name them. */
export type EnumField = 'planStatus' | 'stage' | 'actionStatus' | 'buyingRole' | 'stance' | 'influence' | 'relationship' | 'cadence' | 'valueStatus';

/** Labels of the fields a change can name, by frontmatter path (list items through the list's name). */
const FIELDS: Record<HistoryLocale, Record<string, string>> = {
  en: {
    account: 'client name',
    status: 'status',
    owner: 'owner',
    sponsor: 'sponsor',
    lang: 'language',
    industry: 'industry',
    region: 'region',
    period: 'period',
    nextReview: 'next review',
    'revenue.currency': 'revenue currency',
    'revenue.lastYear': 'revenue last year',
    'revenue.target': 'revenue target',
    'revenue.wallet': 'client wallet',
    'selection.attractiveness.profitability': 'profitability score',
    'selection.attractiveness.growth': 'growth score',
    'selection.attractiveness.strategicValue': 'strategic value score',
    'selection.position.customerKnowledge': 'customer knowledge score',
    'selection.position.brandImage': 'brand image score',
    'selection.position.costToServe': 'cost to serve score',
    'selection.coInvestment': 'co-investment score',
    'relationship.stage': 'relationship stage',
    confidential: 'confidential fields',
    'kpis.unit': 'unit',
    'kpis.baseline': 'baseline',
    'kpis.target': 'target',
    'kpis.actual': 'actual',
    'kpis.due': 'due',
    'actions.owner': 'owner',
    'actions.due': 'due',
    'team.role': 'role',
    'people.name': 'name',
    'people.title': 'title',
    'people.function': 'function',
    'people.reportsTo': 'reports to',
    'people.buyingRole': 'buying role',
    'people.stance': 'stance',
    'people.influence': 'influence',
    'people.relationship': 'relationship',
    'people.owner': 'covered by',
    'people.cadence': 'cadence',
    'people.lastContact': 'last contact',
  },
  es: {
    account: 'nombre del cliente',
    status: 'estado',
    owner: 'responsable',
    sponsor: 'patrocinador',
    lang: 'idioma',
    industry: 'sector',
    region: 'región',
    period: 'periodo',
    nextReview: 'próxima revisión',
    'revenue.currency': 'moneda de las ventas',
    'revenue.lastYear': 'ventas del año pasado',
    'revenue.target': 'objetivo de ventas',
    'revenue.wallet': 'gasto total del cliente',
    'selection.attractiveness.profitability': 'puntuación de rentabilidad',
    'selection.attractiveness.growth': 'puntuación de crecimiento',
    'selection.attractiveness.strategicValue': 'puntuación de valor estratégico',
    'selection.position.customerKnowledge': 'puntuación de conocimiento del cliente',
    'selection.position.brandImage': 'puntuación de imagen de marca',
    'selection.position.costToServe': 'puntuación de coste de servicio',
    'selection.coInvestment': 'puntuación de coinversión',
    'relationship.stage': 'etapa de la relación',
    confidential: 'campos confidenciales',
    'kpis.unit': 'unidad',
    'kpis.baseline': 'punto de partida',
    'kpis.target': 'objetivo',
    'kpis.actual': 'real',
    'kpis.due': 'fecha límite',
    'actions.owner': 'responsable',
    'actions.due': 'fecha límite',
    'team.role': 'papel',
    'people.name': 'nombre',
    'people.title': 'cargo',
    'people.function': 'función',
    'people.reportsTo': 'depende de',
    'people.buyingRole': 'papel en la compra',
    'people.stance': 'actitud',
    'people.influence': 'influencia',
    'people.relationship': 'relación',
    'people.owner': 'nuestro responsable',
    'people.cadence': 'frecuencia',
    'people.lastContact': 'último contacto',
  },
};

/** Sentence templates; every argument is already formatted for display. */
export interface HistoryWords {
  field(path: string): string;
  /** `revenue target 1,200,000 → 1,500,000`; a missing side shows as `—`. */
  changed(label: string, before: string | undefined, after: string | undefined): string;
  quote(text: string): string;
  planCreated(status: string): string;
  planDeleted: string;
  planText: string;
  reviewed(date: string): string;
  validated(by: string, date: string): string;
  validationRemoved: string;
  joinedTeam(name: string): string;
  leftTeam(name: string): string;
  memberRole(name: string, change: string): string;
  nowBuys(offering: string): string;
  noLongerBuys(offering: string): string;
  potentialAdded(offering: string): string;
  potentialRemoved(offering: string): string;
  kpiAdded(name: string): string;
  kpiRemoved(name: string): string;
  kpi(name: string, change: string): string;
  actionAdded(title: string): string;
  actionRemoved(title: string): string;
  actionDone(title: string): string;
  actionAgreed(title: string): string;
  actionNotAgreed(title: string): string;
  action(title: string, change: string): string;
  mapCreated(people: number): string;
  mapDeleted: string;
  mapText: string;
  personAdded(name: string): string;
  personRemoved(name: string): string;
  person(name: string, change: string): string;
  valueAdded(title: string, status: string): string;
  valueRemoved(title: string): string;
  valueRenamed(before: string, after: string): string;
  valueRevised(title: string): string;
  valueText(title: string): string;
  value(title: string, change: string): string;
}

const arrow = (before: string | undefined, after: string | undefined) => `${before ?? '—'} → ${after ?? '—'}`;

const en: HistoryWords = {
  field: (path) => FIELDS.en[path] ?? path,
  changed: (label, before, after) => `${label} ${arrow(before, after)}`,
  quote: (text) => `“${text}”`,
  planCreated: (status) => `plan created (${status})`,
  planDeleted: 'plan deleted',
  planText: 'plan text edited',
  reviewed: (date) => `plan reviewed (${date})`,
  validated: (by, date) => `plan validated by ${by} (${date})`,
  validationRemoved: 'client validation removed',
  joinedTeam: (name) => `${name} joined the account team`,
  leftTeam: (name) => `${name} left the account team`,
  memberRole: (name, change) => `${name}, account team: ${change}`,
  nowBuys: (offering) => `now buys ${offering}`,
  noLongerBuys: (offering) => `no longer buys ${offering}`,
  potentialAdded: (offering) => `${offering} added to the potential offerings`,
  potentialRemoved: (offering) => `${offering} removed from the potential offerings`,
  kpiAdded: (name) => `KPI ${name} added`,
  kpiRemoved: (name) => `KPI ${name} removed`,
  kpi: (name, change) => `KPI ${name} ${change}`,
  actionAdded: (title) => `action ${title} added`,
  actionRemoved: (title) => `action ${title} removed`,
  actionDone: (title) => `action ${title} done`,
  actionAgreed: (title) => `action ${title} agreed with the client`,
  actionNotAgreed: (title) => `action ${title} no longer agreed with the client`,
  action: (title, change) => `action ${title} ${change}`,
  mapCreated: (people) => `stakeholder map created with ${people} ${people === 1 ? 'person' : 'people'}`,
  mapDeleted: 'stakeholder map deleted',
  mapText: 'stakeholder notes edited',
  personAdded: (name) => `${name} added to the stakeholder map`,
  personRemoved: (name) => `${name} removed from the stakeholder map`,
  person: (name, change) => `${name}: ${change}`,
  valueAdded: (title, status) => `value proposition ${title} added (${status})`,
  valueRemoved: (title) => `value proposition ${title} removed`,
  valueRenamed: (before, after) => `value proposition ${before} renamed ${after}`,
  valueRevised: (title) => `value proposition ${title}: arguments, offerings or audience revised`,
  valueText: (title) => `value proposition ${title}: text edited`,
  value: (title, change) => `value proposition ${title} ${change}`,
};

const es: HistoryWords = {
  field: (path) => FIELDS.es[path] ?? path,
  changed: (label, before, after) => `${label} ${arrow(before, after)}`,
  quote: (text) => `«${text}»`,
  planCreated: (status) => `plan creado (${status})`,
  planDeleted: 'plan eliminado',
  planText: 'texto del plan editado',
  reviewed: (date) => `plan revisado (${date})`,
  validated: (by, date) => `plan validado por ${by} (${date})`,
  validationRemoved: 'validación del cliente eliminada',
  joinedTeam: (name) => `${name} se incorpora al equipo de la cuenta`,
  leftTeam: (name) => `${name} deja el equipo de la cuenta`,
  memberRole: (name, change) => `${name}, equipo de la cuenta: ${change}`,
  nowBuys: (offering) => `ahora compra ${offering}`,
  noLongerBuys: (offering) => `ya no compra ${offering}`,
  potentialAdded: (offering) => `${offering} añadida a la oferta potencial`,
  potentialRemoved: (offering) => `${offering} retirada de la oferta potencial`,
  kpiAdded: (name) => `indicador ${name} añadido`,
  kpiRemoved: (name) => `indicador ${name} eliminado`,
  kpi: (name, change) => `indicador ${name}: ${change}`,
  actionAdded: (title) => `acción ${title} añadida`,
  actionRemoved: (title) => `acción ${title} eliminada`,
  actionDone: (title) => `acción ${title} hecha`,
  actionAgreed: (title) => `acción ${title} acordada con el cliente`,
  actionNotAgreed: (title) => `acción ${title} ya no acordada con el cliente`,
  action: (title, change) => `acción ${title}: ${change}`,
  mapCreated: (people) => `mapa de interlocutores creado con ${people} ${people === 1 ? 'persona' : 'personas'}`,
  mapDeleted: 'mapa de interlocutores eliminado',
  mapText: 'notas del mapa de interlocutores editadas',
  personAdded: (name) => `${name} añadido al mapa de interlocutores`,
  personRemoved: (name) => `${name} eliminado del mapa de interlocutores`,
  person: (name, change) => `${name}: ${change}`,
  valueAdded: (title, status) => `propuesta de valor ${title} añadida (${status})`,
  valueRemoved: (title) => `propuesta de valor ${title} eliminada`,
  valueRenamed: (before, after) => `propuesta de valor ${before} renombrada ${after}`,
  valueRevised: (title) => `propuesta de valor ${title}: argumentos, oferta o destinatarios revisados`,
  valueText: (title) => `propuesta de valor ${title}: texto editado`,
  value: (title, change) => `propuesta de valor ${title}: ${change}`,
};

export const historyWords: Record<HistoryLocale, HistoryWords> = { en, es };
