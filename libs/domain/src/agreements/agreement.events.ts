import type { DomainEvent } from '@concordat/shared-kernel';
import type { CalendarDate, DecisionReference } from '../shared';
import type { AgreementKind, SectionContent, Signatory, SigningParty } from './agreement-terms';
import type { IndicatorDefinition } from './indicator-terms';

/** Which agreement, of which partnership: on every agreement event. */
export interface AgreementOf {
  readonly partnershipId: string;
  readonly agreementId: string;
}

/**
 * On every content change: the board decision that approved it once the agreement was agreed,
 * null while it was a draft.
 */
export interface ApprovedBy {
  readonly decision: DecisionReference | null;
}

/**
 * A partnership began drafting an agreement under a framework version. The version's national
 * outcomes (one section each), national indicators and local menu are copied here, so the
 * agreement checks what it references without looking the framework up again.
 */
export type AgreementDrafted = DomainEvent<
  'AgreementDrafted',
  AgreementOf & {
    kind: AgreementKind;
    /** Named by a locality plan only, e.g. "North Isles". */
    locality: string | null;
    title: string;
    frameworkVersionId: string;
    periodStart: CalendarDate;
    periodEnd: CalendarDate;
    councilPartnerId: string;
    nationalOutcomeIds: readonly string[];
    nationalIndicatorIds: readonly string[];
    localIndicatorMenuIds: readonly string[];
  },
  1
>;

/** The section for a national outcome was written, or rewritten as a whole. */
export type SectionWritten = DomainEvent<
  'SectionWritten',
  AgreementOf & ApprovedBy & SectionContent & { nationalOutcomeId: string },
  1
>;

/** A local priority for action, under one of the framework's national outcomes. */
export type LocalOutcomeAdded = DomainEvent<
  'LocalOutcomeAdded',
  AgreementOf &
    ApprovedBy & {
      nationalOutcomeId: string;
      localOutcomeId: string;
      title: string;
      description: string;
    },
  1
>;

/** The local outcome's title and description as they now stand. */
export type LocalOutcomeRevised = DomainEvent<
  'LocalOutcomeRevised',
  AgreementOf &
    ApprovedBy & {
      nationalOutcomeId: string;
      localOutcomeId: string;
      title: string;
      description: string;
    },
  1
>;

/** No longer pursued; it stays on record, and its id is never reused. */
export type LocalOutcomeRetired = DomainEvent<
  'LocalOutcomeRetired',
  AgreementOf & ApprovedBy & { localOutcomeId: string; reason: string },
  1
>;

/** An intermediate outcome, agreed between government, council and partners. */
export type IntermediateOutcomeAdded = DomainEvent<
  'IntermediateOutcomeAdded',
  AgreementOf &
    ApprovedBy & { localOutcomeId: string; intermediateOutcomeId: string; title: string },
  1
>;

/** The intermediate outcome's title as it now stands. */
export type IntermediateOutcomeRevised = DomainEvent<
  'IntermediateOutcomeRevised',
  AgreementOf &
    ApprovedBy & { localOutcomeId: string; intermediateOutcomeId: string; title: string },
  1
>;

/** No longer pursued; it stays on record, and its id is never reused. */
export type IntermediateOutcomeRetired = DomainEvent<
  'IntermediateOutcomeRetired',
  AgreementOf & ApprovedBy & { intermediateOutcomeId: string; reason: string },
  1
>;

/** An indicator tracking a local outcome, or one of its intermediate outcomes. */
export type IndicatorAdded = DomainEvent<
  'IndicatorAdded',
  AgreementOf &
    ApprovedBy &
    IndicatorDefinition & {
      indicatorId: string;
      localOutcomeId: string;
      intermediateOutcomeId: string | null;
    },
  1
>;

/** The indicator's definition as it now stands, in full. */
export type IndicatorRevised = DomainEvent<
  'IndicatorRevised',
  AgreementOf & ApprovedBy & IndicatorDefinition & { indicatorId: string },
  1
>;

/** No longer tracked; its definition and observations stay on record. */
export type IndicatorRetired = DomainEvent<
  'IndicatorRetired',
  AgreementOf & ApprovedBy & { indicatorId: string; reason: string },
  1
>;

/**
 * Follows each change to an agreed agreement: the board decision that approved it, numbered in
 * order, so auditors can list the amendments without reading every change.
 */
export type AgreementAmended = DomainEvent<
  'AgreementAmended',
  AgreementOf & { amendmentNumber: number; decision: DecisionReference; summary: string },
  1
>;

/** The text is frozen for signature. */
export type AgreementSubmitted = DomainEvent<'AgreementSubmitted', AgreementOf, 1>;

/** Signatures already given lapse, because the text they were given to will change. */
export type AgreementReturnedToDraft = DomainEvent<
  'AgreementReturnedToDraft',
  AgreementOf & { reason: string },
  1
>;

/** One party's signature, by a named signatory, on the text as submitted. */
export type AgreementSigned = DomainEvent<
  'AgreementSigned',
  AgreementOf & { party: SigningParty; signatory: Signatory; signedOn: CalendarDate },
  1
>;

/** Both parties have signed; the agreement is in force from the later signature. */
export type AgreementAgreed = DomainEvent<
  'AgreementAgreed',
  AgreementOf & { agreedOn: CalendarDate },
  1
>;

/** A later agreement replaced this one, by board decision. */
export type AgreementSuperseded = DomainEvent<
  'AgreementSuperseded',
  AgreementOf & { supersededBy: string; on: CalendarDate; decision: DecisionReference },
  1
>;

/** Ended without a successor; a draft needs no decision to be abandoned, an agreement does. */
export type AgreementClosed = DomainEvent<
  'AgreementClosed',
  AgreementOf & ApprovedBy & { reason: string; on: CalendarDate },
  1
>;

export type AgreementEvent =
  | AgreementDrafted
  | SectionWritten
  | LocalOutcomeAdded
  | LocalOutcomeRevised
  | LocalOutcomeRetired
  | IntermediateOutcomeAdded
  | IntermediateOutcomeRevised
  | IntermediateOutcomeRetired
  | IndicatorAdded
  | IndicatorRevised
  | IndicatorRetired
  | AgreementAmended
  | AgreementSubmitted
  | AgreementReturnedToDraft
  | AgreementSigned
  | AgreementAgreed
  | AgreementSuperseded
  | AgreementClosed;
