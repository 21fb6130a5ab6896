import { z } from 'zod';
import { currency, slug } from './common.ts';

export const valueStatuses = ['draft', 'proposed', 'accepted', 'delivered'] as const;
export const argumentKinds = ['cost', 'revenue', 'risk', 'performance', 'experience'] as const;

// Each field's `description` repeats its JSDoc for the editor's hover (see plan.ts).

/** A rational argument of the proposition, ideally with numbers the client can sell internally. */
const valueArgumentSchema = z
  .strictObject({
    /** `cost`, `revenue`, `risk`, `performance` or `experience`. */
    kind: z.enum(argumentKinds).meta({ description: '`cost`, `revenue`, `risk`, `performance` or `experience`.' }),
    /** The claim in one sentence. @example "Cut stock-outs in the Levante stores" */
    claim: z.string().min(1).meta({ description: 'The claim in one sentence.' }),
    /** What is measured. @example "Stock-out rate (%)" */
    metric: z.string().min(1).optional().meta({ description: 'What is measured.' }),
    /** Current value of the metric. */
    baseline: z.number().optional().meta({ description: 'Current value of the metric.' }),
    /** Value we commit to reach. */
    target: z.number().optional().meta({ description: 'Value we commit to reach.' }),
    /** Money the argument is worth to the client. @example { amount: 420000, currency: EUR, per: year } */
    value: z
      .strictObject({
        /** The amount of money. */
        amount: z.number().meta({ description: 'The amount of money.' }),
        /** Defaults to `settings.currency`. */
        currency: currency.optional().meta({ description: 'Defaults to `settings.currency`.' }),
        /** Period the amount refers to. @example "year" */
        per: z.string().min(1).optional().meta({ description: 'Period the amount refers to.' }),
      })
      .optional()
      .meta({ description: 'Money the argument is worth to the client.' }),
  })
  .meta({ description: 'A rational argument of the proposition, ideally with numbers the client can sell internally.' });

/** Frontmatter of `content/accounts/<id>/value/<name>.mdx`: a value proposition. */
export const valueSchema = z
  .strictObject({
    /** Title of the proposition. */
    title: z.string().min(1).meta({ description: 'Title of the proposition.' }),
    /** `draft`, `proposed`, `accepted` or `delivered`. */
    status: z.enum(valueStatuses).meta({ description: '`draft`, `proposed`, `accepted` or `delivered`.' }),
    /** Offering ids (from `settings.offerings`) the proposition is built on. */
    offerings: z.array(slug).default([]).meta({ description: 'Offering ids (from `settings.offerings`) the proposition is built on.' }),
    /** Stakeholder ids of this account the proposition is addressed to. */
    audience: z.array(slug).default([]).meta({ description: 'Stakeholder ids of this account the proposition is addressed to.' }),
    /** The rational arguments. */
    arguments: z.array(valueArgumentSchema).default([]).meta({ description: 'The rational arguments.' }),
  })
  .meta({ description: 'Frontmatter of `content/accounts/<id>/value/<name>.mdx`: a value proposition.' });

export type ValueProposition = z.output<typeof valueSchema>;
export type ValueArgument = z.output<typeof valueArgumentSchema>;
