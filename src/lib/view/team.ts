import type { Portfolio } from '../model.ts';
import type { Plan } from '../../schemas/plan.ts';

/** How one team member takes part in one account. */
export interface Involvement {
  accountId: string;
  accountName: string;
  status: Plan['status'];
  owner: boolean;
  sponsor: boolean;
  /** Roles written in the plan's `team` list for this member. */
  teamRoles: string[];
  /** Actions of the plan this member owns. */
  actions: number;
  /** Names of the client stakeholders this member covers. */
  stakeholders: string[];
}

/** Every account where `memberId` is owner, sponsor, on the team, owns an action or covers a stakeholder. */
export function involvementOf(portfolio: Pick<Portfolio, 'accounts'>, memberId: string): Involvement[] {
  const result: Involvement[] = [];
  for (const account of portfolio.accounts) {
    const plan = account.plan?.data;
    if (!plan) continue;
    const involvement: Involvement = {
      accountId: account.id,
      accountName: plan.account,
      status: plan.status,
      owner: plan.owner === memberId,
      sponsor: plan.sponsor === memberId,
      teamRoles: plan.team.filter((entry) => entry.member === memberId).map((entry) => entry.role),
      actions: plan.actions.filter((action) => action.owner === memberId).length,
      stakeholders: (account.stakeholders?.data.people ?? []).filter((person) => person.owner === memberId).map((person) => person.name),
    };
    const involved =
      involvement.owner ||
      involvement.sponsor ||
      involvement.teamRoles.length > 0 ||
      involvement.actions > 0 ||
      involvement.stakeholders.length > 0;
    if (involved) result.push(involvement);
  }
  return result.sort((a, b) => a.accountName.localeCompare(b.accountName));
}
