import { stringify } from 'yaml';
import type { Locale } from '../../schemas/common.ts';
import { planDates } from './dates.ts';

export type Lang = Locale;

/**
 * YAML for one scalar on the line of its key, written by the YAML library: quoted when needed, so that
 * names with `:`, `#` or a leading `- ` stay text, and a name with line breaks is one double-quoted
 * line (`"A\nB"`) rather than a block that the template's indentation would break.
 */
const scalar = (value: string) => stringify(value, { blockQuote: false, lineWidth: 0 }).trimEnd();

const GUIDE = {
  en: {
    knowledge: 'Knowledge',
    industry: 'Industry',
    client: 'Client',
    vision: 'Vision',
    commitment: 'Commitment',
    industryHelp:
      "_The client's market: size and trends, regulation, how its competitors win, what keeps its executives awake. At least 40 words._",
    clientHelp:
      "_The client's own business: its competitive advantages, its main business problems, its competitors, and our history with it. At least 40 words._",
    visionHelp:
      "_How our offering improves the client's business, in the client's terms: a business vision, not a catalogue. At least 40 words._",
    commitmentHelp:
      '_The action plan for the period, agreed with our team and with the client. Record who at the client validated it in `clientValidation`._',
    mapHelp: 'Notes on the decision-making unit: who decides, who influences, who blocks, and how we cover them.',
    valueHelp:
      "_A vision of the client's business with our offering, and the rational arguments (savings, performance, risk) with numbers our contact can sell internally._",
  },
  es: {
    knowledge: 'Conocimiento',
    industry: 'Industria',
    client: 'Cliente',
    vision: 'Visión',
    commitment: 'Compromiso',
    industryHelp:
      '_El mercado del cliente: tamaño y tendencias, regulación, cómo ganan sus competidores, qué preocupa a su dirección. Al menos 40 palabras._',
    clientHelp:
      '_El negocio del cliente: sus ventajas competitivas, sus principales problemas de negocio, sus competidores y nuestra historia con él. Al menos 40 palabras._',
    visionHelp:
      '_Cómo nuestra oferta mejora el negocio del cliente, en sus términos: una visión de negocio, no un catálogo. Al menos 40 palabras._',
    commitmentHelp:
      '_El plan de acción del periodo, acordado con nuestro equipo y con el cliente. Indique en `clientValidation` quién lo validó en el cliente._',
    mapHelp: 'Notas sobre la unidad de decisión: quién decide, quién influye, quién bloquea y cómo los cubrimos.',
    valueHelp:
      '_Una visión del negocio del cliente con nuestra oferta, y los argumentos racionales (ahorros, rendimiento, riesgo) con cifras que nuestro contacto pueda defender dentro de su empresa._',
  },
} as const;

export interface AccountTemplate {
  name: string;
  lang: Lang;
  owner: string;
  today: string;
  currency: string;
}

/** `plan.mdx` of a new account: every required field and section, status `draft`. */
export function planTemplate({ name, lang, owner, today, currency }: AccountTemplate): string {
  const d = planDates(today);
  const g = GUIDE[lang];
  return `---
account: ${scalar(name)}
lang: ${lang}
status: draft
owner: ${owner}
# sponsor: <team id of our executive sponsor>
team:
  - member: ${owner}
    role: Key account manager
  # - member: <team id>
  #   role: <what they do for this account>
# industry: <free text>
# region: <free text>
period:
  start: ${d.start}
  end: ${d.end}
reviewed: ${d.reviewed}
nextReview: ${d.nextReview}
# revenue:
#   currency: ${currency}
#   lastYear: 0        # our sales to the client last year
#   target: 0          # our target for the period
#   wallet: 0          # the client's total spend in our categories
# selection:           # 1–5, where 5 is always good for us
#   attractiveness: { profitability: 3, growth: 3, strategicValue: 3 }
#   position: { customerKnowledge: 3, brandImage: 3, costToServe: 3 }
#   coInvestment: 3
# relationship:
#   stage: developing  # transactional | developing | collaborative | partnership
kpis: []
  # - { name: On-time delivery, unit: "%", baseline: 90, target: 97, due: ${d.end} }
actions: []
  # - { title: <what>, owner: ${owner}, due: ${d.nextReview}, status: planned, clientAgreed: false }
# clientValidation: { by: <stakeholder id>, date: <YYYY-MM-DD> }
---

## ${g.knowledge}

### ${g.industry}

${g.industryHelp}

### ${g.client}

${g.clientHelp}

## ${g.vision}

${g.visionHelp}

## ${g.commitment}

${g.commitmentHelp}
`;
}

/** `stakeholders.mdx` of a new account: an empty map with one commented example. */
export function stakeholdersTemplate(lang: Lang): string {
  return `---
people: []
  # - id: marta-nunez            # unique in this account
  #   name: Marta Núñez
  #   title: Chief Procurement Officer
  #   function: Purchasing
  #   buyingRole: economic-buyer # decision-maker | economic-buyer | technical-buyer | user | influencer | gatekeeper | coach
  #   stance: neutral            # champion | supporter | neutral | skeptic | blocker
  #   influence: high            # high | medium | low
  #   relationship: developing   # strong | developing | weak | none
  #   owner: <team id who covers her>
  #   cadence: monthly           # weekly | monthly | quarterly | yearly
---

${GUIDE[lang].mapHelp}
`;
}

/** A new value proposition, status `draft`. */
export function valueTemplate(title: string, lang: Lang): string {
  return `---
title: ${scalar(title)}
status: draft
offerings: []
audience: []
arguments: []
  # - kind: cost               # cost | revenue | risk | performance | experience
  #   claim: <the claim in one sentence>
  #   metric: <what is measured>
  #   baseline: 0
  #   target: 0
  #   value: { amount: 0, per: year }
---

## ${GUIDE[lang].vision}

${GUIDE[lang].valueHelp}
`;
}

/** A team member's YAML file. */
export function memberTemplate(name: string, role: string, fn?: string, email?: string): string {
  return stringify({ name, role, ...(fn ? { function: fn } : {}), ...(email ? { email } : {}) });
}

/** One stakeholder as YAML list-item lines, indented to match the list it joins. */
export function personItem(person: Record<string, string>, indent: string): string {
  const body = stringify([person]).trimEnd().split('\n');
  return body.map((line) => `${indent}${line}`).join('\n');
}
