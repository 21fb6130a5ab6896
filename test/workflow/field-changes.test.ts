import { describe, expect, it } from 'vitest';
import { fieldChanges, formatFieldChanges } from '../../src/lib/history/field-changes.ts';

const map = (stance: string) => `---\npeople:\n  - id: ana-ruiz\n    name: Ana Ruiz\n    stance: ${stance}\n---\n\nNotes.\n`;
const plan = (target: number) => `---\naccount: Acme\nkpis:\n  - name: OTIF\n    unit: "%"\n    target: ${target}\n---\n\nBody.\n`;

describe('the field changes that `check --since` lists', () => {
  it('names each changed field of each account in the plan history’s words', () => {
    const before = [
      { path: 'content/accounts/acme/stakeholders.mdx', text: map('neutral') },
      { path: 'content/accounts/acme/plan.mdx', text: plan(97) },
      { path: 'content/accounts/beta/plan.mdx', text: plan(90) },
    ];
    const after = [
      { path: 'content/accounts/acme/stakeholders.mdx', text: map('supporter') },
      { path: 'content/accounts/acme/plan.mdx', text: plan(98) },
      { path: 'content/accounts/beta/plan.mdx', text: plan(90) },
    ];
    const changes = fieldChanges(before, after);
    expect(changes).toEqual([{ account: 'acme', changes: ['Ana Ruiz: stance neutral → supporter', 'KPI “OTIF” target 97 → 98 %'] }]);
    expect(formatFieldChanges(changes)).toContain('- `acme`: ');
    expect(formatFieldChanges(fieldChanges(before, before))).toBe('');
  });

  it('speaks the portfolio’s language, heading included', () => {
    const before = [{ path: 'content/accounts/acme/plan.mdx', text: plan(97) }];
    const after = [{ path: 'content/accounts/acme/plan.mdx', text: plan(98) }];
    const changes = fieldChanges(before, after, 'es');
    expect(changes).toEqual([{ account: 'acme', changes: ['indicador «OTIF»: objetivo 97 → 98 %'] }]);
    expect(formatFieldChanges(changes, 'es')).toMatch(/^### Qué cambió, campo a campo\n/);
  });
});
