/**
 * The account folders hold three kinds of MDX file (plan, stakeholder map, value propositions) at
 * depths the CMS cannot tell apart, so the editor's format tags each entry with its kind, read from
 * the keys its schema requires, and each collection filters on the tag. Never written to a file.
 */
export const TYPE_FIELD = '__keyplanType';

export function contentType(data: Record<string, unknown>): 'plan' | 'stakeholders' | 'value' | undefined {
  if ('account' in data) return 'plan';
  if ('people' in data) return 'stakeholders';
  if ('title' in data) return 'value';
  return undefined;
}
