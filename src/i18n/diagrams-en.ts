import type { DiagramPhrases } from './diagram-types.ts';

const list = (names: string[], and: string) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;

export const diagramsEn: DiagramPhrases = {
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
      `${dated} ${dated === 1 ? 'action' : 'actions'} by due date` +
      (undated > 0 ? `; ${undated} without a due date are listed apart.` : '.'),
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
