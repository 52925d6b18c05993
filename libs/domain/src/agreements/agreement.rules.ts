import { ensure, RuleViolation } from '@concordat/shared-kernel';
import { authorises, type CalendarDate, type DecisionReference } from '../shared';
import { ensureCalendarDate, FieldRule } from '../shared/field-rules';
import type { AgreementContext } from './agreement.context';
import type {
  AgreementState,
  DraftedAgreement,
  Indicator,
  IntermediateOutcome,
  ItemStatus,
  LocalOutcome,
} from './agreement.state';

/** Every rule of an agreement, named as the sentence it enforces. */
export const AgreementRule = {
  ...FieldRule,
  MustBeDrafted: 'AgreementMustBeDrafted',
  CannotBeDraftedTwice: 'AgreementCannotBeDraftedTwice',
  MustBelongToTheNamedPartnership: 'AgreementMustBelongToTheNamedPartnership',
  KindMustBeKnown: 'AgreementKindMustBeKnown',
  LocalityPlanMustNameItsLocality: 'LocalityPlanMustNameItsLocality',
  OnlyALocalityPlanNamesALocality: 'OnlyALocalityPlanNamesALocality',
  MustBeDraftedByAnEstablishedPartnership: 'AgreementMustBeDraftedByAnEstablishedPartnership',
  CouncilPartyMustBeACurrentCouncilPartner: 'CouncilPartyMustBeACurrentCouncilPartner',
  MustBeDraftedUnderACurrentFrameworkVersion: 'AgreementMustBeDraftedUnderACurrentFrameworkVersion',
  NationalOutcomeMustBelongToTheFrameworkVersion:
    'NationalOutcomeMustBelongToTheAgreementsFrameworkVersion',
  OutcomeCannotBeAddedTwice: 'OutcomeCannotBeAddedTwice',
  LocalOutcomeMustBeActive: 'LocalOutcomeMustBeActive',
  IntermediateOutcomeMustBeActive: 'IntermediateOutcomeMustBeActive',
  OutcomeCannotBeRetiredWhileItHasActiveDependants:
    'OutcomeCannotBeRetiredWhileItHasActiveDependants',
  IndicatorCannotBeAddedTwice: 'IndicatorCannotBeAddedTwice',
  IndicatorMustBeActive: 'IndicatorMustBeActive',
  IndicatorMustTrackAnActiveOutcome: 'IndicatorMustTrackAnActiveOutcome',
  IndicatorSourceMustBeKnown: 'IndicatorSourceMustBeKnown',
  NationalIndicatorMustBelongToTheFrameworkVersion:
    'NationalIndicatorMustBelongToTheAgreementsFrameworkVersion',
  MenuIndicatorMustBeOnTheFrameworkVersionsLocalMenu:
    'MenuIndicatorMustBeOnTheFrameworkVersionsLocalMenu',
  DirectionOfImprovementMustBeKnown: 'DirectionOfImprovementMustBeKnown',
  TargetDateMustFollowBaselineDate: 'TargetDateMustFollowBaselineDate',
  ContentOfASubmittedAgreementIsFrozen: 'ContentOfASubmittedAgreementIsFrozen',
  OnlyAnAgreedAgreementChangesByDecision: 'OnlyAnAgreedAgreementChangesByDecision',
  AmendmentMustReferenceABoardDecision: 'AmendmentMustReferenceABoardDecision',
  AmendmentMustBeApprovedByTheReferencedDecision: 'AmendmentMustBeApprovedByTheReferencedDecision',
  EndedAgreementCannotChange: 'SupersededOrClosedAgreementCannotChange',
  OnlyADraftCanBeSubmitted: 'OnlyADraftAgreementCanBeSubmitted',
  SubmissionNeedsALocalOutcome: 'AgreementNeedsALocalOutcomeToBeSubmitted',
  SubmissionNeedsEveryLocalOutcomeTracked: 'EveryLocalOutcomeNeedsAnIndicatorToBeSubmitted',
  OnlyASubmittedAgreementReturnsToDraft: 'OnlyASubmittedAgreementReturnsToDraft',
  OnlyASubmittedAgreementIsSigned: 'OnlyASubmittedAgreementIsSigned',
  SigningPartyMustBeCouncilOrGovernment: 'SigningPartyMustBeCouncilOrGovernment',
  PartyCannotSignTwice: 'PartyCannotSignTwice',
  SignatureCannotBeDatedInTheFuture: 'SignatureCannotBeDatedInTheFuture',
  OnlyAnAgreedAgreementIsSuperseded: 'OnlyAnAgreedAgreementIsSuperseded',
  CannotSupersedeItself: 'AgreementCannotSupersedeItself',
  CannotEndBeforeItWasAgreed: 'AgreementCannotEndBeforeItWasAgreed',
} as const;

/**
 * The agreement exists and belongs to the partnership the command names: authorization is
 * scoped by that partnershipId, so it must not point at someone else's agreement.
 */
