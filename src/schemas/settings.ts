import { z } from 'zod';
import { checksEn } from '../i18n/check-en.ts';
import { currency, LOCALES, slug } from './common.ts';

/** How an overdue review gates: see `completeness.overdue`. */
const overduePolicies = ['changed', 'error', 'warn'] as const;

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
  .refine(([low, high]) => low <= high, { error: checksEn.schema.rules.range });
const requirement = z.union([z.literal('all'), z.array(z.enum(checkIds))]);

// Each field's `description` repeats its JSDoc for the editor's hover (see plan.ts).

/** One thing we sell: a column of the whitespace grid. */
const offeringSchema = z
  .strictObject({
    /** Slug referenced from plans and value propositions. @example "cold-chain" */
    id: slug.meta({ description: 'Slug referenced from plans and value propositions.' }),
    /** Display name. @example "Cold-chain transport" */
    name: z.string().min(1).meta({ description: 'Display name.' }),
    /** Optional product family used to group columns. @example "Transport" */
    family: z.string().min(1).optional().meta({ description: 'Optional product family used to group columns.' }),
  })
  .meta({ description: 'One thing we sell: a column of the whitespace grid.' });

/**
 * Body sections the client view can show: level-2 sections (`knowledge`, `vision`, `commitment`) or
 * one Knowledge subsection (`industry`, `client`) without the rest of Knowledge.
 */
const clientSections = ['knowledge', 'industry', 'client', 'vision', 'commitment'] as const;
export type ClientSection = (typeof clientSections)[number];

/** Our internal assessment of the account: never in a plan shown to the client unless configured. */
const clientViewHideDefault = [
  'revenue',
  'selection',
  'relationship',
  'offerings.potential',
  'people.stance',
  'people.influence',
  'people.relationship',
  'people.buyingRole',
  'people.owner',
  'people.cadence',
  'people.lastContact',
];

/** The client-shareable plan view: what it hides and which body sections it shows. */
const clientViewSchema = z
  .strictObject({
    /**
     * Frontmatter paths hidden from the client view, as in `audiences`. Setting it replaces the default.
     * @default ["revenue", "selection", "relationship", "offerings.potential", "people.stance", "people.influence", "people.relationship", "people.buyingRole", "people.owner", "people.cadence", "people.lastContact"]
     */
    hide: z
      .array(z.string().min(1))
      .default(clientViewHideDefault)
      .meta({ description: 'Frontmatter paths hidden from the client view, as in `audiences`. Setting it replaces the default.' }),
    /**
     * Body sections the client view shows, by key: `knowledge`, `industry`, `client`, `vision` or `commitment` (headings in English or Spanish); other sections are left out.
     * @default ["vision", "commitment"]
     */
    sections: z
      .array(z.enum(clientSections))
      .default(['vision', 'commitment'])
      .meta({
        description:
          'Body sections the client view shows, by key: `knowledge`, `industry`, `client`, `vision` or `commitment` (headings in English or Spanish); other sections are left out.',
      }),
  })
  .meta({ description: 'The client-shareable plan view: what it hides and which body sections it shows.' });

