import { describe, expect, it } from 'vitest';
import { linesOf, minimalFiles, SETTINGS, withAccounts } from './helpers.ts';

const withSettings = (files: ReturnType<typeof minimalFiles>, yaml: string) =>
  files.map((file) => (file.path === SETTINGS ? { ...file, text: `${file.text}${yaml}` } : file));

describe('portfolio-size', () => {
  it('warns below the lower limit, on the settings file, explaining the method', () => {
    expect(linesOf(minimalFiles(), 'portfolio-size')).toMatchInlineSnapshot(`
      [
        "content/settings.yaml:1:1  warning  The portfolio has 1 active plan, fewer than the lower limit of 5 (\`portfolio.limits\`: [5, 50]). Key accounts are the few clients (the ~20% that bring ~80% of sales) whose loss or growth changes our results: the method recommends 15 to 35, with 5 and 50 as the extreme limits and no more than ~10 for a small company. Check whether clients that matter that much lack a plan or have one still in \`draft\`. If the range does not fit the company, change \`portfolio.limits\` in \`settings.yaml\`.  [portfolio-size]",
      ]
    `);
  });

  it('points at `portfolio.recommended` when the portfolio is inside the limits but above the recommendation', () => {
    const files = withSettings(withAccounts(['beta', 'gamma']), 'portfolio:\n  recommended: [1, 2]\n  limits: [1, 10]\n');
    expect(linesOf(files, 'portfolio-size')).toMatchInlineSnapshot(`
      [
        "content/settings.yaml:8:3  warning  The portfolio has 3 active plans, more than the recommended maximum of 2 (\`portfolio.recommended\`: [1, 2]). Key accounts are the few clients (the ~20% that bring ~80% of sales) whose loss or growth changes our results: the method recommends 15 to 35, with 5 and 50 as the extreme limits and no more than ~10 for a small company. Keep active plans for the clients that really change our results and set the others to \`status: archived\`. If the range does not fit the company, change \`portfolio.recommended\` in \`settings.yaml\`.  [portfolio-size]",
      ]
    `);
  });

  it('warns above the upper limit, and below the recommendation', () => {
    const above = withSettings(withAccounts(['beta', 'gamma']), 'portfolio:\n  limits: [1, 2]\n');
    expect(linesOf(above, 'portfolio-size')).toMatchInlineSnapshot(`
      [
        "content/settings.yaml:8:3  warning  The portfolio has 3 active plans, more than the upper limit of 2 (\`portfolio.limits\`: [1, 2]). Key accounts are the few clients (the ~20% that bring ~80% of sales) whose loss or growth changes our results: the method recommends 15 to 35, with 5 and 50 as the extreme limits and no more than ~10 for a small company. Keep active plans for the clients that really change our results and set the others to \`status: archived\`. If the range does not fit the company, change \`portfolio.limits\` in \`settings.yaml\`.  [portfolio-size]",
      ]
    `);
    const below = withSettings(minimalFiles(), 'portfolio:\n  recommended: [2, 10]\n  limits: [1, 50]\n');
    expect(linesOf(below, 'portfolio-size')).toMatchInlineSnapshot(`
      [
        "content/settings.yaml:8:3  warning  The portfolio has 1 active plan, fewer than the recommended minimum of 2 (\`portfolio.recommended\`: [2, 10]). Key accounts are the few clients (the ~20% that bring ~80% of sales) whose loss or growth changes our results: the method recommends 15 to 35, with 5 and 50 as the extreme limits and no more than ~10 for a small company. Check whether clients that matter that much lack a plan or have one still in \`draft\`. If the range does not fit the company, change \`portfolio.recommended\` in \`settings.yaml\`.  [portfolio-size]",
      ]
    `);
  });

  it('is quiet inside the recommended range, and counts active plans only', () => {
    const inside = withSettings(withAccounts(['beta', 'gamma']), 'portfolio:\n  recommended: [3, 3]\n  limits: [1, 50]\n');
    expect(linesOf(inside, 'portfolio-size')).toEqual([]);
    const drafts = withSettings(withAccounts(['beta', 'gamma'], 'draft'), 'portfolio:\n  recommended: [1, 1]\n  limits: [1, 1]\n');
    expect(linesOf(drafts, 'portfolio-size')).toEqual([]);
  });
});
