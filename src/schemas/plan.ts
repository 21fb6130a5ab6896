import { z } from 'zod';
import { checksEn } from '../i18n/check-en.ts';
import { currency, isoDate, LOCALES, score, slug } from './common.ts';

export const planStatuses = ['draft', 'active', 'archived'] as const;
export const relationshipStages = ['transactional', 'developing', 'collaborative', 'partnership'] as const;
export const actionStatuses = ['planned', 'in-progress', 'done', 'blocked'] as const;
/** The seven scores of `selection`, as paths under it, in the order the schema lists them. */
export const selectionScorePaths = [
  ['attractiveness', 'profitability'],
  ['attractiveness', 'growth'],
  ['attractiveness', 'strategicValue'],
  ['position', 'customerKnowledge'],
  ['position', 'brandImage'],
  ['position', 'costToServe'],
  ['coInvestment'],
] as const;

const money = z.number().min(0);

// Each field's `description` repeats its JSDoc: JSDoc is for readers of this code, the description
// reaches the JSON Schemas in `schemas/` and so the editor's hover (test/workflow keeps them equal).

/** A member of the multidisciplinary account team. */
const teamAssignmentSchema = z
  .strictObject({
    /** Team id (a file in `content/team/`). @example "pablo-ruiz" */
    member: slug.meta({ description: 'Team id (a file in `content/team/`).' }),
    /** What the member does for this account, free text. @example "Logistics lead" */
    role: z.string().min(1).meta({ description: 'What the member does for this account, free text.' }),
  })
  .meta({ description: 'A member of the multidisciplinary account team.' });

/** A key performance indicator agreed for the account. */
const kpiSchema = z
  .strictObject({
    /** What is measured. @example "On-time delivery" */
    name: z.string().min(1).meta({ description: 'What is measured.' }),
    /** Unit of the figures. @example "%" */
    unit: z.string().min(1).optional().meta({ description: 'Unit of the figures.' }),
    /** Value at the start of the period. */
    baseline: z.number().optional().meta({ description: 'Value at the start of the period.' }),
    /** Value to reach by `due` (or the end of the period). */
    target: z.number().optional().meta({ description: 'Value to reach by `due` (or the end of the period).' }),
    /** Latest measured value. */
    actual: z.number().optional().meta({ description: 'Latest measured value.' }),
    /** When the target must be reached, YYYY-MM-DD. */
    due: isoDate.optional().meta({ description: 'When the target must be reached, YYYY-MM-DD.' }),
  })
  .meta({ description: 'A key performance indicator agreed for the account.' });

/** A commitment of the action plan. */
const actionSchema = z
  .strictObject({
    /** What will be done. @example "Joint S&OP workshop with the client's supply chain team" */
    title: z.string().min(1).meta({ description: 'What will be done.' }),
    /** Team id of the person responsible. */
    owner: slug.optional().meta({ description: 'Team id of the person responsible.' }),
    /** Due date inside the plan's period, YYYY-MM-DD. */
    due: isoDate.optional().meta({ description: "Due date inside the plan's period, YYYY-MM-DD." }),
    /** `planned`, `in-progress`, `done` or `blocked`. @default "planned" */
    status: z.enum(actionStatuses).default('planned').meta({ description: '`planned`, `in-progress`, `done` or `blocked`.' }),
    /** Whether the client has agreed to this action. @default false */
    clientAgreed: z.boolean().default(false).meta({ description: 'Whether the client has agreed to this action.' }),
  })
  .meta({ description: 'A commitment of the action plan.' });

