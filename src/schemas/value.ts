import { z } from 'zod';
import { currency, slug } from './common.ts';

export const valueStatuses = ['draft', 'proposed', 'accepted', 'delivered'] as const;
export const argumentKinds = ['cost', 'revenue', 'risk', 'performance', 'experience'] as const;

/** A rational argument of the proposition, ideally with numbers the client can sell internally. */
export const valueArgumentSchema = z.strictObject({
  /** `cost`, `revenue`, `risk`, `performance` or `experience`. */
  kind: z.enum(argumentKinds),
  /** The claim in one sentence. @example "Cut stock-outs in the Levante stores" */
  claim: z.string().min(1),
  /** What is measured. @example "Stock-out rate (%)" */
  metric: z.string().min(1).optional(),
  /** Current value of the metric. */
  baseline: z.number().optional(),
  /** Value we commit to reach. */
  target: z.number().optional(),
  /** Money the argument is worth to the client. @example { amount: 420000, currency: EUR, per: year } */
  value: z
    .strictObject({
      amount: z.number(),
      currency: currency.optional(),
      /** Period the amount refers to. @example "year" */
      per: z.string().min(1).optional(),
    })
    .optional(),
});

/** Frontmatter of `content/accounts/<id>/value/<name>.mdx`: a value proposition. */
export const valueSchema = z.strictObject({
  /** Title of the proposition. */
  title: z.string().min(1),
  /** `draft`, `proposed`, `accepted` or `delivered`. */
  status: z.enum(valueStatuses),
  /** Offering ids (from `settings.offerings`) the proposition is built on. */
  offerings: z.array(slug).default([]),
  /** Stakeholder ids of this account the proposition is addressed to. */
  audience: z.array(slug).default([]),
  /** The rational arguments. */
  arguments: z.array(valueArgumentSchema).default([]),
});

export type ValueInput = z.input<typeof valueSchema>;
export type ValueProposition = z.output<typeof valueSchema>;
export type ValueArgument = z.output<typeof valueArgumentSchema>;
