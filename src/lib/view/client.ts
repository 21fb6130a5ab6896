import type { Account, ValueDoc } from '../model.ts';
import type { Action } from '../../schemas/plan.ts';

/**
 * What the client-shareable view shows of an account beyond what `settings.clientView.hide` removes:
 * value propositions past `draft` (a draft is still our internal work), and the actions the client
 * agreed to (an action not agreed is our own plan for the client, not a commitment with them).
 */
export function clientValues(account: Account): ValueDoc[] {
  return account.values.filter((value) => value.data.status !== 'draft');
}

export function clientActions(actions: readonly Action[]): Action[] {
  return actions.filter((action) => action.clientAgreed);
}
