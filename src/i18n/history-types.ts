/** Sentence templates; every argument is already formatted for display. */
export interface HistoryWords {
  /** The heading of `check --since`'s list of field changes, in a pull request's summary. */
  fieldByField: string;
  field(path: string): string;
  /** `revenue target 1,200,000 → 1,500,000`; a missing side shows as `—`. */
  changed(label: string, before: string | undefined, after: string | undefined): string;
  quote(text: string): string;
  planCreated(status: string): string;
  planDeleted: string;
  planText: string;
  reviewed(date: string): string;
  validated(by: string, date: string): string;
  validationRemoved: string;
  joinedTeam(name: string): string;
  leftTeam(name: string): string;
  memberRole(name: string, change: string): string;
  nowBuys(offering: string): string;
  noLongerBuys(offering: string): string;
  potentialAdded(offering: string): string;
  potentialRemoved(offering: string): string;
  kpiAdded(name: string): string;
  kpiRemoved(name: string): string;
  kpi(name: string, change: string): string;
  actionAdded(title: string): string;
  actionRemoved(title: string): string;
  actionDone(title: string): string;
  actionAgreed(title: string): string;
  actionNotAgreed(title: string): string;
  action(title: string, change: string): string;
  mapCreated(people: number): string;
  mapDeleted: string;
  mapText: string;
  personAdded(name: string): string;
  personRemoved(name: string): string;
  person(name: string, change: string): string;
  valueAdded(title: string, status: string): string;
  valueRemoved(title: string): string;
  valueRenamed(before: string, after: string): string;
  valueRevised(title: string): string;
  valueText(title: string): string;
  value(title: string, change: string): string;
}
