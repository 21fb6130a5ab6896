import type { UiStrings } from '../../i18n/index.ts';
import type { EditorAccount } from './page.ts';

/**
 * Why a new entry cannot be saved where its form places it: the account already has a plan (a new
 * plan's folder is taken), a stakeholder map, or a value proposition of that file name. One rule for
 * the form, which refuses the save, and for the Check panel, which says so before.
 */
export function takenPlace(
  type: 'plan' | 'stakeholders' | 'value',
  place: { account: string; name?: string },
  accounts: readonly EditorAccount[],
  strings: UiStrings['editor']['account'],
): string | undefined {
  const found = accounts.find((candidate) => candidate.id === place.account);
  if (!found) return undefined;
  if (type === 'plan') return strings.taken(place.account);
  if (type === 'stakeholders') return found.map ? strings.hasMap(found.name) : undefined;
  return place.name !== undefined && found.values.includes(place.name) ? strings.valueTaken(place.name, found.name) : undefined;
}