export function ensureDrafted(state: AgreementState, partnershipId: string): DraftedAgreement {
  ensure(
    state.status !== 'none',
    AgreementRule.MustBeDrafted,
    'the agreement has not been drafted',
    'agreementId',
  );
  ensure(
    state.partnershipId === partnershipId,
    AgreementRule.MustBelongToTheNamedPartnership,
    `agreement ${state.agreementId} belongs to partnership ${state.partnershipId}`,
    'partnershipId',
  );
  return state;
}

export function ensureNotEnded(agreement: DraftedAgreement): void {
  if (agreement.status === 'superseded' || agreement.status === 'closed') {
    throw endedAgreementViolation(agreement);
  }
}

export function endedAgreementViolation(agreement: DraftedAgreement): RuleViolation {
  return new RuleViolation(
    AgreementRule.EndedAgreementCannotChange,
    `agreement ${agreement.agreementId} has been ${agreement.status}`,
    'agreementId',
  );
}

/**
 * Once agreed, an agreement changes only by a carried board decision, taken at a quorate meeting
 * of its own partnership, approving an amendment to this agreement.
 */
export function ensureApprovedByDecision(
  agreement: DraftedAgreement,
  reference: DecisionReference | null | undefined,
  context: AgreementContext,
): DecisionReference {
  ensure(
    reference !== null && reference !== undefined,
    AgreementRule.AmendmentMustReferenceABoardDecision,
    `agreement ${agreement.agreementId} has been agreed: it changes only by a board decision`,
    'decision',
  );
  const facts = context?.decision ?? null;
  ensure(
    facts !== null &&
      facts.reference.meetingId === reference.meetingId &&
      facts.reference.decisionId === reference.decisionId &&
      facts.partnershipId === agreement.partnershipId &&
      authorises(facts, 'approve_amendment', { kind: 'agreement', id: agreement.agreementId }),
    AgreementRule.AmendmentMustBeApprovedByTheReferencedDecision,
    `decision ${reference.decisionId} of meeting ${reference.meetingId} is not a carried, ` +
      `quorate approval of an amendment to agreement ${agreement.agreementId}`,
    'decision',
  );
  return { meetingId: reference.meetingId, decisionId: reference.decisionId };
}

/** The date an agreement is superseded or closed on, which cannot precede its agreement. */
export function ensureEndsAfterAgreement(agreement: DraftedAgreement, on: CalendarDate): void {
  ensureCalendarDate(on, 'on');
  ensure(
    agreement.agreedOn === null || on >= agreement.agreedOn,
    AgreementRule.CannotEndBeforeItWasAgreed,
    `on (${on}) must not be before ${agreement.agreedOn}, when the agreement was agreed`,
    'on',
  );
}

export function ensureSectionFor(agreement: DraftedAgreement, nationalOutcomeId: string): void {
  ensure(
    agreement.sections.has(nationalOutcomeId),
    AgreementRule.NationalOutcomeMustBelongToTheFrameworkVersion,
    `${nationalOutcomeId} is not a national outcome of framework version ${agreement.frameworkVersionId}`,
    'nationalOutcomeId',
  );
}

/** Local and intermediate outcomes share one set of ids, so an indicator names either. */
export function ensureNewOutcomeId(agreement: DraftedAgreement, id: string, field: string): void {
  ensure(
    !agreement.localOutcomes.has(id) && !agreement.intermediateOutcomes.has(id),
    AgreementRule.OutcomeCannotBeAddedTwice,
    `outcome ${id} has already been added to this agreement`,
    field,
  );
}

export function ensureActiveLocalOutcome(
  agreement: DraftedAgreement,
  localOutcomeId: string,
): LocalOutcome {
  return ensureActiveItem(
    agreement.localOutcomes,
    localOutcomeId,
    AgreementRule.LocalOutcomeMustBeActive,
    'local outcome',
    'localOutcomeId',
  );
}

export function ensureActiveIntermediateOutcome(
  agreement: DraftedAgreement,
  intermediateOutcomeId: string,
): IntermediateOutcome {
  return ensureActiveItem(
    agreement.intermediateOutcomes,
    intermediateOutcomeId,
    AgreementRule.IntermediateOutcomeMustBeActive,
    'intermediate outcome',
    'intermediateOutcomeId',
  );
}

export function ensureActiveIndicator(agreement: DraftedAgreement, indicatorId: string): Indicator {
  return ensureActiveItem(
    agreement.indicators,
    indicatorId,
    AgreementRule.IndicatorMustBeActive,
    'indicator',
    'indicatorId',
  );
}

/** An outcome or indicator of the agreement, not retired; `what` names its kind in the message. */
function ensureActiveItem<T extends { readonly status: ItemStatus }>(
  items: ReadonlyMap<string, T>,
  id: string,
  rule: string,
  what: string,
  field: string,
): T {
  const item = items.get(id);
  ensure(
    item?.status === 'active',
    rule,
    `${id} is not an active ${what} of this agreement`,
    field,
  );
  return item;
}

export function activeIndicatorsOf(
  agreement: DraftedAgreement,
  tracks: (indicator: Indicator) => boolean,
): Indicator[] {
  return [...agreement.indicators.values()].filter((i) => i.status === 'active' && tracks(i));
}
