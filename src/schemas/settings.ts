import { z } from 'zod';
import { currency, slug } from './common.ts';

/** The completeness check ids, in the method's order (Knowledge, Vision, Commitment). */
export const checkIds = [
  'knowledge',
  'vision',
  'value-proposition',
  'decision-maker',
  'champion',
  'coverage',
  'sponsor',
  'team',
  'kpis',
  'actions',
  'client-validation',
  'selection',
  'freshness',
  'placeholders',
] as const;
export type CheckId = (typeof checkIds)[number];

const weight = z.number().min(0);
const range = z
  .tuple([z.int().min(0), z.int().min(0)])
  .refine(([low, high]) => low <= high, { error: 'must be [low, high] with low ≤ high' });
const requirement = z.union([z.literal('all'), z.array(z.enum(checkIds))]);

/** One thing we sell: a column of the whitespace grid. */
export const offeringSchema = z.strictObject({
  /** Slug referenced from plans and value propositions. @example "cold-chain" */
  id: slug,
  /** Display name. @example "Cold-chain transport" */
  name: z.string().min(1),
  /** Optional product family used to group columns. @example "Transport" */
  family: z.string().min(1).optional(),
});

/** `content/settings.yaml`. Every setting has a default: a minimal file is `company` alone. */
export const settingsSchema = z.strictObject({
  /** Our company's name, shown in the header. */
  company: z.string().min(1),
  /** Language of the site's interface: `en` or `es`. @default "en" */
  locale: z.enum(['en', 'es']).default('en'),
  /** Default currency for money, ISO 4217. @default "EUR" */
  currency: currency.default('EUR'),
  /** What we sell. Plans and value propositions reference these ids. @default [] */
  offerings: z.array(offeringSchema).default([]),
  /** Repository URL used for "edit this page" links. @example "https://github.com/acme/key-accounts" */
  repoUrl: z.url().optional(),
  /** Account-selection scoring. */
  selection: z
    .strictObject({
      /** Weights of the six selection criteria. Attractiveness is the weighted mean of the first three, position of the last three. @default 1 each */
      weights: z
        .strictObject({
          profitability: weight.default(1),
          growth: weight.default(1),
          strategicValue: weight.default(1),
          customerKnowledge: weight.default(1),
          brandImage: weight.default(1),
          costToServe: weight.default(1),
        })
        .prefault({}),
    })
    .prefault({}),
  /** Size of the key-account portfolio (active plans). */
  portfolio: z
    .strictObject({
      /** Recommended number of active key accounts. @default [15, 35] */
      recommended: range.default([15, 35]),
      /** Extreme limits for the number of active key accounts. @default [5, 50] */
      limits: range.default([5, 50]),
    })
    .prefault({}),
  /** Plan-completeness policy. */
  completeness: z
    .strictObject({
      /** A plan whose `reviewed` date is older than this is stale. @default 120 */
      staleAfterDays: z.int().min(1).default(120),
      /** Minimum words in each Knowledge subsection and in Vision. @default 40 */
      minWords: z.int().min(0).default(40),
      /** Weight of each check in the completeness score. @default 1 each */
      weights: z.partialRecord(z.enum(checkIds), weight).default({}),
      /** Which checks run for plans of each status: `all` or a list of check ids. */
      require: z
        .strictObject({
          active: requirement.default('all'),
          draft: requirement.default('all'),
          archived: requirement.default([]),
        })
        .prefault({}),
    })
    .prefault({}),
  /**
   * Named audiences for restricted builds, each with the frontmatter paths it must not see.
   * @example { "all-staff": { hide: ["revenue", "people.stance"] } }
   */
  audiences: z.record(slug, z.strictObject({ hide: z.array(z.string().min(1)).default([]) })).default({}),
});

export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;
