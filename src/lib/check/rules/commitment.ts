import type { Action } from '../../../schemas/plan.ts';
import { fail, fieldPlace, pass, periodText, type Check, type Finding } from './context.ts';

/** `kpis`: at least one KPI, each with a target. */
export const kpis: Check = ({ plan, t }) => {
  const say = t.commitment;
  const list = plan.data.kpis;
  if (list.length === 0) {
    return fail({
      reason: say.noKpis,
      hint: say.addKpis,
      place: fieldPlace(plan, ['kpis']),
    });
  }
  const findings = list.flatMap((kpi, index): Finding[] =>
    kpi.target === undefined
      ? [
          {
            reason: say.kpiNoTarget(index, kpi.name),
            hint: say.addTarget,
            place: plan.locate(['kpis', index]),
          },
        ]
      : [],
  );
  return findings.length ? fail(...findings) : pass(say.kpisPassed(list.length));
};

/** `actions`: at least one action, each with an owner and a due date inside the period. */
export const actions: Check = (context) => {
  const { plan } = context;
  const say = context.t.commitment;
  const { period } = plan.data;
  const list = plan.data.actions;
  const periodName = periodText(context);
  if (list.length === 0) {
    return fail({
      reason: say.noActions,
      hint: say.addActions(periodName),
      place: fieldPlace(plan, ['actions']),
    });
  }
  const problems = (action: Action, index: number): Finding[] => {
    const name = `\`actions[${index}]\` ("${action.title}")`;
    const found: Finding[] = [];
    if (action.owner === undefined) {
      found.push({
        reason: say.noOwner(name),
        hint: say.addOwner,
        place: plan.locate(['actions', index]),
      });
    }
    if (action.due === undefined) {
      found.push({
        reason: say.noDue(name),
        hint: say.addDue(periodName),
        place: plan.locate(['actions', index]),
      });
    } else if (action.due < period.start || action.due > period.end) {
      const side = action.due < period.start ? say.beforeStart(period.start) : say.afterEnd(period.end);
      found.push({
        reason: say.dueOutside(index, action.due, side),
        hint: say.moveDue(periodName),
        place: plan.locate(['actions', index, 'due'], 'value'),
      });
    }
    return found;
  };
  const findings = list.flatMap(problems);
  return findings.length ? fail(...findings) : pass(say.actionsPassed(list.length, periodName));
};

/**
 * `client-validation`: a person of the stakeholder map committed to the plan, dated inside the
 * period or before it, and not after today: a validation that has not happened yet is not one.
 */
export const clientValidation: Check = ({ plan, account, today, t }) => {
  const say = t.commitment;
  const validation = plan.data.clientValidation;
  if (!validation) {
    return fail({
      reason: say.noValidation,
      hint: say.addValidation,
      place: fieldPlace(plan, ['clientValidation']),
    });
  }
  const person = account.stakeholders?.data.people.find((candidate) => candidate.id === validation.by);
  if (!person) {
    return fail({
      reason: say.unknownValidator(validation.by),
      hint: say.useStakeholderId,
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
      reason: say.validatedAfterPeriod(date, plan.data.period.end),
      hint: say.validateInPeriod,
      place: place(),
    });
  }
  if (date > today) {
    return fail({
      reason: say.validatedAfterToday(date, today),
      hint: say.setWhenValidated,
      place: place(),
    });
  }
  return pass(say.validated(person.id, person.name, date));
};
