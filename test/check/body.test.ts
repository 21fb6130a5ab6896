import { describe, expect, it } from 'vitest';
import { edits, linesOf, MAP, minimalFiles, PLAN, replace, resultOf, SETTINGS, VALUE, withChanges } from './helpers.ts';

const INDUSTRY = /Food retail in Iberia runs on thin margins[^\n]*/;
const VISION = /With our warehousing and road transport[^\n]*/;

describe('knowledge', () => {
  it('passes with Industry and Client subsections of at least minWords words', () => {
    expect(resultOf(minimalFiles(), 'knowledge')).toMatchObject({
      passed: true,
      reason: '`Industry` has 47 words and `Client` has 46 words (at least 40 each).',
    });
  });

  it('fails without a Knowledge section, naming the sections found', () => {
    const files = withChanges({ [PLAN]: replace('## Knowledge', '## Background') });
    expect(linesOf(files, 'knowledge')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:49:1  error  The plan has no \`Knowledge\` section (its sections: \`Background\`, \`Vision\`, \`Commitment\`). Add \`## Knowledge\` with a \`### Industry\` and a \`### Client\` subsection of at least 40 words each, on the client's industry (its market, trends and pressures) and on the state of the client's business (its competitive advantages, main problems, competitors and history with us).  [knowledge]",
      ]
    `);
  });

  it('fails without a Client subsection, at the Knowledge heading', () => {
    const files = withChanges({ [PLAN]: replace('### Client', '### Customer') });
    expect(linesOf(files, 'knowledge')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:49:1  error  \`Knowledge\` has no \`Client\` subsection. Add \`### Client\` under it with at least 40 words on the state of the client's business (its competitive advantages, main problems, competitors and history with us).  [knowledge]",
      ]
    `);
  });

  it('fails when a subsection is shorter than minWords, at its heading', () => {
    const files = withChanges({ [PLAN]: replace(INDUSTRY, 'Food retail is a low-margin business.') });
    expect(linesOf(files, 'knowledge')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:51:1  error  \`Knowledge\` › \`Industry\` has 6 words; at least 40 are needed. Write more on the client's industry (its market, trends and pressures).  [knowledge]",
      ]
    `);
    expect(resultOf(files, 'knowledge')).toMatchObject({ passed: false, hint: expect.stringContaining("the client's industry") });
  });

  it('reads minWords from the settings', () => {
    const files = withChanges({ [SETTINGS]: (text) => `${text}completeness:\n  minWords: 47\n` });
    expect(linesOf(files, 'knowledge')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:55:1  error  \`Knowledge\` › \`Client\` has 46 words; at least 47 are needed. Write more on the state of the client's business (its competitive advantages, main problems, competitors and history with us).  [knowledge]",
      ]
    `);
  });

  it('accepts the Spanish headings, and suggests them for a plan written in Spanish', () => {
    const spanish = edits(
      replace('## Knowledge', '## Conocimiento'),
      replace('### Industry', '### Industria'),
      replace('### Client', '### Cliente'),
      replace('## Vision', '## Visión'),
      replace('status: active', 'lang: es\nstatus: active'),
    );
    expect(resultOf(withChanges({ [PLAN]: spanish }), 'knowledge').passed).toBe(true);
    expect(resultOf(withChanges({ [PLAN]: spanish }), 'vision').passed).toBe(true);
    const files = withChanges({ [PLAN]: edits(spanish, replace('## Conocimiento', '## Contexto'), replace('## Visión', '## Propuesta')) });
    expect(linesOf(files, ['knowledge', 'vision'])).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:50:1  error  The plan has no \`Conocimiento\` section (its sections: \`Contexto\`, \`Propuesta\`, \`Commitment\`). Add \`## Conocimiento\` with a \`### Industria\` and a \`### Cliente\` subsection of at least 40 words each, on the client's industry (its market, trends and pressures) and on the state of the client's business (its competitive advantages, main problems, competitors and history with us).  [knowledge]",
        "content/accounts/acme/plan.mdx:50:1  error  The plan has no \`Visión\` section (its sections: \`Contexto\`, \`Propuesta\`, \`Commitment\`). Add \`## Visión\` with at least 40 words on how our offering improves the client's business (a business vision, not a catalogue).  [vision]",
      ]
    `);
  });
});

describe('vision', () => {
  it('passes with at least minWords words', () => {
    expect(resultOf(minimalFiles(), 'vision')).toMatchObject({ passed: true, reason: '`Vision` has 48 words (at least 40).' });
  });

  it('fails when too short, at the Vision heading', () => {
    const files = withChanges({ [PLAN]: replace(VISION, 'We deliver every day.') });
    expect(linesOf(files, 'vision')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:59:1  error  \`Vision\` has 4 words; at least 40 are needed. Write more on how our offering improves the client's business (a business vision, not a catalogue).  [vision]",
      ]
    `);
  });

  it('fails without a Vision section', () => {
    const files = withChanges({ [PLAN]: replace('## Vision', '## Our offer') });
    expect(linesOf(files, 'vision')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:49:1  error  The plan has no \`Vision\` section (its sections: \`Knowledge\`, \`Our offer\`, \`Commitment\`). Add \`## Vision\` with at least 40 words on how our offering improves the client's business (a business vision, not a catalogue).  [vision]",
      ]
    `);
  });
});

describe('placeholders', () => {
  it('passes on the minimal fixture, and the Spanish word "todo" is not a placeholder', () => {
    expect(resultOf(minimalFiles(), 'placeholders').passed).toBe(true);
    const files = withChanges({ [PLAN]: replace(VISION, '$& Todo el equipo lo sabe, y todo está listo.') });
    expect(resultOf(files, 'placeholders').passed).toBe(true);
  });

  it('reports TODO, TBD, FIXME and lorem ipsum at their node, in every document of the account', () => {
    const files = withChanges({
      [PLAN]: edits(
        replace('### Industry', '### Industry (TBD)'),
        replace(VISION, '$&\n\nTODO: numbers. FIXME and TODO again.'),
        replace('name: On-time delivery', 'name: TBD'),
      ),
      [MAP]: (text) => `${text}\nLorem ipsum dolor sit amet.\n`,
      [VALUE]: replace('Daily replenishment lets', 'FIXME Daily replenishment lets'),
    });
    expect(linesOf(files, 'placeholders')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:32:11  error  \`kpis[0].name\` is the placeholder \`TBD\`. Write the real value, or remove the field if it is optional.  [placeholders]",
        "content/accounts/acme/plan.mdx:51:1  error  The heading \`### Industry (TBD)\` holds the placeholder \`TBD\`. Give the section its real title.  [placeholders]",
        "content/accounts/acme/plan.mdx:63:1  error  The body still holds the placeholders \`TODO\` and \`FIXME\`. Write the missing content in its place.  [placeholders]",
        "content/accounts/acme/stakeholders.mdx:28:1  error  The body still holds the placeholder \`Lorem ipsum\`. Write the missing content in its place.  [placeholders]",
        "content/accounts/acme/value/daily-replenishment.mdx:17:1  error  The body still holds the placeholder \`FIXME\`. Write the missing content in its place.  [placeholders]",
      ]
    `);
  });
});
