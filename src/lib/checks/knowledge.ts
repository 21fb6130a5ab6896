import type { Section } from '../body.ts';
import { count, fail, pass, sectionPlace, type Check, type CheckContext, type Finding } from './context.ts';

/** Headings to suggest, in the plan's language (both are accepted whatever the language). */
const TITLES = {
  en: { knowledge: 'Knowledge', industry: 'Industry', client: 'Client', vision: 'Vision' },
  es: { knowledge: 'Conocimiento', industry: 'Industria', client: 'Cliente', vision: 'Visión' },
} as const;

const ABOUT = {
  industry: "the client's industry (its market, trends and pressures)",
  client: "the state of the client's business (its competitive advantages, main problems, competitors and history with us)",
  vision: "how our offering improves the client's business (a business vision, not a catalogue)",
} as const;

function titles({ plan, portfolio }: CheckContext) {
  return TITLES[plan.data.lang ?? portfolio.settings.locale];
}

function sections(context: CheckContext): Section[] {
  return context.plan.body?.sections ?? [];
}

/** "(its sections: `Vision`, `Commitment`)", so a misspelt heading is easy to spot. */
function found(all: readonly Section[]): string {
  return all.length ? ` (its sections: ${all.map((section) => `\`${section.title}\``).join(', ')})` : ' (its body has no `##` sections)';
}

/** `knowledge`: `Industry` and `Client` subsections under `Knowledge`, each with `minWords` words. */
export const knowledge: Check = (context) => {
  const { plan } = context;
  const min = context.portfolio.settings.completeness.minWords;
  const t = titles(context);
  const section = sections(context).find((candidate) => candidate.key === 'knowledge');
  if (!section) {
    return fail({
      reason: `The plan has no \`${t.knowledge}\` section${found(sections(context))}.`,
      hint: `Add \`## ${t.knowledge}\` with a \`### ${t.industry}\` and a \`### ${t.client}\` subsection of at least ${min} words each, on ${ABOUT.industry} and on ${ABOUT.client}.`,
      place: sectionPlace(plan),
    });
  }
  const findings: Finding[] = [];
  const counts: string[] = [];
  for (const key of ['industry', 'client'] as const) {
    const subsection = section.subsections.find((candidate) => candidate.key === key);
    if (!subsection) {
      findings.push({
        reason: `\`${section.title}\` has no \`${t[key]}\` subsection.`,
        hint: `Add \`### ${t[key]}\` under it with at least ${min} words on ${ABOUT[key]}.`,
        place: sectionPlace(plan, section),
      });
    } else if (subsection.words < min) {
      findings.push({
        reason: `\`${section.title}\` › \`${subsection.title}\` has ${count(subsection.words, 'word')}; at least ${min} are needed.`,
        hint: `Write more on ${ABOUT[key]}.`,
        place: sectionPlace(plan, subsection),
      });
    } else {
      counts.push(`\`${subsection.title}\` has ${count(subsection.words, 'word')}`);
    }
  }
  return findings.length ? fail(...findings) : pass(`${counts.join(' and ')} (at least ${min} each).`);
};

/** `vision`: a `Vision` section with at least `minWords` words. */
export const vision: Check = (context) => {
  const { plan } = context;
  const min = context.portfolio.settings.completeness.minWords;
  const t = titles(context);
  const section = sections(context).find((candidate) => candidate.key === 'vision');
  if (!section) {
    return fail({
      reason: `The plan has no \`${t.vision}\` section${found(sections(context))}.`,
      hint: `Add \`## ${t.vision}\` with at least ${min} words on ${ABOUT.vision}.`,
      place: sectionPlace(plan),
    });
  }
  if (section.words < min) {
    return fail({
      reason: `\`${section.title}\` has ${count(section.words, 'word')}; at least ${min} are needed.`,
      hint: `Write more on ${ABOUT.vision}.`,
      place: sectionPlace(plan, section),
    });
  }
  return pass(`\`${section.title}\` has ${count(section.words, 'word')} (at least ${min}).`);
};
