/** Sends one mutation that must succeed (each e2e spec has its own, with its payload type). */
export type SendMutation = (name: string, input: Record<string, unknown>) => Promise<unknown>;

export interface AgreementIds {
  readonly partnershipId: string;
  readonly councilPartnerId: string;
  readonly frameworkVersionId: string;
  readonly agreementId: string;
  readonly localOutcomeId: string;
}

/**
 * Through the mutations: a framework version with one national outcome, and an agreement of an
 * established partnership, with one local outcome tracked by one indicator, submitted and signed
 * by council and government, so agreed.
 */
export async function agreeAnAgreement(ok: SendMutation, ids: AgreementIds): Promise<void> {
  await ok('publishFrameworkVersion', {
    frameworkVersionId: ids.frameworkVersionId,
    label: 'National Performance Framework',
    publishedOn: '2023-11-14',
    purpose: 'To focus public services on creating a more successful country.',
    strategicObjectives: [{ id: 'wealthier-fairer', title: 'Wealthier and fairer' }],
    nationalOutcomes: [{ id: 'no2', number: 1, title: 'More and better employment' }],
    nationalIndicators: [
      { id: 'ni-employment', title: 'Increase the employment rate', outcomeIds: ['no2'] },
    ],
    localIndicatorMenu: [],
  });
  const agreement = { partnershipId: ids.partnershipId, agreementId: ids.agreementId };
  await ok('draftAgreement', {
    ...agreement,
    kind: 'local_outcomes_improvement_plan',
    title: 'Isles Local Outcomes Improvement Plan',
    frameworkVersionId: ids.frameworkVersionId,
    periodStart: '2024-04-01',
    periodEnd: '2034-03-31',
    councilPartnerId: ids.councilPartnerId,
  });
  await ok('addLocalOutcome', {
    ...agreement,
    nationalOutcomeId: 'no2',
    localOutcomeId: ids.localOutcomeId,
    title: 'More local jobs on the isles',
    description: 'Employment on the isles keeps pace with the Mainland.',
  });
  await ok('addIndicator', {
    ...agreement,
    indicatorId: 'ind-employment',
    outcomeId: ids.localOutcomeId,
    title: 'Employment rate',
    source: { kind: 'national', nationalIndicatorId: 'ni-employment' },
    unit: '% of working-age adults',
    baseline: { value: 78.5, date: '2023-12-31' },
    target: { value: 80, date: '2027-03-31' },
    direction: 'increase',
  });
  await ok('submitAgreement', agreement);
  await ok('signAgreement', {
    ...agreement,
    party: 'council',
    signatory: { name: 'Morag Flett', role: 'Chief Executive' },
    signedOn: '2024-04-20',
  });
  await ok('signAgreement', {
    ...agreement,
    party: 'government',
    signatory: { name: 'Iain Drever', role: 'Director, Local Government' },
    signedOn: '2024-04-25',
  });
}
