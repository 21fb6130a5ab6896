import { z } from 'zod';
import { isoDate, slug } from './common.ts';

export const buyingRoles = [
  'decision-maker',
  'economic-buyer',
  'technical-buyer',
  'user',
  'influencer',
  'gatekeeper',
  'coach',
] as const;
export const stances = ['champion', 'supporter', 'neutral', 'skeptic', 'blocker'] as const;
export const influenceLevels = ['high', 'medium', 'low'] as const;
export const relationshipStrengths = ['strong', 'developing', 'weak', 'none'] as const;
export const cadences = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;

// Each field's `description` repeats its JSDoc for the editor's hover (see plan.ts).

/** A person at the client, part of the decision-making unit. */
const stakeholderSchema = z
  .strictObject({
    /** Unique within the account; referenced by `reportsTo` and `clientValidation.by`. @example "marta-nunez" */
    id: slug.meta({ description: 'Unique within the account; referenced by `reportsTo` and `clientValidation.by`.' }),
    /** Full name as written. @example "Marta Núñez" */
    name: z.string().min(1).meta({ description: 'Full name as written.' }),
    /** Job title at the client. @example "Chief Supply Chain Officer" */
    title: z.string().min(1).optional().meta({ description: 'Job title at the client.' }),
    /** Function at the client. @example "Purchasing" */
    function: z.string().min(1).optional().meta({ description: 'Function at the client.' }),
    /** Id of this person's manager in the same map. */
    reportsTo: slug.optional().meta({ description: "Id of this person's manager in the same map." }),
    /** Role in the buying decision. */
    buyingRole: z.enum(buyingRoles).optional().meta({ description: 'Role in the buying decision.' }),
    /** Stance towards us, from `champion` to `blocker`. */
    stance: z.enum(stances).optional().meta({ description: 'Stance towards us, from `champion` to `blocker`.' }),
    /** Influence on the decision. */
    influence: z.enum(influenceLevels).optional().meta({ description: 'Influence on the decision.' }),
    /** Strength of our relationship with the person. */
    relationship: z.enum(relationshipStrengths).optional().meta({ description: 'Strength of our relationship with the person.' }),
    /** Team id of the person on our side who covers this stakeholder. */
    owner: slug.optional().meta({ description: 'Team id of the person on our side who covers this stakeholder.' }),
    /** How often we meet. */
    cadence: z.enum(cadences).optional().meta({ description: 'How often we meet.' }),
    /** Date of our last contact. */
    lastContact: isoDate.optional().meta({ description: 'Date of our last contact.' }),
  })
  .meta({ description: 'A person at the client, part of the decision-making unit.' });

/** Frontmatter of `content/accounts/<id>/stakeholders.mdx`: the stakeholder map. */
export const stakeholdersSchema = z
  .strictObject({
    /** The client's decision-making unit. */
    people: z.array(stakeholderSchema).default([]).meta({ description: "The client's decision-making unit." }),
  })
  .meta({ description: 'Frontmatter of `content/accounts/<id>/stakeholders.mdx`: the stakeholder map.' });

export type Stakeholder = z.output<typeof stakeholderSchema>;
export type Stakeholders = z.output<typeof stakeholdersSchema>;
