import type { Command } from '@concordat/shared-kernel';
import type { CalendarDate, DecisionReference } from '../shared';
import type { SectionContent, Signatory } from './agreement-terms';
import type { AgreementOf } from './agreement.events';
import type { IndicatorDefinitionInput } from './indicator-terms';

/** Required on every change once the agreement is agreed; absent while it is a draft. */
interface ByDecision {
  readonly decision?: DecisionReference | null;
}

export type DraftAgreement = Command<
  'DraftAgreement',
  AgreementOf & {
    kind: string;
    locality: string | null;
    title: string;
    frameworkVersionId: string;
    periodStart: CalendarDate;
    periodEnd: CalendarDate;
    councilPartnerId: string;
  }
>;
export type WriteSection = Command<
  'WriteSection',
  AgreementOf & ByDecision & SectionContent & { nationalOutcomeId: string }
>;
export type AddLocalOutcome = Command<
  'AddLocalOutcome',
  AgreementOf &
    ByDecision & {
      nationalOutcomeId: string;
      localOutcomeId: string;
      title: string;
      description: string;
    }
>;
export type ReviseLocalOutcome = Command<
  'ReviseLocalOutcome',
  AgreementOf & ByDecision & { localOutcomeId: string; title: string; description: string }
>;
export type RetireLocalOutcome = Command<
  'RetireLocalOutcome',
  AgreementOf & ByDecision & { localOutcomeId: string; reason: string }
>;
export type AddIntermediateOutcome = Command<
  'AddIntermediateOutcome',
  AgreementOf &
    ByDecision & { localOutcomeId: string; intermediateOutcomeId: string; title: string }
>;
export type ReviseIntermediateOutcome = Command<
  'ReviseIntermediateOutcome',
  AgreementOf & ByDecision & { intermediateOutcomeId: string; title: string }
>;
export type RetireIntermediateOutcome = Command<
  'RetireIntermediateOutcome',
  AgreementOf & ByDecision & { intermediateOutcomeId: string; reason: string }
>;
/** `outcomeId` is a local outcome or an intermediate outcome of this agreement. */
export type AddIndicator = Command<
  'AddIndicator',
  AgreementOf & ByDecision & IndicatorDefinitionInput & { indicatorId: string; outcomeId: string }
>;
export type ReviseIndicator = Command<
  'ReviseIndicator',
  AgreementOf & ByDecision & IndicatorDefinitionInput & { indicatorId: string }
>;
export type RetireIndicator = Command<
  'RetireIndicator',
  AgreementOf & ByDecision & { indicatorId: string; reason: string }
>;
export type SubmitAgreement = Command<'SubmitAgreement', AgreementOf>;
export type ReturnAgreementToDraft = Command<
  'ReturnAgreementToDraft',
  AgreementOf & { reason: string }
>;
export type SignAgreement = Command<
  'SignAgreement',
  AgreementOf & { party: string; signatory: Signatory; signedOn: CalendarDate }
>;
export type SupersedeAgreement = Command<
  'SupersedeAgreement',
  AgreementOf & ByDecision & { supersededBy: string; on: CalendarDate }
>;
export type CloseAgreement = Command<
  'CloseAgreement',
  AgreementOf & ByDecision & { reason: string; on: CalendarDate }
>;

export type AgreementCommand =
  | DraftAgreement
  | WriteSection
  | AddLocalOutcome
  | ReviseLocalOutcome
  | RetireLocalOutcome
  | AddIntermediateOutcome
  | ReviseIntermediateOutcome
  | RetireIntermediateOutcome
  | AddIndicator
  | ReviseIndicator
  | RetireIndicator
  | SubmitAgreement
  | ReturnAgreementToDraft
  | SignAgreement
  | SupersedeAgreement
  | CloseAgreement;