/** `content/settings.yaml`. Every setting has a default: a minimal file is `company` alone. */
export const settingsSchema = z
  .strictObject({
    /** Our company's name, shown in the header. */
    company: z.string().min(1).meta({ description: "Our company's name, shown in the header." }),
    /** Language of the site's interface: `en` or `es`. @default "en" */
    locale: z.enum(LOCALES).default('en').meta({ description: "Language of the site's interface: `en` or `es`." }),
    /** Default currency for money, ISO 4217. @default "EUR" */
    currency: currency.default('EUR').meta({ description: 'Default currency for money, ISO 4217.' }),
    /** What we sell. Plans and value propositions reference these ids. @default [] */
    offerings: z
      .array(offeringSchema)
      .default([])
      .meta({ description: 'What we sell. Plans and value propositions reference these ids.' }),
    /** Repository URL used for "edit this page" links. @example "https://github.com/acme/key-accounts" */
    repoUrl: z.url().optional().meta({ description: 'Repository URL used for "edit this page" links.' }),
    /** The browser editor at `/admin/`: the branch it opens pull requests against and how people sign in to GitHub. */
    editor: z
      .strictObject({
        /** The branch that pull requests from the editor target. @default "main" */
        branch: z.string().min(1).default('main').meta({ description: 'The branch that pull requests from the editor target.' }),
        /**
         * The company's own OAuth endpoint for signing in with GitHub (it holds the OAuth app's secret).
         * Without it, people sign in with a GitHub token.
         * @example { baseUrl: "https://auth.example.com", authEndpoint: "auth" }
         */
        oauth: z
          .strictObject({
            /** Base URL of the OAuth endpoint. */
            baseUrl: z.url().meta({ description: 'Base URL of the OAuth endpoint.' }),
            /** Path of the sign-in route under `baseUrl`. @default "auth" */
            authEndpoint: z.string().min(1).optional().meta({ description: 'Path of the sign-in route under `baseUrl`.' }),
          })
          .optional()
          .meta({
            description: "The company's own OAuth endpoint for signing in with GitHub (it holds the OAuth app's secret). Without it, people sign in with a GitHub token.",
          }),
      })
      .prefault({})
      .meta({ description: 'The browser editor at `/admin/`: the branch it opens pull requests against and how people sign in to GitHub.' }),
    /** Account-selection scoring. */
    selection: z
      .strictObject({
        /** Weights of the six selection criteria. Attractiveness is the weighted mean of the first three, position of the last three. @default 1 each */
        weights: z
          .strictObject({
            /** Weight of `profitability` in attractiveness. @default 1 */
            profitability: weight.default(1).meta({ description: 'Weight of `profitability` in attractiveness.' }),
            /** Weight of `growth` in attractiveness. @default 1 */
            growth: weight.default(1).meta({ description: 'Weight of `growth` in attractiveness.' }),
            /** Weight of `strategicValue` in attractiveness. @default 1 */
            strategicValue: weight.default(1).meta({ description: 'Weight of `strategicValue` in attractiveness.' }),
            /** Weight of `customerKnowledge` in our position. @default 1 */
            customerKnowledge: weight.default(1).meta({ description: 'Weight of `customerKnowledge` in our position.' }),
            /** Weight of `brandImage` in our position. @default 1 */
            brandImage: weight.default(1).meta({ description: 'Weight of `brandImage` in our position.' }),
            /** Weight of `costToServe` in our position. @default 1 */
            costToServe: weight.default(1).meta({ description: 'Weight of `costToServe` in our position.' }),
          })
          .prefault({})
          .meta({
            description: 'Weights of the six selection criteria. Attractiveness is the weighted mean of the first three, position of the last three.',
          }),
      })
      .prefault({})
      .meta({ description: 'Account-selection scoring.' }),
    /** Size of the key-account portfolio (active plans). */
    portfolio: z
      .strictObject({
        /** Recommended number of active key accounts. @default [15, 35] */
        recommended: range.default([15, 35]).meta({ description: 'Recommended number of active key accounts.' }),
        /** Extreme limits for the number of active key accounts. @default [5, 50] */
        limits: range.default([5, 50]).meta({ description: 'Extreme limits for the number of active key accounts.' }),
      })
      .prefault({})
      .meta({ description: 'Size of the key-account portfolio (active plans).' }),
    /** Plan-completeness policy. */
    completeness: z
      .strictObject({
        /** A plan whose `reviewed` date is older than this is stale. @default 120 */
        staleAfterDays: z.int().min(1).default(120).meta({ description: 'A plan whose `reviewed` date is older than this is stale.' }),
        /**
         * How an active plan whose review is overdue or stale gates (the `freshness` check). `changed`: a warning in builds and a plain check, an error in `npm run check -- --since <base>` when the change touches a file of that account. `error`: always an error. `warn`: never an error.
         * @default "changed"
         */
        overdue: z
          .enum(overduePolicies)
          .default('changed')
          .meta({
            description:
              'How an active plan whose review is overdue or stale gates (the `freshness` check). `changed`: a warning in builds and a plain check, an error in `npm run check -- --since <base>` when the change touches a file of that account. `error`: always an error. `warn`: never an error.',
          }),
        /** Minimum words in each Knowledge subsection and in Vision. @default 40 */
        minWords: z.int().min(0).default(40).meta({ description: 'Minimum words in each Knowledge subsection and in Vision.' }),
        /** Weight of each check in the completeness score. @default 1 each */
        weights: z
          .partialRecord(z.enum(checkIds), weight)
          .default({})
          .meta({ description: 'Weight of each check in the completeness score.' }),
        /** Which checks run for plans of each status: `all` or a list of check ids. */
        require: z
          .strictObject({
            /** Checks run for `active` plans; a failure is an error. @default "all" */
            active: requirement.default('all').meta({ description: 'Checks run for `active` plans; a failure is an error.' }),
            /** Checks run for `draft` plans; a failure is a warning. @default "all" */
            draft: requirement.default('all').meta({ description: 'Checks run for `draft` plans; a failure is a warning.' }),
            /** Checks run for `archived` plans; a failure is a warning. @default [] */
            archived: requirement.default([]).meta({ description: 'Checks run for `archived` plans; a failure is a warning.' }),
          })
          .prefault({})
          .meta({ description: 'Which checks run for plans of each status: `all` or a list of check ids.' }),
      })
      .prefault({})
      .meta({ description: 'Plan-completeness policy.' }),
    /**
     * Named audiences for restricted builds, each with the frontmatter paths it must not see.
     * @example { "all-staff": { hide: ["revenue", "people.stance"] } }
     */
    audiences: z
      .record(
        slug,
        z
          .strictObject({
            /** Frontmatter paths this audience must not see. @example ["revenue", "people.stance"] */
            hide: z.array(z.string().min(1)).default([]).meta({ description: 'Frontmatter paths this audience must not see.' }),
          })
          .meta({ description: 'One audience: what it must not see.' }),
      )
      .default({})
      .meta({ description: 'Named audiences for restricted builds, each with the frontmatter paths it must not see.' }),
    /** What MDX bodies may contain. */
    content: z
      .strictObject({
        /**
         * `strict`: bodies are content, not code (no `import`/`export`, only `frontmatter.<path>` expressions, HTML from a safe allowlist). `trusted`: full MDX, for teams that review every body as code.
         * @default "strict"
         */
        mdx: z
          .enum(['strict', 'trusted'])
          .default('strict')
          .meta({
            description:
              '`strict`: bodies are content, not code (no `import`/`export`, only `frontmatter.<path>` expressions, HTML from a safe allowlist). `trusted`: full MDX, for teams that review every body as code.',
          }),
      })
      .prefault({})
      .meta({ description: 'What MDX bodies may contain.' }),
    /**
     * The client-shareable plan view (`/accounts/<id>/client/`): what it hides and which body
     * sections it shows. A plan's `confidential` paths are always hidden from it too.
     * @example { hide: ["revenue", "selection", "kpis.actual"], sections: ["vision", "commitment"] }
     */
    clientView: clientViewSchema.prefault({}).meta({
      description:
        "The client-shareable plan view (`/accounts/<id>/client/`): what it hides and which body sections it shows. A plan's `confidential` paths are always hidden from it too.",
    }),
  })
  .meta({ description: '`content/settings.yaml`. Every setting has a default: a minimal file is `company` alone.' });

export type Settings = z.output<typeof settingsSchema>;
