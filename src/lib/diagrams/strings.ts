import { uiStrings, type UiStrings } from '../../i18n/index.ts';
import type { Settings } from '../../schemas/settings.ts';

/**
 * Words drawn inside diagrams and their text alternatives. Enum labels (stances, buying roles,
 * quadrants…) come from the site's dictionaries so a diagram and the table beside it agree; the
 * phrases below exist only in diagrams.
 */
export interface DiagramStrings {
  /** The interface language, for dates drawn in diagrams. */
  locale: Settings['locale'];
  labels: UiStrings['labels'];
  /** Summary of the disclosure that holds a diagram's Mermaid text. */
  source: string;
  legend: string;
  influence: (level: string) => string;
  notCovered: string;
  ourTeam: string;
  orgChart: { title: (account: string) => string; description: (people: number, roots: string[]) => string };
  coverage: {
    title: (account: string) => string;
    description: (links: number, ours: number, theirs: number) => string;
    model: { 'bow-tie': string; diamond: string; uncovered: string };
    uncovered: (names: string[]) => string;
  };
  timeline: {
    title: (account: string) => string;
    description: (dated: number, undated: number) => string;
    period: string;
    today: string;
  };
  matrix: {
    title: string;
    description: (accounts: number) => string;
    weak: string;
    strong: string;
    low: string;
    high: string;
    coInvestment: string;
    notScored: string;
  };
}

const list = (names: string[], and: string) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;

const en: Omit<DiagramStrings, 'labels' | 'locale'> = {
  source: 'Mermaid source (to copy into slides and documents)',
  legend: 'Legend',
  influence: (level) => `${level} influence`,
  notCovered: 'Nobody covers',
  ourTeam: 'Our team',
  orgChart: {
    title: (account) => `Organisation chart of ${account}`,
    description: (people, roots) =>
      `${people} ${people === 1 ? 'person' : 'people'} of the decision-making unit` +
      (roots.length > 0 ? `, reporting to ${list(roots, 'and')}.` : '.') +
      ' Colour shows the stance towards us, border weight the influence.',
  },
  coverage: {
    title: (account) => `Coverage map of ${account}`,
    description: (links, ours, theirs) =>
      `${links} ${links === 1 ? 'link' : 'links'} between ${ours} of our people and ${theirs} people at the client.`,
    model: {
      'bow-tie': 'Bow-tie: contact goes through one or two people on each side.',
      diamond: 'Diamond: several of our functions talk to their counterparts at the client.',
      uncovered: 'Nobody on our team covers anyone at the client yet.',
    },
    uncovered: (names) => `High-influence people nobody covers: ${list(names, 'and')}.`,
  },
  timeline: {
    title: (account) => `Action plan timeline of ${account}`,
    description: (dated, undated) =>
      `${dated} ${dated === 1 ? 'action' : 'actions'} by due date` + (undated > 0 ? `; ${undated} without a due date are listed apart.` : '.'),
    period: 'Plan period',
    today: 'Today',
  },
  matrix: {
    title: 'Selection matrix',
    description: (accounts) =>
      `${accounts} ${accounts === 1 ? 'account' : 'accounts'} placed by our competitive position (across) and attractiveness (up); point size shows willingness to co-invest.`,
    weak: 'Weak position',
    strong: 'Strong position',
    low: 'Less attractive',
    high: 'Attractive',
    coInvestment: 'Willingness to co-invest',
    notScored: 'Not scored',
  },
};

const es: Omit<DiagramStrings, 'labels' | 'locale'> = {
  source: 'Código Mermaid (para copiar en presentaciones y documentos)',
  legend: 'Leyenda',
  influence: (level) => `Influencia ${level.toLowerCase()}`,
  notCovered: 'Nadie lo cubre',
  ourTeam: 'Nuestro equipo',
  orgChart: {
    title: (account) => `Organigrama de ${account}`,
    description: (people, roots) =>
      `${people} ${people === 1 ? 'persona' : 'personas'} de la unidad de decisión` +
      (roots.length > 0 ? `, que dependen de ${list(roots, 'y')}.` : '.') +
      ' El color indica la actitud hacia nosotros y el grosor del borde, la influencia.',
  },
  coverage: {
    title: (account) => `Mapa de cobertura de ${account}`,
    description: (links, ours, theirs) =>
      `${links} ${links === 1 ? 'vínculo' : 'vínculos'} entre ${ours} personas de nuestro equipo y ${theirs} del cliente.`,
    model: {
      'bow-tie': 'Pajarita: el contacto pasa por una o dos personas de cada lado.',
      diamond: 'Diamante: varias de nuestras funciones hablan con sus homólogas del cliente.',
      uncovered: 'Nadie de nuestro equipo cubre todavía a ninguna persona del cliente.',
    },
    uncovered: (names) => `Personas de alta influencia que nadie cubre: ${list(names, 'y')}.`,
  },
  timeline: {
    title: (account) => `Calendario del plan de acción de ${account}`,
    description: (dated, undated) =>
      `${dated} ${dated === 1 ? 'acción' : 'acciones'} por fecha límite` +
      (undated > 0 ? `; ${undated} sin fecha se listan aparte.` : '.'),
    period: 'Periodo del plan',
    today: 'Hoy',
  },
  matrix: {
    title: 'Matriz de selección',
    description: (accounts) =>
      `${accounts} ${accounts === 1 ? 'cuenta situada' : 'cuentas situadas'} por nuestra posición competitiva (horizontal) y su atractivo (vertical); el tamaño del punto indica la disposición a coinvertir.`,
    weak: 'Posición débil',
    strong: 'Posición fuerte',
    low: 'Menos atractiva',
    high: 'Atractiva',
    coInvestment: 'Disposición a coinvertir',
    notScored: 'Sin puntuar',
  },
};

/** Diagram words for the site's interface language. */
export function diagramStrings(locale: Settings['locale']): DiagramStrings {
  return { ...(locale === 'es' ? es : en), locale, labels: uiStrings(locale).labels };
}
