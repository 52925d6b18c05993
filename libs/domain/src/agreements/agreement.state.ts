import { assertNever } from '@concordat/shared-kernel';
import type { CalendarDate } from '../shared';
import type { AgreementKind, SectionContent, Signatory, SigningParty } from './agreement-terms';
import type { AgreementDrafted, AgreementEvent } from './agreement.events';
import type { IndicatorDefinition } from './indicator-terms';

export type AgreementStatus = 'draft' | 'submitted' | 'agreed' | 'superseded' | 'closed';

/** Retired items stay in the record, and their ids are never reused. */
export type ItemStatus = 'active' | 'retired';

export interface LocalOutcome {
  readonly localOutcomeId: string;
  readonly nationalOutcomeId: string;
  readonly title: string;
  readonly description: string;
  readonly status: ItemStatus;
}

export interface IntermediateOutcome {
  readonly intermediateOutcomeId: string;
  readonly localOutcomeId: string;
  readonly title: string;
  readonly status: ItemStatus;
}

export interface Indicator extends IndicatorDefinition {
  readonly indicatorId: string;
  readonly localOutcomeId: string;
  readonly intermediateOutcomeId: string | null;
  readonly status: ItemStatus;
}

export interface Signature extends Signatory {
  readonly signedOn: CalendarDate;
}

export interface DraftedAgreement {
  readonly status: AgreementStatus;
  readonly partnershipId: string;
  readonly agreementId: string;
  readonly kind: AgreementKind;
  readonly locality: string | null;
  readonly title: string;
  readonly frameworkVersionId: string;
  readonly periodStart: CalendarDate;
  readonly periodEnd: CalendarDate;
  readonly councilPartnerId: string;
  readonly nationalIndicatorIds: ReadonlySet<string>;
  readonly localIndicatorMenuIds: ReadonlySet<string>;
  /** One per national outcome of the framework version, null until written. */
  readonly sections: ReadonlyMap<string, SectionContent | null>;
  readonly localOutcomes: ReadonlyMap<string, LocalOutcome>;
  readonly intermediateOutcomes: ReadonlyMap<string, IntermediateOutcome>;
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** On the text as submitted; they lapse if it returns to draft. */
  readonly signatures: ReadonlyMap<SigningParty, Signature>;
  readonly agreedOn: CalendarDate | null;
  readonly amendments: number;
  readonly supersededBy: string | null;
  readonly endedOn: CalendarDate | null;
}

export type AgreementState = { readonly status: 'none' } | DraftedAgreement;

export const initialAgreementState = (): AgreementState => ({ status: 'none' });

