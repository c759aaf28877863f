import type { WorkloadAnswer, WorkloadClient } from './workload-client';

/** What the server answered: a success, or a refusal (typed business error or GraphQL error) with its code. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

const RESULT = `__typename ... on ErrorResult { errorCode message }`;

interface Typed {
  __typename: string;
  errorCode?: string;
  message?: string;
}

function outcome<T extends Typed, V>(
  res: WorkloadAnswer<Record<string, T>>,
  field: string,
  pick: (r: T) => V,
): Outcome<V> {
  const error = res.errors?.[0];
  if (error) return { ok: false, code: error.extensions?.code ?? `HTTP_${res.status}`, message: error.message };
  const result = res.data?.[field];
  if (!result) return { ok: false, code: `HTTP_${res.status}`, message: 'no data' };
  if (result.errorCode) return { ok: false, code: result.errorCode, message: result.message ?? '' };
  return { ok: true, value: pick(result) };
}

export interface Placement {
  customerId: string;
  partnerId: string;
  month: string;
  leadConsultantId: string;
}

/** Vendor staff: gives a queued customer to the firm; answers the new assignment's id. */
export async function assignCustomer(client: WorkloadClient, input: Placement): Promise<Outcome<string>> {
  const res = await client.request<Record<string, Typed & { id?: string }>>(
    `mutation ($i: AssignCustomerInput!) { assignCustomer(input: $i) { ${RESULT} ... on Assignment { id } } }`,
    { i: input },
  );
  return outcome(res, 'assignCustomer', (r) => r.id!);
}

/** Vendor staff: ends an active assignment (frees its slot, queues the customer again). */
export async function cancelAssignment(client: WorkloadClient, assignmentId: string): Promise<Outcome<string>> {
  const res = await client.request<Record<string, Typed & { id?: string }>>(
    `mutation ($i: EndAssignmentInput!) { cancelAssignment(input: $i) { ${RESULT} ... on Assignment { id status } } }`,
    { i: { assignmentId, reason: 'workload' } },
  );
  return outcome(res, 'cancelAssignment', (r) => r.id!);
}

/** The firm: completes a phase today. */
export async function completePhase(client: WorkloadClient, phaseId: string): Promise<Outcome<string>> {
  const res = await client.request<Record<string, Typed & { id?: string }>>(
    `mutation ($i: CompletePhaseInput!) { completePhase(input: $i) { ${RESULT} ... on ProjectPhase { id completedOn } } }`,
    { i: { phaseId, completedOn: new Date().toISOString().slice(0, 10), summary: 'workload' } },
  );
  return outcome(res, 'completePhase', (r) => r.id!);
}

/** Vendor staff: reopens a completed phase (lets the soak reuse its projects). */
export async function reopenPhase(client: WorkloadClient, phaseId: string): Promise<Outcome<string>> {
  const res = await client.request<Record<string, Typed & { id?: string }>>(
    `mutation ($i: ReopenPhaseInput!) { reopenPhase(input: $i) { ${RESULT} ... on ProjectPhase { id } } }`,
    { i: { phaseId, reason: 'workload' } },
  );
  return outcome(res, 'reopenPhase', (r) => r.id!);
}

export interface UsageItem {
  customerId: string;
  takenOn: string;
  utilization: number;
}

/** An integration (bearer key): reports utilization; answers how many snapshots were new / replaced. */
export async function reportUsage(
  client: WorkloadClient,
  items: UsageItem[],
): Promise<Outcome<{ created: number; updated: number }>> {
  const res = await client.request<Record<string, Typed & { created?: number; updated?: number }>>(
    `mutation ($i: ReportUsageInput!) { reportUsage(input: $i) { ${RESULT} ... on UsageWriteSummary { created updated } } }`,
    { i: { items } },
  );
  return outcome(res, 'reportUsage', (r) => ({ created: r.created!, updated: r.updated! }));
}

/** The reads of the mixed workload: what the vendor console and the partner portal open most. */
export const READS = {
  partners: `{ partners(take: 25) { totalItems items { id name status tier capacitySummary(months: 3) { totalFree months { month free } } } } }`,
  dashboard: (fromMonth: string, toMonth: string) =>
    `{ kpiDashboard(fromMonth: "${fromMonth}", toMonth: "${toMonth}") { totals { atRisk overdue phaseOnTimeRate capacityUtilization activationRate } capacityByPartnerMonth { partnerId month consumed } riskByPartner { partnerId running atRisk } } }`,
  projects: `{ onboardingProjects(take: 25) { totalItems items { id health startDate currentPhase { position } customer { companyName } } } }`,
};

/** Runs a read; a GraphQL error is a refusal. */
export async function read(client: WorkloadClient, query: string): Promise<Outcome<null>> {
  const res = await client.request<Record<string, unknown>>(query);
  const error = res.errors?.[0];
  if (error) return { ok: false, code: error.extensions?.code ?? `HTTP_${res.status}`, message: error.message };
  return { ok: true, value: null };
}
