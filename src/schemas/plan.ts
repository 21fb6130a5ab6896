import { z } from 'zod';
import { currency, isoDate, score, slug } from './common.ts';

export const planStatuses = ['draft', 'active', 'archived'] as const;
export const relationshipStages = ['transactional', 'developing', 'collaborative', 'partnership'] as const;
export const actionStatuses = ['planned', 'in-progress', 'done', 'blocked'] as const;

const money = z.number().min(0);

/** A member of the multidisciplinary account team. */
export const teamAssignmentSchema = z.strictObject({
  /** Team id (a file in `content/team/`). @example "pablo-ruiz" */
  member: slug,
  /** What the member does for this account, free text. @example "Logistics lead" */
  role: z.string().min(1),
});

/** A key performance indicator agreed for the account. */
export const kpiSchema = z.strictObject({
  /** What is measured. @example "On-time delivery" */
  name: z.string().min(1),
  /** Unit of the figures. @example "%" */
  unit: z.string().min(1).optional(),
  /** Value at the start of the period. */
  baseline: z.number().optional(),
  /** Value to reach by `due` (or the end of the period). */
  target: z.number().optional(),
  /** Latest measured value. */
  actual: z.number().optional(),
  /** When the target must be reached, YYYY-MM-DD. */
  due: isoDate.optional(),
});

/** A commitment of the action plan. */
export const actionSchema = z.strictObject({
  /** What will be done. @example "Joint S&OP workshop with the client's supply chain team" */
  title: z.string().min(1),
  /** Team id of the person responsible. */
  owner: slug.optional(),
  /** Due date inside the plan's period, YYYY-MM-DD. */
  due: isoDate.optional(),
  /** `planned`, `in-progress`, `done` or `blocked`. @default "planned" */
  status: z.enum(actionStatuses).default('planned'),
  /** Whether the client has agreed to this action. @default false */
  clientAgreed: z.boolean().default(false),
});

/** Frontmatter of `content/accounts/<id>/plan.mdx`: the account plan. */
export const planSchema = z.strictObject({
  /** The client's display name. @example "Aceros del Norte" */
  account: z.string().min(1),
  /** `draft`, `active` or `archived`. Completeness failures are errors for `active` plans. */
  status: z.enum(planStatuses),
  /** Team id of the key account manager who owns the plan. */
  owner: slug,
  /** Team id of our executive sponsor for the account. */
  sponsor: slug.optional(),
  /** The multidisciplinary account team. */
  team: z.array(teamAssignmentSchema).default([]),
  /** Language the plan is written in; defaults to `settings.locale`. Sets the page language for reading and search. */
  lang: z.enum(['en', 'es']).optional(),
  /** The client's industry, free text used by the indexes. @example "Food retail" */
  industry: z.string().min(1).optional(),
  /** Region, free text used by the indexes. @example "Iberia" */
  region: z.string().min(1).optional(),
  /** The period the plan covers. @example { start: 2026-01-01, end: 2026-12-31 } */
  period: z
    .strictObject({ start: isoDate, end: isoDate })
    .refine((period) => period.start <= period.end, { error: 'period.end must not be before period.start' }),
  /** Date of the last review of the plan. */
  reviewed: isoDate,
  /** Date of the next scheduled review. */
  nextReview: isoDate.optional(),
  /** Our sales to this client and the target. */
  revenue: z
    .strictObject({
      /** Defaults to `settings.currency`. */
      currency: currency.optional(),
      /** Our sales to the client last year. */
      lastYear: money,
      /** Our sales target for the period. */
      target: money,
      /** Estimated total spend of the client in our categories (for share of wallet). */
      wallet: money.optional(),
    })
    .optional(),
  /** Account-selection scores, each 1–5 where 5 is good for us. */
  selection: z
    .strictObject({
      attractiveness: z
        .strictObject({
          /** How profitable the account is for us. */
          profitability: score.optional(),
          /** The client's growth potential in our categories. */
          growth: score.optional(),
          /** Strategic value: reference, innovation, market access. */
          strategicValue: score.optional(),
        })
        .optional(),
      position: z
        .strictObject({
          /** How well we know the client's business. */
          customerKnowledge: score.optional(),
          /** Our brand image with the client. */
          brandImage: score.optional(),
          /** Cost to serve: 5 means cheap to serve. */
          costToServe: score.optional(),
        })
        .optional(),
      /** The client's willingness to co-invest in the relationship. */
      coInvestment: score.optional(),
    })
    .optional(),
  /** Stage of the relationship. */
  relationship: z
    .strictObject({
      /** `transactional`, `developing`, `collaborative` or `partnership`. */
      stage: z.enum(relationshipStages),
    })
    .optional(),
  /** Offering ids (from `settings.offerings`) the client buys now and could buy. */
  offerings: z
    .strictObject({
      current: z.array(slug).default([]),
      potential: z.array(slug).default([]),
    })
    .optional(),
  /** Key performance indicators for the period. */
  kpis: z.array(kpiSchema).default([]),
  /** The action plan: commitments for the period. */
  actions: z.array(actionSchema).default([]),
  /** Who at the client reviewed and committed to the plan, and when. */
  clientValidation: z
    .strictObject({
      /** Stakeholder id from this account's `stakeholders.mdx`. */
      by: slug,
      /** Date of the client's validation. */
      date: isoDate,
    })
    .optional(),
  /** Frontmatter paths of this plan hidden from every named audience. @example ["revenue.wallet"] */
  confidential: z.array(z.string().min(1)).default([]),
});

export type PlanInput = z.input<typeof planSchema>;
export type Plan = z.output<typeof planSchema>;
export type Kpi = z.output<typeof kpiSchema>;
export type Action = z.output<typeof actionSchema>;
