import type { Action } from '../../schemas/plan.ts';
import { count, fail, fieldPlace, pass, periodText, type Check, type Finding } from './context.ts';

/** `kpis`: at least one KPI, each with a target. */
export const kpis: Check = ({ plan }) => {
  const list = plan.data.kpis;
  if (list.length === 0) {
    return fail({
      reason: 'The plan has no `kpis`.',
      hint: 'Add `kpis:` with at least one indicator agreed with the client, each with a `name` and a `target`.',
      place: fieldPlace(plan, ['kpis']),
    });
  }
  const findings = list.flatMap((kpi, index): Finding[] =>
    kpi.target === undefined
      ? [
          {
            reason: `\`kpis[${index}]\` ("${kpi.name}") has no \`target\`.`,
            hint: 'Add `target:` with the value to reach by the end of the period.',
            place: plan.locate(['kpis', index]),
          },
        ]
      : [],
  );
  return findings.length ? fail(...findings) : pass(`${count(list.length, 'KPI')}, each with a target.`);
};

/** `actions`: at least one action, each with an owner and a due date inside the period. */
export const actions: Check = ({ plan }) => {
  const { period } = plan.data;
  const list = plan.data.actions;
  if (list.length === 0) {
    return fail({
      reason: 'The plan has no `actions`.',
      hint: `Add \`actions:\` with the commitments for the period agreed with our team and the client, each with an \`owner\` and a \`due\` date inside ${periodText(plan)}.`,
      place: fieldPlace(plan, ['actions']),
    });
  }
  const problems = (action: Action, index: number): Finding[] => {
    const name = `\`actions[${index}]\` ("${action.title}")`;
    const found: Finding[] = [];
    if (action.owner === undefined) {
      found.push({
        reason: `${name} has no \`owner\`.`,
        hint: 'Add `owner:` with the team id of the person responsible.',
        place: plan.locate(['actions', index]),
      });
    }
    if (action.due === undefined) {
      found.push({
        reason: `${name} has no \`due\` date.`,
        hint: `Add \`due:\` with a date inside ${periodText(plan)}.`,
        place: plan.locate(['actions', index]),
      });
    } else if (action.due < period.start || action.due > period.end) {
      const side = action.due < period.start ? `before the period starts (${period.start})` : `after the period ends (${period.end})`;
      found.push({
        reason: `\`actions[${index}].due\` is ${action.due}, ${side}.`,
        hint: `Move the date inside ${periodText(plan)}, or move the action to the plan of the period it belongs to.`,
        place: plan.locate(['actions', index, 'due'], 'value'),
      });
    }
    return found;
  };
  const findings = list.flatMap(problems);
  return findings.length
    ? fail(...findings)
    : pass(`${count(list.length, 'action')}, each with an owner and a due date inside ${periodText(plan)}.`);
};

/**
 * `client-validation`: a person of the stakeholder map committed to the plan, dated inside the
 * period or before it, and not after today: a validation that has not happened yet is not one.
 */
export const clientValidation: Check = ({ plan, account, today }) => {
  const validation = plan.data.clientValidation;
  if (!validation) {
    return fail({
      reason: 'The plan has no `clientValidation`: no one at the client has reviewed it and committed to it.',
      hint: 'Review the plan with the client, then add `clientValidation:` with `by:` (the stakeholder id of that person) and `date:`. A plan the client has not seen and committed to is not finished.',
      place: fieldPlace(plan, ['clientValidation']),
    });
  }
  const person = account.stakeholders?.data.people.find((candidate) => candidate.id === validation.by);
  if (!person) {
    return fail({
      reason: `\`clientValidation.by\` is \`${validation.by}\`, who is not in this account's stakeholder map.`,
      hint: 'Use the `id` of a person in `stakeholders.mdx`.',
      place: plan.locate(['clientValidation', 'by'], 'value'),
      // Reported by the references check as an error, whatever the plan's status.
      silent: true,
    });
  }
  const date = validation.date;
  // Positions cost a full YAML parse: look them up only for a failure.
  const place = () => plan.locate(['clientValidation', 'date'], 'value');
  if (date > plan.data.period.end) {
    return fail({
      reason: `\`clientValidation.date\` is ${date}, after the period ends (${plan.data.period.end}).`,
      hint: "The client commits to a plan during its period or before it starts: validate this period's plan with the client and set that date.",
      place: place(),
    });
  }
  if (date > today) {
    return fail({
      reason: `\`clientValidation.date\` is ${date}, after today (${today}): the validation has not happened yet.`,
      hint: 'Set the date once the client has reviewed the plan and committed to it.',
      place: place(),
    });
  }
  return pass(`Validated by \`${person.id}\` (${person.name}) on ${date}.`);
};
