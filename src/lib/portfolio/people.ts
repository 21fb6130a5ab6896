import type { Account } from '../model.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Stakeholder } from '../../schemas/stakeholders.ts';

/** One client person, with the account they belong to. */
export interface DirectoryEntry {
  accountId: string;
  accountName: string;
  accountStatus: Plan['status'];
  person: Stakeholder;
}

/**
 * Every person of every stakeholder map whose account has a valid plan, sorted by name, then
 * account. Archived accounts are kept: their people are still who we knew there.
 */
export function stakeholderDirectory(
  accounts: readonly Pick<Account, 'id' | 'plan' | 'stakeholders'>[],
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (const account of accounts) {
    const plan = account.plan?.data;
    if (!plan) continue;
    for (const person of account.stakeholders?.data.people ?? []) {
      entries.push({ accountId: account.id, accountName: plan.account, accountStatus: plan.status, person });
    }
  }
  return entries.sort((a, b) => compare(a.person.name, b.person.name) || compare(a.accountName, b.accountName));
}