export function evolveAgreement(state: AgreementState, event: AgreementEvent): AgreementState {
  if (event.type === 'AgreementDrafted') return drafted(event.data);
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'SectionWritten': {
      const { localPriority, areaProfile, keyLocalCauses, pastTrends, crossReferences } =
        event.data;
      const content = { localPriority, areaProfile, keyLocalCauses, pastTrends, crossReferences };
      const sections = new Map(state.sections).set(event.data.nationalOutcomeId, content);
      return { ...state, sections };
    }
    case 'LocalOutcomeAdded': {
      const { localOutcomeId, nationalOutcomeId, title, description } = event.data;
      const outcome: LocalOutcome = {
        localOutcomeId,
        nationalOutcomeId,
        title,
        description,
        status: 'active',
      };
      return withLocalOutcome(state, outcome);
    }
    case 'LocalOutcomeRevised': {
      const outcome = state.localOutcomes.get(event.data.localOutcomeId);
      const { title, description } = event.data;
      return outcome ? withLocalOutcome(state, { ...outcome, title, description }) : state;
    }
    case 'LocalOutcomeRetired': {
      const outcome = state.localOutcomes.get(event.data.localOutcomeId);
      return outcome ? withLocalOutcome(state, { ...outcome, status: 'retired' }) : state;
    }
    case 'IntermediateOutcomeAdded': {
      const { intermediateOutcomeId, localOutcomeId, title } = event.data;
      return withIntermediateOutcome(state, {
        intermediateOutcomeId,
        localOutcomeId,
        title,
        status: 'active',
      });
    }
    case 'IntermediateOutcomeRevised': {
      const outcome = state.intermediateOutcomes.get(event.data.intermediateOutcomeId);
      const { title } = event.data;
      return outcome ? withIntermediateOutcome(state, { ...outcome, title }) : state;
    }
    case 'IntermediateOutcomeRetired': {
      const outcome = state.intermediateOutcomes.get(event.data.intermediateOutcomeId);
      return outcome ? withIntermediateOutcome(state, { ...outcome, status: 'retired' }) : state;
    }
    case 'IndicatorAdded': {
      const { indicatorId, localOutcomeId, intermediateOutcomeId } = event.data;
      const indicator: Indicator = {
        ...definitionOf(event.data),
        indicatorId,
        localOutcomeId,
        intermediateOutcomeId,
        status: 'active',
      };
      return withIndicator(state, indicator);
    }
    case 'IndicatorRevised': {
      const indicator = state.indicators.get(event.data.indicatorId);
      return indicator
        ? withIndicator(state, { ...indicator, ...definitionOf(event.data) })
        : state;
    }
    case 'IndicatorRetired': {
      const indicator = state.indicators.get(event.data.indicatorId);
      return indicator ? withIndicator(state, { ...indicator, status: 'retired' }) : state;
    }
    case 'AgreementAmended':
      return { ...state, amendments: event.data.amendmentNumber };
    case 'AgreementSubmitted':
      return { ...state, status: 'submitted' };
    case 'AgreementReturnedToDraft':
      return { ...state, status: 'draft', signatures: new Map() };
    case 'AgreementSigned': {
      const { party, signatory, signedOn } = event.data;
      const signature: Signature = { name: signatory.name, role: signatory.role, signedOn };
      return { ...state, signatures: new Map(state.signatures).set(party, signature) };
    }
    case 'AgreementAgreed':
      return { ...state, status: 'agreed', agreedOn: event.data.agreedOn };
    case 'AgreementSuperseded':
      return {
        ...state,
        status: 'superseded',
        supersededBy: event.data.supersededBy,
        endedOn: event.data.on,
      };
    case 'AgreementClosed':
      return { ...state, status: 'closed', endedOn: event.data.on };
    default:
      return assertNever(event, 'agreement event');
  }
}

function drafted(data: AgreementDrafted['data']): DraftedAgreement {
  return {
    status: 'draft',
    partnershipId: data.partnershipId,
    agreementId: data.agreementId,
    kind: data.kind,
    locality: data.locality,
    title: data.title,
    frameworkVersionId: data.frameworkVersionId,
    periodStart: data.periodStart,
    periodEnd: data.periodEnd,
    councilPartnerId: data.councilPartnerId,
    nationalIndicatorIds: new Set(data.nationalIndicatorIds),
    localIndicatorMenuIds: new Set(data.localIndicatorMenuIds),
    sections: new Map(data.nationalOutcomeIds.map((id) => [id, null])),
    localOutcomes: new Map(),
    intermediateOutcomes: new Map(),
    indicators: new Map(),
    signatures: new Map(),
    agreedOn: null,
    amendments: 0,
    supersededBy: null,
    endedOn: null,
  };
}

function definitionOf(data: IndicatorDefinition): IndicatorDefinition {
  const { title, source, unit, baseline, target, direction } = data;
  return { title, source, unit, baseline, target, direction };
}

function withLocalOutcome(state: DraftedAgreement, outcome: LocalOutcome): DraftedAgreement {
  const localOutcomes = new Map(state.localOutcomes).set(outcome.localOutcomeId, outcome);
  return { ...state, localOutcomes };
}

function withIntermediateOutcome(
  state: DraftedAgreement,
  outcome: IntermediateOutcome,
): DraftedAgreement {
  const intermediateOutcomes = new Map(state.intermediateOutcomes).set(
    outcome.intermediateOutcomeId,
    outcome,
  );
  return { ...state, intermediateOutcomes };
}

function withIndicator(state: DraftedAgreement, indicator: Indicator): DraftedAgreement {
  return { ...state, indicators: new Map(state.indicators).set(indicator.indicatorId, indicator) };
}
