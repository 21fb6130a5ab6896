import { resolveHiddenPath } from './audience.ts';
import type { Portfolio } from './model.ts';
import type { Reporter } from './report.ts';

/** Every hidden path (an audience's `hide`, a plan's `confidential`) must name an optional field. */
export function checkHiddenPaths(portfolio: Portfolio, reporter: Reporter): void {
  const settings = portfolio.settingsDoc;
  if (settings) {
    for (const [audience, { hide }] of Object.entries(settings.data.audiences)) {
      hide.forEach((path, index) => {
        const resolved = resolveHiddenPath(path);
        if ('error' in resolved) {
          reporter.error(
            settings.path,
            `\`audiences.${audience}.hide[${index}]\`: ${resolved.error}. Use a dotted path such as \`revenue.wallet\` or \`people.stance\`.`,
            settings.locate(['audiences', audience, 'hide', index], 'value'),
            'audience',
          );
        }
      });
    }
    settings.data.clientView.hide.forEach((path, index) => {
      const resolved = resolveHiddenPath(path);
      if ('error' in resolved) {
        reporter.error(
          settings.path,
          `\`clientView.hide[${index}]\`: ${resolved.error}. Use a dotted path such as \`revenue.wallet\` or \`people.stance\`.`,
          settings.locate(['clientView', 'hide', index], 'value'),
          'audience',
        );
      }
    });
  }
  for (const account of portfolio.accounts) {
    const plan = account.plan;
    plan?.data.confidential.forEach((path, index) => {
      const resolved = resolveHiddenPath(path);
      if ('error' in resolved) {
        reporter.error(
          plan.path,
          `\`confidential[${index}]\`: ${resolved.error}. Use a dotted path such as \`revenue.wallet\` or \`people.stance\`.`,
          plan.locate(['confidential', index], 'value'),
          'audience',
        );
      }
    });
  }
}