/** Frontmatter of `content/accounts/<id>/plan.mdx`: the account plan. */
export const planSchema = z
  .strictObject({
    /** The client's display name. @example "Aceros del Norte" */
    account: z.string().min(1).meta({ description: "The client's display name." }),
    /** `draft`, `active` or `archived`. Completeness failures are errors for `active` plans. */
    status: z.enum(planStatuses).meta({ description: '`draft`, `active` or `archived`. Completeness failures are errors for `active` plans.' }),
    /** Team id of the key account manager who owns the plan. */
    owner: slug.meta({ description: 'Team id of the key account manager who owns the plan.' }),
    /** Team id of our executive sponsor for the account. */
    sponsor: slug.optional().meta({ description: 'Team id of our executive sponsor for the account.' }),
    /** The multidisciplinary account team. */
    team: z.array(teamAssignmentSchema).default([]).meta({ description: 'The multidisciplinary account team.' }),
    /** Language the plan is written in; defaults to `settings.locale`. Sets the page language for reading and search. */
    lang: z
      .enum(LOCALES)
      .optional()
      .meta({ description: 'Language the plan is written in; defaults to `settings.locale`. Sets the page language for reading and search.' }),
    /** The client's industry, free text used by the indexes. @example "Food retail" */
    industry: z.string().min(1).optional().meta({ description: "The client's industry, free text used by the indexes." }),
    /** Region, free text used by the indexes. @example "Iberia" */
    region: z.string().min(1).optional().meta({ description: 'Region, free text used by the indexes.' }),
    /** The period the plan covers. @example { start: 2026-01-01, end: 2026-12-31 } */
    period: z
      .strictObject({
        /** First day of the period. */
        start: isoDate.meta({ description: 'First day of the period.' }),
        /** Last day of the period. */
        end: isoDate.meta({ description: 'Last day of the period.' }),
      })
      .refine((period) => period.start <= period.end, { error: checksEn.schema.rules.period })
      .meta({ description: 'The period the plan covers.' }),
    /** Date of the last review of the plan. */
    reviewed: isoDate.meta({ description: 'Date of the last review of the plan.' }),
    /** Date of the next scheduled review. */
    nextReview: isoDate.optional().meta({ description: 'Date of the next scheduled review.' }),
    /** Our sales to this client and the target. */
    revenue: z
      .strictObject({
        /** Defaults to `settings.currency`. */
        currency: currency.optional().meta({ description: 'Defaults to `settings.currency`.' }),
        /** Our sales to the client last year. */
        lastYear: money.meta({ description: 'Our sales to the client last year.' }),
        /** Our sales target for the period. */
        target: money.meta({ description: 'Our sales target for the period.' }),
        /** Estimated total spend of the client in our categories (for share of wallet). */
        wallet: money.optional().meta({ description: 'Estimated total spend of the client in our categories (for share of wallet).' }),
      })
      .optional()
      .meta({ description: 'Our sales to this client and the target.' }),
    /** Account-selection scores, each 1–5 where 5 is good for us. */
    selection: z
      .strictObject({
        /** How attractive the account is. */
        attractiveness: z
          .strictObject({
            /** How profitable the account is for us. */
            profitability: score.optional().meta({ description: 'How profitable the account is for us.' }),
            /** The client's growth potential in our categories. */
            growth: score.optional().meta({ description: "The client's growth potential in our categories." }),
            /** Strategic value: reference, innovation, market access. */
            strategicValue: score.optional().meta({ description: 'Strategic value: reference, innovation, market access.' }),
          })
          .optional()
          .meta({ description: 'How attractive the account is.' }),
        /** Our competitive position with the client. */
        position: z
          .strictObject({
            /** How well we know the client's business. */
            customerKnowledge: score.optional().meta({ description: "How well we know the client's business." }),
            /** Our brand image with the client. */
            brandImage: score.optional().meta({ description: 'Our brand image with the client.' }),
            /** Cost to serve: 5 means cheap to serve. */
            costToServe: score.optional().meta({ description: 'Cost to serve: 5 means cheap to serve.' }),
          })
          .optional()
          .meta({ description: 'Our competitive position with the client.' }),
        /** The client's willingness to co-invest in the relationship. */
        coInvestment: score.optional().meta({ description: "The client's willingness to co-invest in the relationship." }),
      })
      .optional()
      .meta({ description: 'Account-selection scores, each 1–5 where 5 is good for us.' }),
    /** Stage of the relationship. */
    relationship: z
      .strictObject({
        /** `transactional`, `developing`, `collaborative` or `partnership`. */
        stage: z.enum(relationshipStages).meta({ description: '`transactional`, `developing`, `collaborative` or `partnership`.' }),
      })
      .optional()
      .meta({ description: 'Stage of the relationship.' }),
    /** Offering ids (from `settings.offerings`) the client buys now and could buy. */
    offerings: z
      .strictObject({
        /** Offering ids the client buys now. */
        current: z.array(slug).default([]).meta({ description: 'Offering ids the client buys now.' }),
        /** Offering ids the client could buy. */
        potential: z.array(slug).default([]).meta({ description: 'Offering ids the client could buy.' }),
      })
      .optional()
      .meta({ description: 'Offering ids (from `settings.offerings`) the client buys now and could buy.' }),
    /** Key performance indicators for the period. */
    kpis: z.array(kpiSchema).default([]).meta({ description: 'Key performance indicators for the period.' }),
    /** The action plan: commitments for the period. */
    actions: z.array(actionSchema).default([]).meta({ description: 'The action plan: commitments for the period.' }),
    /** Who at the client reviewed and committed to the plan, and when. */
    clientValidation: z
      .strictObject({
        /** Stakeholder id from this account's `stakeholders.mdx`. */
        by: slug.meta({ description: "Stakeholder id from this account's `stakeholders.mdx`." }),
        /** Date of the client's validation. */
        date: isoDate.meta({ description: "Date of the client's validation." }),
      })
      .optional()
      .meta({ description: 'Who at the client reviewed and committed to the plan, and when.' }),
    /** Frontmatter paths of this plan hidden from every named audience. @example ["revenue.wallet"] */
    confidential: z
      .array(z.string().min(1))
      .default([])
      .meta({ description: 'Frontmatter paths of this plan hidden from every named audience.' }),
  })
  .meta({ description: 'Frontmatter of `content/accounts/<id>/plan.mdx`: the account plan.' });

export type Plan = z.output<typeof planSchema>;
export type Kpi = z.output<typeof kpiSchema>;
export type Action = z.output<typeof actionSchema>;
