import type { DecisionFacts, DecisionReference } from '../../shared';
import type { SigningParty } from '../agreement-terms';
import type { DraftAgreement } from '../agreement.commands';
import type { AmendmentContext, DraftingContext } from '../agreement.context';
import type { AgreementEvent } from '../agreement.events';
import type { IndicatorDefinition } from '../indicator-terms';

export const partnershipId = 'p-orkney';
export const agreementId = 'soa-orkney-2008';
export const of = { partnershipId, agreementId };

/** The 2007 framework fixture as a drafting handler would describe it. */
export const draftingContext: DraftingContext = {
  framework: {
    frameworkVersionId: 'npf-2007',
    status: 'published',
    nationalOutcomeIds: ['no1', 'no2', 'no6'],
    nationalIndicatorIds: ['ni-employment', 'ni-business-startups', 'ni-life-expectancy'],
    localIndicatorMenuIds: ['lm-jsa-claimants', 'lm-smoking'],
  },
  partnership: { status: 'established', councilPartnerIds: ['orkney-council'] },
};

export const draftData: DraftAgreement['data'] = {
  ...of,
  kind: 'single_outcome_agreement',
  locality: null,
  title: 'Orkney Single Outcome Agreement 2008-11',
  frameworkVersionId: 'npf-2007',
  periodStart: '2008-04-01',
  periodEnd: '2011-03-31',
  councilPartnerId: 'orkney-council',
};

export const drafted: AgreementEvent = {
  type: 'AgreementDrafted',
  schemaVersion: 1,
  data: {
    ...draftData,
    kind: 'single_outcome_agreement',
    nationalOutcomeIds: ['no1', 'no2', 'no6'],
    nationalIndicatorIds: ['ni-employment', 'ni-business-startups', 'ni-life-expectancy'],
    localIndicatorMenuIds: ['lm-jsa-claimants', 'lm-smoking'],
  },
};

export const localOutcomeAdded: AgreementEvent = {
  type: 'LocalOutcomeAdded',
  schemaVersion: 1,
  data: {
    ...of,
    nationalOutcomeId: 'no2',
    localOutcomeId: 'lo-jobs',
    title: 'More people in the isles are in sustained work',
    description: 'Employment in the isles keeps pace with the mainland.',
    decision: null,
  },
};

export const intermediateOutcomeAdded: AgreementEvent = {
  type: 'IntermediateOutcomeAdded',
  schemaVersion: 1,
  data: {
    ...of,
    localOutcomeId: 'lo-jobs',
    intermediateOutcomeId: 'io-skills',
    title: 'Young people leave school with vocational qualifications',
    decision: null,
  },
};

export const employmentRate: IndicatorDefinition = {
  title: 'Employment rate',
  source: { kind: 'national', nationalIndicatorId: 'ni-employment' },
  unit: '% of working-age adults',
  baseline: { value: 78.5, date: '2007-12-31' },
  target: { value: 80, date: '2011-03-31' },
  direction: 'increase',
};

export const indicatorAdded: AgreementEvent = {
  type: 'IndicatorAdded',
  schemaVersion: 1,
  data: {
    ...of,
    indicatorId: 'ind-employment',
    localOutcomeId: 'lo-jobs',
    intermediateOutcomeId: null,
    ...employmentRate,
    decision: null,
  },
};

/** A draft ready to submit: one local outcome, tracked by one indicator. */
export const readyDraft: AgreementEvent[] = [drafted, localOutcomeAdded, indicatorAdded];

export const submitted: AgreementEvent = { type: 'AgreementSubmitted', schemaVersion: 1, data: of };

export function signed(party: SigningParty, signedOn: string): AgreementEvent {
  const signatory =
    party === 'council'
      ? { name: 'Morag Flett', role: 'Chief Executive, Orkney Islands Council' }
      : { name: 'Iain Drever', role: 'Director, Local Government' };
  return { type: 'AgreementSigned', schemaVersion: 1, data: { ...of, party, signatory, signedOn } };
}

export const agreed: AgreementEvent = {
  type: 'AgreementAgreed',
  schemaVersion: 1,
  data: { ...of, agreedOn: '2008-06-20' },
};

export const agreedHistory: AgreementEvent[] = [
  ...readyDraft,
  submitted,
  signed('council', '2008-06-12'),
  signed('government', '2008-06-20'),
  agreed,
];

export const amendmentDecision: DecisionReference = { meetingId: 'm-2009-06', decisionId: 'd-3' };

export const approvingAmendment: DecisionFacts = {
  reference: amendmentDecision,
  partnershipId,
  kind: 'approve_amendment',
  subjects: [{ kind: 'agreement', id: agreementId }],
  quorate: true,
  carried: true,
  decidedOn: '2009-06-10',
};

export const amendmentContext: AmendmentContext = { decision: approvingAmendment };
