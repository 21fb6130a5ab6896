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

/** A person at the client, part of the decision-making unit. */
export const stakeholderSchema = z.strictObject({
  /** Unique within the account; referenced by `reportsTo` and `clientValidation.by`. @example "marta-nunez" */
  id: slug,
  /** Full name as written. @example "Marta Núñez" */
  name: z.string().min(1),
  /** Job title at the client. @example "Chief Supply Chain Officer" */
  title: z.string().min(1).optional(),
  /** Function at the client. @example "Purchasing" */
  function: z.string().min(1).optional(),
  /** Id of this person's manager in the same map. */
  reportsTo: slug.optional(),
  /** Role in the buying decision. */
  buyingRole: z.enum(buyingRoles).optional(),
  /** Stance towards us, from `champion` to `blocker`. */
  stance: z.enum(stances).optional(),
  /** Influence on the decision. */
  influence: z.enum(influenceLevels).optional(),
  /** Strength of our relationship with the person. */
  relationship: z.enum(relationshipStrengths).optional(),
  /** Team id of the person on our side who covers this stakeholder. */
  owner: slug.optional(),
  /** How often we meet. */
  cadence: z.enum(cadences).optional(),
  /** Date of our last contact. */
  lastContact: isoDate.optional(),
});

/** Frontmatter of `content/accounts/<id>/stakeholders.mdx`: the stakeholder map. */
export const stakeholdersSchema = z.strictObject({
  /** The client's decision-making unit. */
  people: z.array(stakeholderSchema).default([]),
});

export type StakeholdersInput = z.input<typeof stakeholdersSchema>;
export type Stakeholder = z.output<typeof stakeholderSchema>;
export type Stakeholders = z.output<typeof stakeholdersSchema>;
