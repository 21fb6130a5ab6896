import { z } from 'zod';

/** What a person on our side does for key accounts. */
export const teamRoles = ['kam', 'sponsor', 'specialist', 'manager'] as const;

/** A person on our side: `content/team/<id>.yaml`, where the file name is the id. */
export const teamMemberSchema = z.strictObject({
  /** Full name as shown on the site. @example "Laura Gómez" */
  name: z.string().min(1),
  /** `kam` (key account manager), `sponsor` (executive sponsor), `specialist` or `manager`. */
  role: z.enum(teamRoles),
  /** The business function the person belongs to; the `team` check counts distinct functions. @example "Logistics" */
  function: z.string().min(1).optional(),
  /** Work e-mail address. */
  email: z.email().optional(),
});

export type TeamMemberInput = z.input<typeof teamMemberSchema>;
export type TeamMember = z.output<typeof teamMemberSchema>;
