import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import { npf2007Published, npf2007Superseded } from '../frameworks/testing/framework-fixtures';
import { frameworkVersionDecider } from '../frameworks';
import { partnershipDecider, type PartnershipEvent } from '../partnerships';
import { aCommand } from '../testing/command-builder';
import type { DraftAgreement } from './agreement.commands';
import { draftingContextFrom, type DraftingContext } from './agreement.context';
import { agreementDecider, agreementStreamId } from './agreement.decider';
import type { AgreementEvent } from './agreement.events';
import { AgreementRule } from './agreement.rules';
import { draftData, drafted, draftingContext } from './testing/agreement-fixtures';

const spec = specify(agreementDecider);
const draft = (data: Partial<DraftAgreement['data']> = {}) =>
  aCommand<DraftAgreement>('DraftAgreement', { ...draftData, ...data });
const withFramework = (framework: Partial<NonNullable<DraftingContext['framework']>>) => ({
  ...draftingContext,
  framework: { ...draftingContext.framework!, ...framework },
});

describe('an agreement is drafted', () => {
  it('by a partnership, for a period, under a framework version, with a section per national outcome', () => {
    spec.given([], draftingContext).when(draft()).then([drafted]);
    const state = agreementDecider.evolve(agreementDecider.initialState(), drafted);
    expect(state.status === 'draft' && [...state.sections]).toEqual([
      ['no1', null],
      ['no2', null],
      ['no6', null],
    ]);
  });

  it('once', () => {
    spec
      .given([drafted], draftingContext)
      .when(draft())
      .thenViolates(AgreementRule.CannotBeDraftedTwice);
  });

  it('with a well-formed id and a title', () => {
    spec
      .given([], draftingContext)
      .when(draft({ agreementId: 'soa/orkney' }))
      .thenViolates(AgreementRule.IdentifierMustBeWellFormed);
    spec
      .given([], draftingContext)
      .when(draft({ title: '  ' }))
      .thenViolates(AgreementRule.TextMustNotBeBlank);
  });

  it('for a period that ends after it starts', () => {
    spec
      .given([], draftingContext)
      .when(draft({ periodStart: '2008-04-31' }))
      .thenViolates(AgreementRule.DateMustBeACalendarDate);
    spec
      .given([], draftingContext)
      .when(draft({ periodEnd: '2008-04-01' }))
      .thenViolates(AgreementRule.PeriodMustEndAfterItStarts);
  });

  describe('as one of the plan kinds', () => {
    it('refusing an unknown kind', () => {
      spec
        .given([], draftingContext)
        .when(draft({ kind: 'community_plan' }))
        .thenViolates(AgreementRule.KindMustBeKnown);
    });

    it('including a local outcomes improvement plan', () => {
      const loip = draft({ kind: 'local_outcomes_improvement_plan', title: 'Orkney LOIP' });
      spec
        .given([], draftingContext)
        .when(loip)
        .then([
          {
            ...drafted,
            data: {
              ...drafted.data,
              kind: 'local_outcomes_improvement_plan',
              title: 'Orkney LOIP',
            },
          } as AgreementEvent,
        ]);
    });

    it('including a locality plan, which names its locality', () => {
      spec
        .given([], draftingContext)
        .when(draft({ kind: 'locality_plan', locality: ' North Isles ' }))
        .then([
          {
            ...drafted,
            data: { ...drafted.data, kind: 'locality_plan', locality: 'North Isles' },
          } as AgreementEvent,
        ]);
      spec
        .given([], draftingContext)
        .when(draft({ kind: 'locality_plan', locality: ' ' }))
        .thenViolates(AgreementRule.LocalityPlanMustNameItsLocality);
      spec
        .given([], draftingContext)
        .when(draft({ kind: 'locality_plan', locality: null }))
        .thenViolates(AgreementRule.LocalityPlanMustNameItsLocality);
    });

    it('where only a locality plan names a locality', () => {
      spec
        .given([], draftingContext)
        .when(draft({ locality: 'North Isles' }))
        .thenViolates(AgreementRule.OnlyALocalityPlanNamesALocality);
    });
  });

  it('by an established partnership', () => {
    spec
      .given([], { ...draftingContext, partnership: null })
      .when(draft())
      .thenViolates(AgreementRule.MustBeDraftedByAnEstablishedPartnership);
    spec
      .given([], undefined)
      .when(draft())
      .thenViolates(AgreementRule.MustBeDraftedByAnEstablishedPartnership);
  });

  it('with the council as a party: a current council-sector partner', () => {
    spec
      .given([], draftingContext)
      .when(draft({ councilPartnerId: 'nhs-orkney' }))
      .thenViolates(AgreementRule.CouncilPartyMustBeACurrentCouncilPartner);
  });

  it('under a published framework version that has not been superseded', () => {
    spec
      .given([], { ...draftingContext, framework: null })
      .when(draft())
      .thenViolates(AgreementRule.MustBeDraftedUnderACurrentFrameworkVersion);
    spec
      .given([], withFramework({ status: 'superseded' }))
      .when(draft())
      .thenViolates(AgreementRule.MustBeDraftedUnderACurrentFrameworkVersion);
    spec
      .given([], withFramework({ frameworkVersionId: 'npf-2011' }))
      .when(draft())
      .thenViolates(AgreementRule.MustBeDraftedUnderACurrentFrameworkVersion);
  });

  it('on a stream of its own', () => {
    expect(agreementStreamId('soa-orkney-2008')).toBe('agreement-soa-orkney-2008');
  });
});

describe('the drafting context', () => {
  const partnership: PartnershipEvent[] = [
    {
      type: 'PartnershipEstablished',
      schemaVersion: 1,
      data: {
        partnershipId: 'p-orkney',
        name: 'Orkney Partnership',
        councilArea: 'Orkney Islands',
        quorum: { minimumMembersPresent: 3, chairMustAttend: true },
      },
    },
    ...[
      ['orkney-council', 'council'],
      ['old-council', 'council'],
      ['nhs-orkney', 'health_board'],
    ].map(([partnerId, sector]): PartnershipEvent => ({
      type: 'PartnerAdmitted',
      schemaVersion: 1,
      data: {
        partnershipId: 'p-orkney',
        partnerId: partnerId!,
        organisation: partnerId!,
        sector: sector as 'council',
      },
    })),
    {
      type: 'PartnerWithdrawn',
      schemaVersion: 1,
      data: { partnershipId: 'p-orkney', partnerId: 'old-council', reason: 'reorganised' },
    },
  ];
  const partnershipState = partnership.reduce(
    partnershipDecider.evolve,
    partnershipDecider.initialState(),
  );
  const published = frameworkVersionDecider.evolve({ status: 'none' }, npf2007Published);
  const listedOutOfOrder = frameworkVersionDecider.evolve(
    { status: 'none' },
    {
      ...npf2007Published,
      data: {
        ...npf2007Published.data,
        nationalOutcomes: [...npf2007Published.data.nationalOutcomes].reverse(),
      },
    },
  );

  it('gives the framework in outcome-number order, and the current council partners', () => {
    expect(draftingContextFrom(listedOutOfOrder, partnershipState)).toEqual(draftingContext);
  });

  it('says when the framework version has been superseded', () => {
    const superseded = frameworkVersionDecider.evolve(published, npf2007Superseded);
    expect(draftingContextFrom(superseded, partnershipState).framework?.status).toBe('superseded');
  });

  it('finds nothing for streams without events', () => {
    expect(draftingContextFrom({ status: 'none' }, { status: 'none' })).toEqual({
      framework: null,
      partnership: null,
    });
  });
});
