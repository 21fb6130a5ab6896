import type { DiagramPhrases } from './diagram-types.ts';

const list = (names: string[], and: string) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;

export const diagramsEs: DiagramPhrases = {
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
      `${dated} ${dated === 1 ? 'acción' : 'acciones'} por fecha límite` + (undated > 0 ? `; ${undated} sin fecha se listan aparte.` : '.'),
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
