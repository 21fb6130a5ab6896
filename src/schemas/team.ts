import { z } from 'zod';
import { checksEn } from '../i18n/check-en.ts';

/** What a person on our side does for key accounts. */
export const teamRoles = ['kam', 'sponsor', 'specialist', 'manager'] as const;

/** A GitHub username: letters, digits and single hyphens, at most 39 characters, no `@`. */
const githubUsername = z.string().regex(/^(?=.{1,39}$)[A-Za-z0-9](?:-?[A-Za-z0-9])*$/, { error: checksEn.schema.rules.github });

// Each field's `description` repeats its JSDoc for the editor's hover (see plan.ts).

/** A person on our side: `content/team/<id>.yaml`, where the file name is the id. */
export const teamMemberSchema = z
  .strictObject({
    /** Full name as shown on the site. @example "Laura Gómez" */
    name: z.string().min(1).meta({ description: 'Full name as shown on the site.' }),
    /** `kam` (key account manager), `sponsor` (executive sponsor), `specialist` or `manager`. */
    role: z.enum(teamRoles).meta({ description: '`kam` (key account manager), `sponsor` (executive sponsor), `specialist` or `manager`.' }),
    /** The business function the person belongs to; the `team` check counts distinct functions. @example "Logistics" */
    function: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The business function the person belongs to; the `team` check counts distinct functions.' }),
    /** Work e-mail address. */
    email: z.email().optional().meta({ description: 'Work e-mail address.' }),
    /**
     * GitHub username, without `@`. `npm run codeowners` makes the person a code owner of the
     * accounts whose plan they own, so that GitHub asks them to review changes to those plans.
     * @example "laura-gomez"
     */
    github: githubUsername
      .optional()
      .meta({
        description:
          'GitHub username, without `@`. `npm run codeowners` makes the person a code owner of the accounts whose plan they own, so that GitHub asks them to review changes to those plans.',
      }),
  })
  .meta({ description: 'A person on our side: `content/team/<id>.yaml`, where the file name is the id.' });

export type TeamMember = z.output<typeof teamMemberSchema>;
