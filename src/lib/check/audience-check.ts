import type { Point } from 'unist';
import type { CheckStrings } from '../../i18n/check-types.ts';
import { resolveHiddenPath } from '../audience.ts';
import type { Portfolio } from '../model.ts';
import type { Reporter } from './report.ts';

/** Every hidden path (an audience's `hide`, a plan's `confidential`) must name an optional field. */
export function checkHiddenPaths(portfolio: Portfolio, reporter: Reporter, t: CheckStrings): void {
  const check = (file: string, where: string, path: string, place: Point) => {
    const resolved = resolveHiddenPath(path);
    if (!('error' in resolved)) return;
    const reason = resolved.error === 'required' ? t.hiddenPath.required(where, path, resolved.kind) : t.hiddenPath.unknown(where, path);
    reporter.error(file, reason, place, 'audience');
  };
  const settings = portfolio.settingsDoc;
  if (settings) {
    for (const [audience, { hide }] of Object.entries(settings.data.audiences)) {
      hide.forEach((path, index) =>
        check(
          settings.path,
          `\`audiences.${audience}.hide[${index}]\``,
          path,
          settings.locate(['audiences', audience, 'hide', index], 'value'),
        ),
      );
    }
    settings.data.clientView.hide.forEach((path, index) =>
      check(settings.path, `\`clientView.hide[${index}]\``, path, settings.locate(['clientView', 'hide', index], 'value')),
    );
  }
  for (const account of portfolio.accounts) {
    const plan = account.plan;
    plan?.data.confidential.forEach((path, index) =>
      check(plan.path, `\`confidential[${index}]\``, path, plan.locate(['confidential', index], 'value')),
    );
  }
}
