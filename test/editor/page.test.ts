import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { editorPageData } from '../../src/lib/editor/page.ts';
import type { Portfolio } from '../../src/lib/model.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';

const settings = settingsSchema.parse({ company: 'Acme', repoUrl: 'https://github.com/acme/plans.git' });
const doc = <T>(data: T) => ({ data }) as unknown as Portfolio['accounts'][number]['plan'] & object;

describe('what the editor page offers', () => {
  it('counts a map or proposition that fails its check as taken, so no second copy is offered', () => {
    const portfolio: Pick<Portfolio, 'settings' | 'accounts' | 'invalid'> = {
      settings,
      accounts: [
        {
          id: 'zeta',
          plan: doc({ account: 'Zeta Foods' }),
          stakeholders: doc({ people: [] }) as never,
          values: [{ ...doc({}), name: 'b' } as never],
        },
        { id: 'alpha', values: [] },
      ],
      invalid: new Set(['content/accounts/alpha/plan.mdx', 'content/accounts/alpha/stakeholders.mdx', 'content/accounts/zeta/value/a.mdx']),
    };
    const data = editorPageData(portfolio, en);
    expect(data.repo).toBe('acme/plans');
    expect(data.accounts).toEqual([
      // A plan that fails its check leaves the folder's id as its name; accounts sort by name.
      { id: 'alpha', name: 'alpha', map: true, values: [] },
      { id: 'zeta', name: 'Zeta Foods', map: true, values: ['a', 'b'] },
    ]);
  });
});
