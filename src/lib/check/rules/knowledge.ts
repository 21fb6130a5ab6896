import type { Section } from '../../content/body.ts';
import { fail, pass, sectionPlace, type Check, type CheckContext, type Finding } from './context.ts';

/** Headings to suggest, in the plan's language (both are accepted whatever the language). */
const TITLES = {
  en: { knowledge: 'Knowledge', industry: 'Industry', client: 'Client', vision: 'Vision' },
  es: { knowledge: 'Conocimiento', industry: 'Industria', client: 'Cliente', vision: 'Visión' },
} as const;

function titles({ plan, portfolio }: CheckContext) {
  return TITLES[plan.data.lang ?? portfolio.settings.locale];
}

function sections(context: CheckContext): Section[] {
  return context.plan.body?.sections ?? [];
}

/** "(its sections: `Vision`, `Commitment`)", so a misspelt heading is easy to spot. */
function found(context: CheckContext): string {
  return context.t.knowledge.found(sections(context).map((section) => section.title));
}

/** `knowledge`: `Industry` and `Client` subsections under `Knowledge`, each with `minWords` words. */
export const knowledge: Check = (context) => {
  const { plan } = context;
  const min = context.portfolio.settings.completeness.minWords;
  const t = titles(context);
  const say = context.t.knowledge;
  const section = sections(context).find((candidate) => candidate.key === 'knowledge');
  if (!section) {
    return fail({
      reason: say.noSection(t.knowledge, found(context)),
      hint: say.addKnowledge(t.knowledge, t.industry, t.client, min, say.about.industry, say.about.client),
      place: sectionPlace(plan),
    });
  }
  const findings: Finding[] = [];
  const counts: string[] = [];
  for (const key of ['industry', 'client'] as const) {
    const subsection = section.subsections.find((candidate) => candidate.key === key);
    if (!subsection) {
      findings.push({
        reason: say.noSubsection(section.title, t[key]),
        hint: say.addSubsection(t[key], min, say.about[key]),
        place: sectionPlace(plan, section),
      });
    } else if (subsection.words < min) {
      findings.push({
        reason: say.tooShort(`\`${section.title}\` › \`${subsection.title}\``, subsection.words, min),
        hint: say.writeMore(say.about[key]),
        place: sectionPlace(plan, subsection),
      });
    } else {
      counts.push(say.has(subsection.title, subsection.words));
    }
  }
  return findings.length ? fail(...findings) : pass(say.passed(counts, min));
};

/** `vision`: a `Vision` section with at least `minWords` words. */
export const vision: Check = (context) => {
  const { plan } = context;
  const min = context.portfolio.settings.completeness.minWords;
  const t = titles(context);
  const say = context.t.knowledge;
  const section = sections(context).find((candidate) => candidate.key === 'vision');
  if (!section) {
    return fail({
      reason: say.noSection(t.vision, found(context)),
      hint: say.addVision(t.vision, min, say.about.vision),
      place: sectionPlace(plan),
    });
  }
  if (section.words < min) {
    return fail({
      reason: say.tooShort(`\`${section.title}\``, section.words, min),
      hint: say.writeMore(say.about.vision),
      place: sectionPlace(plan, section),
    });
  }
  return pass(say.visionPassed(section.title, section.words, min));
};
